// Prints the gzip size of the JavaScript that a first visit loads — the entry, the app shell and the landing page
// with everything they import statically (Vite's manifest), not the lazy routes and charts — for the home page
// (dashboard) and for the public certificate page a QR code opens. Exits 1 when one exceeds the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`)).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** The page module of the route with this path, read from the features' routes.tsx. */
function pageOf(path) {
  for (const feature of readdirSync('src/features')) {
    let source;
    try {
      source = readFileSync(`src/features/${feature}/routes.tsx`, 'utf8');
    } catch {
      continue;
    }
    const page = new RegExp(`path: '${path}',\\s*page: ([^,]+),`).exec(source)?.[1];
    if (!page) continue;
    // Either `lazy(() => import('./routes/X'))` inline, or a constant defined so above.
    const lazyImport = /^lazy\(\(\) => import\('\.\/([^']+)'\)\)$/;
    const module =
      lazyImport.exec(page)?.[1] ??
      new RegExp(`const ${page} = lazy\\(\\(\\) => import\\('\\./([^']+)'\\)\\)`).exec(source)?.[1];
    if (module) return `src/features/${feature}/${module}.tsx`;
  }
  throw new Error(`no route with path '${path}'`);
}

function firstLoad(modules) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, c]) => c.isEntry)
    .forEach(([key]) => visit(key));
  modules.forEach(visit);
  return [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
}

let over = false;
for (const [name, path] of [
  ['home page (dashboard)', ''],
  ['public certificate page', 'public/certificates/:code'],
]) {
  const bytes = firstLoad(['src/app/App.tsx', pageOf(path)]);
  console.log(`first page JavaScript, ${name}: ${kb(bytes)} KB gzip (budget ${BUDGET_KB} KB)`);
  over ||= bytes > BUDGET_KB * 1024;
}
const all = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
console.log(`all ${all.length} chunks: ${kb(all.reduce((sum, f) => sum + gz(f), 0))} KB gzip`);
process.exit(over ? 1 : 0);
