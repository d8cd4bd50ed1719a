// `npm run bench`: start-to-ready of the server on the embedded database, and the plan read
// endpoint under load side by side with a bare Fastify serving the same bytes. Writes
// docs/benchmarks.md (regenerated whole from the template below) and prints the tables.
//
// Everything is bounded (fixed counts, fixed durations, deadlines), talks only to 127.0.0.1,
// and stops every process it started, also on errors and on Ctrl-C.
//
// Optional environment (defaults are the documented run):
//   BENCH_STARTS=3          cold/warm start pairs
//   BENCH_DURATION=10       seconds of each measured load run (after 2 s of warm-up)
//   BENCH_ROUNDS=2          rounds of (bare, app) load runs
//   BENCH_LOG_LEVEL=warn    LOG_LEVEL of the server under test
//   BENCH_OUTPUT=docs/benchmarks.md
/* global AbortSignal */
import { Buffer } from 'node:buffer';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_ENTRY = 'apps/server/src/main.ts';
const BARE_ENTRY = fileURLToPath(new URL('./bench/bare-server.mjs', import.meta.url));
// `node --import <tsx loader> main.ts` runs the server in this very child (the `tsx` CLI would
// put a second node process in between), so the child's pid is the server's pid for VmRSS.
const TSX_LOADER = import.meta.resolve('tsx');

const intFromEnv = (name, fallback, min, max) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}`);
  }
  return n;
};

const STARTS = intFromEnv('BENCH_STARTS', 3, 1, 10);
const DURATION_S = intFromEnv('BENCH_DURATION', 10, 1, 120);
const WARMUP_S = 2;
const ROUNDS = intFromEnv('BENCH_ROUNDS', 2, 1, 10);
const CONNECTIONS = 50;
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL || 'warn';
const OUTPUT = resolve(ROOT, process.env.BENCH_OUTPUT || 'docs/benchmarks.md');
const READY_DEADLINE_MS = 120_000;
const STOP_DEADLINE_MS = 20_000;
const READY_POLL_MS = 25;
const DEMO = { email: 'ufficio.piano@pavia.demo', password: 'demo-Pavia-2012' };

// ---------------------------------------------------------------------------------------------
// Child processes and cleanup

/** every child still running, so that nothing outlives the bench */
const children = new Set();
/** every temporary folder, removed at the end */
const tempDirs = new Set();

function killAll() {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}

function removeTempDirs() {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

process.on('exit', () => {
  killAll();
  removeTempDirs();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, stopping the servers it started`);
    process.exit(130);
  });
}

function makeTempDir(prefix) {
  const dir = mkdtempSync(join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** a free TCP port on 127.0.0.1 (asked from the kernel, then released) */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Spawns a child, keeping the last 64 KB of its output for error messages and resolving
 * `exited` when it ends.
 */
function launch(args, env) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-65_536);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolveExit({ code, signal });
    });
  });
  let exitedNow = false;
  exited.then(() => {
    exitedNow = true;
  });
  return {
    child,
    exited,
    hasExited: () => exitedNow,
    output: () => output,
  };
}

