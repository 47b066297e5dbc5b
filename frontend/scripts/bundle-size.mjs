// Prints the gzip size of the JavaScript the first page loads (the entry and its static imports, from Vite's
// manifest) and of the whole build; exits 1 when the first page exceeds the budget (300 KB gzip).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`)).length;

const firstPage = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstPage.has(chunk.file)) return;
  firstPage.add(chunk.file);
  (chunk.imports ?? []).forEach(visit);
};
Object.entries(manifest)
  .filter(([, c]) => c.isEntry)
  .forEach(([key]) => visit(key));
// main.tsx loads the app shell right after config.json: it is part of the first page too.
Object.entries(manifest)
  .filter(([key]) => key.endsWith('src/app/App.tsx'))
  .forEach(([key]) => visit(key));

const kb = (bytes) => (bytes / 1024).toFixed(1);
const first = [...firstPage].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
const all = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
const total = all.reduce((sum, f) => sum + gz(f), 0);
console.log(`first page JavaScript: ${kb(first)} KB gzip (budget ${BUDGET_KB} KB); all ${all.length} chunks: ${kb(total)} KB gzip`);
if (first > BUDGET_KB * 1024) process.exit(1);
