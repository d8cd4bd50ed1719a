// Builds what `npm start` runs, once, and reuses it while its sources stay the same:
//   web       the back office, apps/web/dist (Vite, in a child process);
//   server    apps/server/dist/main.js and cli.js: the server and the administration CLI bundled
//             by esbuild (with packages/core), so that they start on plain `node` without
//             loading TypeScript; the packages of node_modules stay outside the bundle;
//   template  apps/server/dist/pglite-template: a new, empty embedded database (what PGlite's
//             initdb makes, about 4 s), copied into a fresh DATA_DIR instead of making it again.
// Each output keeps a stamp, the hash of every file it is made from (and of this script); an
// output whose stamp matches is reused. Checking all three reads about 3 MB (tens of ms).
//
//   node scripts/build.mjs [web] [server] [template] [--force]     (no target: all three)
//
// Also imported by scripts/start.mjs and scripts/cli.mjs (`ensureBuilt`).
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const WEB = join(ROOT, 'apps/web');
const SERVER = join(ROOT, 'apps/server');
export const SERVER_DIST = join(SERVER, 'dist');
export const SERVER_ENTRY = join(SERVER_DIST, 'main.js');
export const CLI_ENTRY = join(SERVER_DIST, 'cli.js');
export const PGLITE_TEMPLATE = join(SERVER_DIST, 'pglite-template');

const serverRequire = createRequire(join(SERVER, 'package.json'));
const webRequire = createRequire(join(WEB, 'package.json'));

// ---------------------------------------------------------------------------------------------
// Stamps

/** test files are not part of what is built */
const skipped = (name) => /\.test\.[cm]?[jt]sx?$/.test(name) || name === 'node_modules';

function hashInto(hash, path) {
  if (!existsSync(path)) return;
  const entries = readdirSync(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (skipped(entry.name)) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) hashInto(hash, full);
    else {
      hash.update(relative(ROOT, full));
      hash.update(readFileSync(full));
    }
  }
}

/** sha256 of the given files and folders (paths from the repository root) and of this script */
function stampOf(paths, extra = '') {
  const hash = createHash('sha256');
  hash.update(readFileSync(SELF));
  hash.update(extra);
  for (const p of paths) {
    const full = join(ROOT, p);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) hashInto(hash, full);
    else {
      hash.update(p);
      hash.update(readFileSync(full));
    }
  }
  return hash.digest('hex');
}

const readStamp = (file) => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
};

// ---------------------------------------------------------------------------------------------
// The three outputs

const CORE = ['packages/core/src', 'packages/core/package.json'];

const targets = {
  web: {
    what: 'the back office (apps/web/dist)',
    stampFile: join(WEB, 'dist/.build-stamp'),
    stamp: () =>
      stampOf([
        'apps/web/src',
        'apps/web/index.html',
        'apps/web/vite.config.ts',
        'apps/web/tsconfig.json',
        'apps/web/package.json',
        ...CORE,
        'tsconfig.base.json',
        'package-lock.json',
      ]),
    build: () => run([viteBin(), 'build', '--logLevel', 'warn'], WEB),
  },
  server: {
    what: 'the server (apps/server/dist)',
    stampFile: join(SERVER_DIST, '.build-stamp'),
    // the checkout's place is in it: the bundle names the template folder by its full path
    stamp: () =>
      stampOf(
        [
          'apps/server/src',
          'apps/server/package.json',
          'apps/server/tsconfig.json',
          ...CORE,
          'tsconfig.base.json',
          'package-lock.json',
        ],
        ROOT,
      ),
    build: (stamp) => bundleServer(stamp),
  },
  template: {
    what: 'the empty embedded database copied into a new data folder',
    // beside the folder, which is copied whole
    stampFile: join(SERVER_DIST, '.pglite-template-stamp'),
    // only PGlite's own version decides what its initdb makes
    stamp: () => stampOf([], packageVersion('@electric-sql/pglite')),
    build: () => run([SELF, '--make-pglite-template'], ROOT),
  },
};

/** the installed version of a package of apps/server (whose exports may hide its package.json) */
function packageVersion(name) {
  let dir = dirname(serverRequire.resolve(name));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
    dir = dirname(dir);
  }
  throw new Error(`no package.json for ${name}`);
}

function viteBin() {
  const pkg = webRequire.resolve('vite/package.json');
  const { bin } = JSON.parse(readFileSync(pkg, 'utf8'));
  return join(dirname(pkg), typeof bin === 'string' ? bin : bin.vite);
}

