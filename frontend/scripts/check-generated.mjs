// Fails when src/lib/api/schema.ts is not what openapi-typescript makes of ../openapi.yaml now (`npm run generate`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'ocop-schema-')), 'schema.ts');
execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '--output', fresh], { stdio: 'ignore' });
if (readFileSync(fresh, 'utf8') !== readFileSync('src/lib/api/schema.ts', 'utf8')) {
  console.error('src/lib/api/schema.ts is stale: openapi.yaml changed. Run `npm run generate` in frontend/ and commit it.');
  process.exit(1);
}
console.log('src/lib/api/schema.ts matches openapi.yaml');