/** polls `url` until it answers 200, the child dies or the deadline passes */
async function waitFor200(proc, url, what) {
  const deadline = performance.now() + READY_DEADLINE_MS;
  while (performance.now() < deadline) {
    if (proc.hasExited()) {
      throw new Error(`${what} exited before it was ready:\n${proc.output().slice(-4000)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(READY_POLL_MS);
  }
  throw new Error(
    `${what} was not ready within ${READY_DEADLINE_MS} ms:\n${proc.output().slice(-4000)}`,
  );
}

/** SIGTERM, wait for the exit (SIGKILL after the deadline) */
async function stop(proc) {
  if (proc.hasExited()) return proc.exited;
  proc.child.kill('SIGTERM');
  const timeout = sleep(STOP_DEADLINE_MS).then(() => 'timeout');
  if ((await Promise.race([proc.exited, timeout])) === 'timeout') {
    console.error(
      `bench: pid ${proc.child.pid} ignored SIGTERM for ${STOP_DEADLINE_MS} ms; killing it`,
    );
    proc.child.kill('SIGKILL');
  }
  const exit = await proc.exited;
  if (exit.code !== 0) {
    console.error(
      `bench: pid ${proc.child.pid} exited with ${exit.code ?? exit.signal} on SIGTERM`,
    );
  }
  return exit;
}

/** resident memory of a process in MiB, from /proc/<pid>/status */
function rssMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** the pid whose VmRSS is read: the child itself, unless it is a launcher with one node child */
function serverPid(pid) {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes(SERVER_ENTRY) && !cmdline.includes('tsx/dist/cli')) return pid;
    const kids = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    return kids.length === 1 && kids[0] ? Number(kids[0]) : pid;
  } catch {
    return pid;
  }
}

// ---------------------------------------------------------------------------------------------
// The server under test

function serverEnv(dataDir, port) {
  const env = { ...process.env };
  // the embedded database, a development-mode demo install, whatever the caller's shell says
  for (const name of [
    'DATABASE_URL',
    'NODE_ENV',
    'SESSION_SECRET',
    'PUBLIC_URL',
    'COOKIE_SECURE',
  ]) {
    delete env[name];
  }
  return {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL,
    DEMO_DATA: 'true',
  };
}

/** starts the server and measures spawn → first 200 of /readyz */
async function startServer(dataDir, what) {
  const port = await freePort();
  const t0 = performance.now();
  const proc = launch(['--import', TSX_LOADER, SERVER_ENTRY], serverEnv(dataDir, port));
  try {
    await waitFor200(proc, `http://127.0.0.1:${port}/readyz`, what);
  } catch (err) {
    await stop(proc);
    throw err;
  }
  const readyMs = performance.now() - t0;
  const selfReported = Number(/is ready in (\d+) ms/.exec(proc.output())?.[1]);
  const pid = serverPid(proc.child.pid);
  return { proc, port, pid, readyMs, selfReportedMs: selfReported, rssMiB: rssMiB(pid) };
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (n, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';

function table(headers, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const sep = headers.map((_, i) => (align?.[i] === 'l' ? '---' : '---:'));
  return [line(headers), line(sep), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// 1. Start-to-ready

async function measureStarts() {
  const cold = [];
  const warm = [];
  let kept = null;
  for (let i = 0; i < STARTS; i++) {
    // DATA_DIR is a sub-folder: the server keeps its generated session secret next to it
    const dataDir = join(makeTempDir('pdz-bench-'), 'data');
    const c = await startServer(dataDir, `cold start ${i + 1}`);
    await stop(c.proc);
    cold.push(c);
    console.log(
      `  cold start ${i + 1}/${STARTS}: ${fmt(c.readyMs)} ms to ready, RSS ${fmt(c.rssMiB)} MiB`,
    );
    const w = await startServer(dataDir, `warm start ${i + 1}`);
    warm.push(w);
    console.log(
      `  warm start ${i + 1}/${STARTS}: ${fmt(w.readyMs)} ms to ready, RSS ${fmt(w.rssMiB)} MiB`,
    );
    if (i < STARTS - 1) await stop(w.proc);
    else kept = w; // the last warm server serves the load test
  }
  return { cold, warm, kept };
}

function startsTable({ cold, warm }) {
  const row = (label, runs) => {
    const ready = runs.map((r) => r.readyMs);
    const self = runs.map((r) => r.selfReportedMs).filter(Number.isFinite);
    const rss = runs.map((r) => r.rssMiB).filter(Number.isFinite);
    return [
      label,
      String(runs.length),
      fmt(Math.min(...ready)),
      fmt(median(ready)),
      fmt(Math.max(...ready)),
      self.length ? fmt(median(self)) : 'n/a',
      rss.length ? `${fmt(Math.min(...rss))}–${fmt(Math.max(...rss))}` : 'n/a',
    ];
  };
  return table(
    [
      'start',
      'runs',
      'min ms',
      'median ms',
      'max ms',
      'server-reported median ms',
      'RSS after ready (MiB)',
    ],
    [row('cold (fresh DATA_DIR: migrations + demo seed)', cold), row('warm (same DATA_DIR)', warm)],
    ['l'],
  );
}

// ---------------------------------------------------------------------------------------------
// 2. Plan read endpoint under load

async function login(base) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookies.some((c) => c.startsWith('pdz_session='))) {
    throw new Error('login set no pdz_session cookie');
  }
  await res.arrayBuffer();
  return cookies.join('; ');
}

async function getJson(url, cookie) {
  const res = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

function hammer(url, headers) {
  return autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: DURATION_S,
    warmup: { connections: CONNECTIONS, duration: WARMUP_S },
  });
}

function summarize(target, result) {
  return {
    target,
    rps: result.requests.mean,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function measureLoad(server) {
  const base = `http://127.0.0.1:${server.port}`;
  const cookie = await login(base);
  const districts = await getJson(`${base}/api/districts`, cookie);
  const districtId = districts.items?.[0]?.id;
  if (!districtId) throw new Error('no district in /api/districts');
  const plans = await getJson(`${base}/api/districts/${districtId}/plans`, cookie);
  const planId = plans.items?.[0]?.id;
  if (!planId) throw new Error('no plan in the first district');
  const planPath = `/api/districts/${districtId}/plans/${planId}`;

  // the very bytes (and content type) the app answers with, for the bare baseline
  const res = await fetch(`${base}${planPath}`, {
    headers: { cookie },
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 200) throw new Error(`plan read answered ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get('content-type') || 'application/json';
  const bodyFile = join(makeTempDir('pdz-bench-bare-'), 'plan.json');
  writeFileSync(bodyFile, body);

  const barePort = await freePort();
  const bare = launch([BARE_ENTRY, String(barePort), bodyFile, contentType], { ...process.env });
  const runs = [];
  try {
    const bareUrl = `http://127.0.0.1:${barePort}/bare`;
    await waitFor200(bare, bareUrl, 'bare fastify');
    const check = await fetch(bareUrl, { signal: AbortSignal.timeout(5000) });
    if (!Buffer.from(await check.arrayBuffer()).equals(body)) {
      throw new Error('the bare server does not answer with the same bytes');
    }
    const targets = [
      { name: 'bare', url: bareUrl, headers: {} },
      { name: 'app', url: `${base}${planPath}`, headers: { cookie } },
    ];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of targets) {
        console.log(
          `  round ${round}/${ROUNDS} ${t.name}: ${WARMUP_S} s warm-up + ${DURATION_S} s, ${CONNECTIONS} connections`,
        );
        const r = summarize(t.name, await hammer(t.url, t.headers));
        r.round = round;
        runs.push(r);
        console.log(
          `    ${fmt(r.rps)} req/s, p50 ${r.p50} ms, p97.5 ${r.p97_5} ms, p99 ${r.p99} ms` +
            (r.non2xx || r.errors || r.timeouts
              ? `, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`
              : ''),
        );
      }
    }
  } finally {
    await stop(bare);
  }
  return { runs, bodyBytes: body.length, contentType, rssAfterLoad: rssMiB(server.pid) };
}

function loadTables({ runs }) {
  const perRun = table(
    ['round', 'target', 'req/s (mean)', 'p50 ms', 'p97.5 ms', 'p99 ms', '2xx', 'non-2xx / errors'],
    runs.map((r) => [
      String(r.round),
      r.target,
      fmt(r.rps),
      fmt(r.p50),
      fmt(r.p97_5),
      fmt(r.p99),
      fmt(r.ok),
      `${r.non2xx} / ${r.errors + r.timeouts}`,
    ]),
    ['l', 'l'],
  );
  const agg = (name) => {
    const rs = runs.filter((r) => r.target === name);
    return {
      rps: mean(rs.map((r) => r.rps)),
      p50: mean(rs.map((r) => r.p50)),
      p97_5: mean(rs.map((r) => r.p97_5)),
      p99: mean(rs.map((r) => r.p99)),
    };
  };
  const bare = agg('bare');
  const app = agg('app');
  const summary = table(
    ['target', 'req/s (mean)', 'p50 ms', 'p97.5 ms', 'p99 ms'],
    [
      [
        'bare Fastify, constant body',
        fmt(bare.rps),
        fmt(bare.p50, 1),
        fmt(bare.p97_5, 1),
        fmt(bare.p99, 1),
      ],
      [
        'app: plan read endpoint',
        fmt(app.rps),
        fmt(app.p50, 1),
        fmt(app.p97_5, 1),
        fmt(app.p99, 1),
      ],
      [
        '**ratio app / bare**',
        `**${fmt(app.rps / bare.rps, 3)}**`,
        fmt(app.p50 / bare.p50, 2),
        fmt(app.p97_5 / bare.p97_5, 2),
        fmt(app.p99 / bare.p99, 2),
      ],
    ],
    ['l'],
  );
  return { perRun, summary, ratio: app.rps / bare.rps };
}

// ---------------------------------------------------------------------------------------------
// The report

function machine() {
  const cpus = os.cpus();
  let commit = 'n/a';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // not a git checkout, or no commit yet
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    kernel: os.release(), // what `uname -r` prints
    load: os.loadavg(),
    commit,
  };
}

const HEADER = `# Benchmarks

Generated by \`npm run bench\` (\`scripts/bench.mjs\`); the results section below is replaced
on every run, this header is part of the script's template. Edit the script, not this file.

## What is measured

1. **Start-to-ready on the embedded database (PGlite).** The server is spawned as
   \`node --import tsx apps/server/src/main.ts\` with \`DATA_DIR\` in a fresh temporary folder, and
   the wall time from spawn to the first \`200\` of \`GET /readyz\` is measured (polled every
   ${READY_POLL_MS} ms). *Cold*: a fresh folder, so the first start creates the database, runs the
   migrations and seeds the demo. *Warm*: the server is stopped (SIGTERM, waiting for its exit)
   and started again on the same folder. Each is repeated ${STARTS} times (a fresh folder for every
   cold start). "Server-reported" is the \`ready in N ms\` the server prints itself (it excludes
   starting Node and loading the TypeScript loader). RSS is \`VmRSS\` of the server process read
   from \`/proc/<pid>/status\` right after it is ready.
2. **The plan read endpoint under load.** On the warm server, the demo plan office user logs in
   and \`GET /api/districts/:districtId/plans/:planId\` (the whole plan tree, with the session
   cookie) is hammered by autocannon, in-process, with ${CONNECTIONS} connections for
   ${DURATION_S} s after a ${WARMUP_S} s warm-up. In the same run a **bare Fastify** (the copy
   \`apps/server\` uses, no plugins, no logger) runs in its own process with one route that answers
   with the very same bytes and content type, as a constant. The two are alternated
   (bare, app, bare, app, …) so that the noise of the machine falls on both; the summary is the
   mean over the rounds, and **app / bare** is the share of the bare framework's throughput the
   real endpoint keeps (session lookup, authorisation, database query, serialisation, security
   headers, logging).

The server runs with \`LOG_LEVEL=${LOG_LEVEL}\` (set \`BENCH_LOG_LEVEL\` to change it) and no other
configuration: the development-mode demo install on 127.0.0.1. All traffic is on 127.0.0.1.

## How to run

\`\`\`sh
npm run bench
\`\`\`

It takes about ${Math.ceil((STARTS * 30 + ROUNDS * 2 * (DURATION_S + WARMUP_S + 1)) / 60)} minutes
and needs about 1 GiB of free memory (one PGlite instance). Optional environment:
\`BENCH_STARTS\` (start pairs, default 3), \`BENCH_DURATION\` (seconds per load run, default 10),
\`BENCH_ROUNDS\` (bare/app rounds, default 2), \`BENCH_LOG_LEVEL\` (default \`warn\`),
\`BENCH_OUTPUT\` (default \`docs/benchmarks.md\`).

**Reading the numbers.** The load generator, the server under test and anything else on the
machine share its cores, so absolute numbers move from run to run by tens of percent on a busy
2-core machine. Compare only numbers taken side by side in one run: the app/bare ratio is
the figure to watch, not req/s from different days.
`;

function report(m, when, startsMd, load, loadMd) {
  return `${HEADER}
## Results

- **Date:** ${when}
- **Machine:** ${m.cpu}, ${m.cores} cores, ${fmt(m.memGiB, 1)} GiB RAM, Node ${m.node}, Linux ${m.kernel}
- **Load average at start:** ${m.load.map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min)
- **Commit:** ${m.commit}

### Start-to-ready (embedded PGlite)

${startsMd}

### Plan read endpoint vs bare Fastify (${CONNECTIONS} connections, ${DURATION_S} s + ${WARMUP_S} s warm-up, ${ROUNDS} rounds)

Response body: ${fmt(load.bodyBytes)} bytes, \`${load.contentType}\`. Server RSS after the load
runs: ${fmt(load.rssAfterLoad)} MiB.

${loadMd.summary}

Each run:

${loadMd.perRun}
`;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const m = machine();
  const when = new Date().toISOString();
  console.log(`bench ${when} on ${m.cpu} (${m.cores} cores), Node ${m.node}`);
  console.log(`\n1. start-to-ready, ${STARTS} cold/warm pairs`);
  const starts = await measureStarts();
  let load;
  try {
    console.log(`\n2. plan read endpoint vs bare Fastify`);
    load = await measureLoad(starts.kept);
  } finally {
    await stop(starts.kept.proc);
  }
  const startsMd = startsTable(starts);
  const loadMd = loadTables(load);
  console.log(`\nStart-to-ready (embedded PGlite)\n\n${startsMd}`);
  console.log(`\nPlan read endpoint vs bare Fastify\n\n${loadMd.summary}\n\n${loadMd.perRun}\n`);
  writeFileSync(OUTPUT, report(m, when, startsMd, load, loadMd));
  console.log(`wrote ${OUTPUT}`);
}

try {
  await main();
} catch (err) {
  console.error('bench failed:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  // only left after an error: the normal path has stopped every server with SIGTERM already
  killAll();
  removeTempDirs();
}