function run(args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/**
 * esbuild, with the `new URL('./x', import.meta.url)` of each source file (migrations, seed data,
 * the back office) made relative to the bundle instead, so they still name the same files.
 */
async function bundleServer(stamp) {
  const esbuild = await import(pathToFileURL(serverRequire.resolve('esbuild')).href);
  const relativeUrls = {
    name: 'relative-urls',
    setup(build) {
      build.onLoad({ filter: /[\\/]apps[\\/]server[\\/]src[\\/].*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8').replace(
          /new URL\((['"])(\.{1,2}\/[^'"]*)\1,\s*import\.meta\.url\)/g,
          (_, _quote, rel) => {
            let fromBundle = relative(SERVER_DIST, resolve(dirname(args.path), rel));
            if (!fromBundle.startsWith('.')) fromBundle = `./${fromBundle}`;
            // a folder keeps its slash: URLs resolved against it stay inside it
            if (rel.endsWith('/') && !fromBundle.endsWith('/')) fromBundle += '/';
            return `new URL(${JSON.stringify(fromBundle)}, import.meta.url)`;
          },
        );
        return { contents: source, loader: 'ts' };
      });
    },
  };
  // every package stays in node_modules, loaded by node as usual; the workspace's own TypeScript
  // packages (@pdz/core) are bundled
  const packagesOutside = {
    name: 'packages-outside',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        args.path.startsWith('@pdz/') ? undefined : { path: args.path, external: true },
      );
    },
  };
  mkdirSync(SERVER_DIST, { recursive: true });
  try {
    await esbuild.build({
      entryPoints: {
        main: join(SERVER, 'src/main.ts'),
        cli: join(SERVER, 'src/cli.ts'),
        // the threads of long work (platform/worker-thread.ts starts them): the plan document's
        // rendering, and the reading of Word files for chapters
        'document-worker': join(SERVER, 'src/modules/document/render.worker.ts'),
        'word-worker': join(SERVER, 'src/modules/chapters/word.worker.ts'),
      },
      outdir: SERVER_DIST,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20.19',
      sourcemap: 'linked',
      logLevel: 'warning',
      plugins: [packagesOutside, relativeUrls],
      define: {
        __PDZ_BUILD__: JSON.stringify({ id: stamp.slice(0, 16), pgliteTemplate: PGLITE_TEMPLATE }),
      },
    });
  } finally {
    await esbuild.stop?.();
  }
}

/** in a child process (PGlite's initdb takes ~0.7 GB, given back only when the process ends) */
async function makePgliteTemplate() {
  const { PGlite } = await import(
    pathToFileURL(serverRequire.resolve('@electric-sql/pglite')).href
  );
  const tmp = `${PGLITE_TEMPLATE}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const pg = await PGlite.create(tmp);
  await pg.close(); // a clean shutdown: the copy starts without recovery
  rmSync(PGLITE_TEMPLATE, { recursive: true, force: true });
  renameSync(tmp, PGLITE_TEMPLATE);
}

// ---------------------------------------------------------------------------------------------
// Checking and building

/**
 * Builds each of `names` whose stamp differs (all at once: the web build and the template run in
 * child processes); resolves the names it built. `log` receives one line per build.
 */
export async function ensureBuilt(names, { force = false, log = console.log } = {}) {
  const built = [];
  const results = await Promise.allSettled(
    names.map(async (name) => {
      const target = targets[name];
      if (!target) throw new Error(`unknown build target ${name}`);
      const stamp = target.stamp();
      if (!force && readStamp(target.stampFile) === stamp) return;
      const t0 = performance.now();
      log(`building ${target.what}…`);
      // a build that stops half way leaves no stamp, so it is made again next time
      rmSync(target.stampFile, { force: true });
      await target.build(stamp);
      mkdirSync(dirname(target.stampFile), { recursive: true });
      writeFileSync(target.stampFile, `${stamp}\n`);
      log(`built ${target.what} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      built.push(name);
    }),
  );
  // every build ends (or fails) before the first failure is reported
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return built;
}

if (process.argv[1] === SELF) {
  const args = process.argv.slice(2);
  if (args.includes('--make-pglite-template')) {
    await makePgliteTemplate();
  } else {
    const names = args.filter((a) => !a.startsWith('--'));
    try {
      const built = await ensureBuilt(names.length ? names : Object.keys(targets), {
        force: args.includes('--force'),
      });
      if (!built.length) console.log('up to date');
    } catch (err) {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    }
  }
}
