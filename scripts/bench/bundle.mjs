// The size of the back office as a browser downloads it: the JavaScript of the first load of
// /app/ (the entry chunk and every chunk it imports statically, resolved from Vite's manifest,
// plus whatever index.html preloads), the largest chunk fetched later by a route, and the total.
// Sizes are gzipped with Node's zlib at its default level, as a server would send them, in kB
// of 1,000 bytes.
//
// It builds nothing: the caller runs `npm run build -w apps/web` first. Used by `npm run bench`
// (the "Back office size" section of docs/benchmarks.md) and by the e2e test that keeps the first
// load under its budget. On its own: `node scripts/bench/bundle.mjs [dist folder]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
/** the budget of the first load, gzipped JavaScript (the e2e test fails above it) */
export const FIRST_LOAD_BUDGET = 200_000;

/** kB of 1,000 bytes, as Vite reports them */
const kb = (bytes) => (bytes / 1000).toFixed(1);

function sizeOf(dist, file) {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content).length };
}

const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);

/** the JavaScript files index.html loads at once: its module scripts and modulepreload links */
function htmlScripts(dist, base) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  for (const tag of tags) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url?.endsWith('.js')) {
      files.push(url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
    }
  }
  return files;
}

/**
 * Measures `dist` (default apps/web/dist). Returns the first load, the largest chunk loaded
 * later and the total, each with bytes and gzipped bytes; throws when there is no build.
 */
export function measureBundle(dist = WEB_DIST, { base = '/app/' } = {}) {
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `no ${relative(process.cwd(), manifestFile)}: build the back office first (npm run build -w apps/web)`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries}`);

  // the entry and its static imports, transitively (dynamic imports are the routes' chunks)
  const first = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || first.has(chunk.file)) return;
    first.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0]);
  for (const file of htmlScripts(dist, base)) first.add(file);

  const assets = join(dist, 'assets');
  const all = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => sizeOf(dist, `assets/${name}`));
  const firstFiles = all.filter((f) => first.has(f.file));
  const missing = [...first].filter((file) => !firstFiles.some((f) => f.file === file));
  if (missing.length) throw new Error(`files of the first load not in dist: ${missing}`);
  const later = all.filter((f) => !first.has(f.file)).sort((a, b) => b.gzip - a.gzip);

  return {
    firstLoad: {
      files: firstFiles,
      bytes: sum(firstFiles, 'bytes'),
      gzip: sum(firstFiles, 'gzip'),
    },
    largestLater: later[0] ?? null,
    total: { files: all.length, bytes: sum(all, 'bytes'), gzip: sum(all, 'gzip') },
    budget: FIRST_LOAD_BUDGET,
  };
}

/** the "Back office size" section of docs/benchmarks.md (markdown) */
export function bundleSection(size) {
  if (!size || size.failed) return `Not measured: ${size?.failed ?? 'not run'}.`;
  const { firstLoad, largestLater, total } = size;
  const row = (label, s) => `| ${label} | ${kb(s.bytes)} | ${kb(s.gzip)} |`;
  const largest = largestLater
    ? row(`largest chunk loaded by a route (\`${largestLater.file}\`)`, largestLater)
    : '| largest chunk loaded by a route | — | — |';
  return `JavaScript of the back office as built by \`npm run build -w apps/web\`, gzipped with Node's zlib (default level). The first load of \`/app/\` (login and home page) is the entry chunk and every chunk it imports statically (from Vite's manifest) or index.html preloads: ${firstLoad.files.map((f) => `\`${f.file}\``).join(', ')}. Every other page fetches its feature's chunk the first time it is shown. Budget of the first load: ${kb(size.budget)} kB gzipped (checked by \`e2e/bundle-size.test.ts\`).

| JavaScript | kB | kB gzipped |
|---|---:|---:|
${row('**first load of /app/**', firstLoad)}
${largest}
${row(`total (${total.files} files)`, total)}`;
}

/** one line per figure, for the console */
export function bundleSummary(size) {
  const lines = [
    `first load: ${kb(size.firstLoad.gzip)} kB gzipped (${kb(size.firstLoad.bytes)} kB) in ${size.firstLoad.files.length} file(s), budget ${kb(size.budget)} kB`,
  ];
  if (size.largestLater) {
    lines.push(
      `largest route chunk: ${size.largestLater.file}, ${kb(size.largestLater.gzip)} kB gzipped (${kb(size.largestLater.bytes)} kB)`,
    );
  }
  lines.push(
    `total: ${kb(size.total.gzip)} kB gzipped (${kb(size.total.bytes)} kB) in ${size.total.files} files`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(bundleSummary(measureBundle(process.argv[2] ?? WEB_DIST)));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
