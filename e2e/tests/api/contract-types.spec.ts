import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The generated-client scenario is written to what the server does; if openapi.yaml says otherwise (a string
// where the server takes a number, an optional field the server always sends), it stops compiling here.
test('the generated-client scenario type-checks against the types generated from openapi.yaml', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsc = spawnSync('npx', ['tsc', '--noEmit', '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr, 'tsc --noEmit').toBe('');
  expect(tsc.status).toBe(0);
});
