// Statistics, markdown tables and docs/benchmarks.md (regenerated whole: the fixed explanation
// below, then the results of the run).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import {
  CONNECTIONS,
  DURATION_S,
  LARGE_CONNECTIONS,
  LARGE_DISTRICT,
  LOG_LEVEL,
  READY_POLL_MS,
  ROOT,
  ROUNDS,
  STARTS,
  WARMUP_S,
} from './config.mjs';

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const fmt = (n, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';

function table(headers, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const sep = headers.map((_, i) => (align?.[i] === 'l' ? '---' : '---:'));
  return [line(headers), line(sep), ...rows.map(line)].join('\n');
}

/** a row that says why there is nothing to show, padded to `width` cells */
const noteRow = (label, note, width) => [label, note, ...Array(width - 2).fill('—')];

// ---------------------------------------------------------------------------------------------
// Tables

/** `starts`: { cold, warm } on PGlite; `pg`: { cold, warm } or { skipped } */
function startsTable(starts, pg) {
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
      rss.length ? fmt(median(rss)) : 'n/a',
      rss.length ? `${fmt(Math.min(...rss))}–${fmt(Math.max(...rss))}` : 'n/a',
    ];
  };
  const pgCold = 'PostgreSQL first start (empty database: migrations + demo seed)';
  const pgWarm = 'PostgreSQL second start (same database)';
  const pgRows = pg.skipped
    ? [noteRow(pgCold, pg.skipped, 8), noteRow(pgWarm, pg.skipped, 8)]
    : [row(pgCold, pg.cold), row(pgWarm, pg.warm)];
  return table(
    [
      'start',
      'runs',
      'min ms',
      'median ms',
      'max ms',
      'server-reported median ms',
      'RSS at ready, median (MiB)',
      'RSS at ready, min–max (MiB)',
    ],
    [
      row('PGlite first start (fresh DATA_DIR: new database, migrations + demo seed)', starts.cold),
      row('PGlite second start (same DATA_DIR)', starts.warm),
      ...pgRows,
    ],
    ['l'],
  );
}

const STARTS_HEADING = '### Start-to-ready';

/** the start-to-ready section, with the machine and the time it was measured on */
export function startsSection({ m, when, starts, pg }) {
  const where = pg.skipped ? pg.skipped : `PostgreSQL ${pg.version} at ${pg.where}`;
  return `${STARTS_HEADING}

Measured ${when} on ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average at start
${m.load.map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min), commit ${m.commit}; ${where}.

${startsTable(starts, pg)}`;
}

/** `md` with its start-to-ready section (up to the next heading) replaced by `section` */
export function replaceStartsSection(md, section) {
  const start = md.indexOf(`${STARTS_HEADING}\n`);
  if (start < 0) throw new Error(`no "${STARTS_HEADING}" section to replace`);
  const next = md.slice(start + STARTS_HEADING.length).search(/\n#{2,3} /);
  const end = next < 0 ? md.length : start + STARTS_HEADING.length + next + 1;
  return `${md.slice(0, start)}${section}\n${next < 0 ? '' : `\n${md.slice(end)}`}`;
}

const TARGETS = {
  bare: 'bare Fastify, constant body',
  pglite: 'app on PGlite (embedded)',
  postgres: 'app on PostgreSQL server',
};

const SHORT = { bare: 'bare', pglite: 'app on PGlite', postgres: 'app on PostgreSQL' };

/** `pgSkipped`: the note for the PostgreSQL target when it was not measured */
export function loadTables(runs, pgSkipped) {
  const perRun = table(
    ['round', 'target', 'req/s (mean)', 'p50 ms', 'p97.5 ms', 'p99 ms', '2xx', 'non-2xx / errors'],
    runs.map((r) => [
      String(r.round),
      SHORT[r.target] ?? r.target,
      fmt(r.rps),
      fmt(r.p50),
      fmt(r.p97_5),
      fmt(r.p99),
      fmt(r.ok),
      // autocannon counts timeouts among the errors
      `${r.non2xx} / ${r.errors}${r.timeouts ? ` (${r.timeouts} timeouts)` : ''}`,
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
  const line = (label, a) => [label, fmt(a.rps), fmt(a.p50, 1), fmt(a.p97_5, 1), fmt(a.p99, 1)];
  const ratio = (label, a) => [
    `**ratio ${label} / bare**`,
    `**${fmt(a.rps / bare.rps, 3)}**`,
    fmt(a.p50 / bare.p50, 2),
    fmt(a.p97_5 / bare.p97_5, 2),
    fmt(a.p99 / bare.p99, 2),
  ];
  const pglite = agg('pglite');
  const rows = [line(TARGETS.bare, bare), line(TARGETS.pglite, pglite)];
  const ratios = { pglite: pglite.rps / bare.rps, postgres: NaN };
  if (pgSkipped) {
    rows.push(noteRow(TARGETS.postgres, pgSkipped, 5), ratio('PGlite', pglite));
  } else {
    const postgres = agg('postgres');
    ratios.postgres = postgres.rps / bare.rps;
    rows.push(line(TARGETS.postgres, postgres), ratio('PGlite', pglite));
    rows.push(ratio('PostgreSQL', postgres));
  }
  const summary = table(['target', 'req/s (mean)', 'p50 ms', 'p97.5 ms', 'p99 ms'], rows, ['l']);
  return { perRun, summary, ratios };
}

const LARGE_ENDPOINTS = {
  tree: ['plan tree', '`GET …/plans/:planId`'],
  budget: ['budget', '`GET …/plans/:planId/budget`'],
  coherence: ['coherence', '`GET …/plans/:planId/coherence`'],
};
const CORE_FED = {
  checkCoherence: 'tree, budget, indicators, municipal shares (as the coherence endpoint)',
  budgetSummary: 'tree, budget, population, period (as the budget screen)',
  buildLiveTables: 'every live table of a chapter / the public portal',
};

/** `large`: what measureLargePlan resolved, or { failed }, or undefined (not reached) */
export function largePlanTables(large, pgSkipped) {
  if (!large || large.failed) {
    const why = large?.failed ? `failed: ${large.failed}` : 'not reached';
    return { md: `Not measured: ${why}.`, console: `not measured: ${why}` };
  }
  const hasPg = Boolean(large.sizes.postgres);
  const counts = large.seed.pglite.counts;
  const seeded =
    `${fmt(counts.areas)} areas, ${fmt(counts.objectives)} objectives, ${fmt(counts.actions)} actions, ` +
    `${fmt(counts.allocations)} allocations, ${fmt(counts.availability)} availability cells, ` +
    `${fmt(counts.indicators)} indicators, ${fmt(counts.chapters)} chapters`;
  const seedTimes = `seeded by \`seed-synthetic-plan\` (CLI wall time, with Node, the build check and the migration check) in ${fmt(
    large.seed.pglite.ms,
  )} ms on PGlite${hasPg ? ` and ${fmt(large.seed.postgres.ms)} ms on PostgreSQL` : ''}`;

  const answers = table(
    [
      'answer',
      'endpoint',
      'contents',
      'bytes',
      'gzip bytes',
      'one request, PGlite (ms)',
      'one request, PostgreSQL (ms)',
    ],
    Object.entries(LARGE_ENDPOINTS).map(([key, [label, path]]) => [
      label,
      path,
      large.sizes.pglite[key].rows,
      fmt(large.sizes.pglite[key].bytes),
      fmt(large.sizes.pglite[key].gzip),
      fmt(large.single.pglite[key], 1),
      hasPg ? fmt(large.single.postgres[key], 1) : (pgSkipped ?? 'n/a'),
    ]),
    ['l', 'l', 'l'],
  );

  const core = table(
    ['function', 'fed with', 'runs', 'median ms', 'p95 ms', 'min ms'],
    Object.entries(large.core.results).map(([name, r]) => [
      `\`${name}\``,
      CORE_FED[name] ?? '',
      fmt(r.runs),
      fmt(r.median, 2),
      fmt(r.p95, 2),
      fmt(r.min, 2),
    ]),
    ['l', 'l'],
  );

  const short = (target) =>
    target === 'bare'
      ? 'bare Fastify, the tree bytes'
      : target
          .replace(/^pglite /, 'PGlite: ')
          .replace(/^postgres /, 'PostgreSQL: ')
          .replace(/: (\w+)$/, (_, k) => `: ${LARGE_ENDPOINTS[k]?.[0] ?? k}`);
  const names = [...new Set(large.runs.map((r) => r.target))];
  const agg = (name) => {
    const rs = large.runs.filter((r) => r.target === name);
    const answered = rs.filter((r) => r.ok > 0);
    const avg = (f, of = answered) => (of.length ? mean(of.map(f)) : NaN);
    return {
      rps: avg((r) => r.rps, rs),
      p50: avg((r) => r.p50),
      p97_5: avg((r) => r.p97_5),
      p99: avg((r) => r.p99),
      bad: rs.reduce((n, r) => n + r.non2xx + r.errors, 0),
    };
  };
  const bare = agg('bare');
  const summary = table(
    ['target', 'req/s (mean)', 'p50 ms', 'p97.5 ms', 'p99 ms', 'req/s ÷ bare', 'non-2xx + errors'],
    names.map((n) => {
      const a = agg(n);
      return [
        short(n),
        fmt(a.rps, a.rps < 100 ? 1 : 0),
        fmt(a.p50, 1),
        fmt(a.p97_5, 1),
        fmt(a.p99, 1),
        n === 'bare' ? '1' : fmt(a.rps / bare.rps, 3),
        String(a.bad),
      ];
    }),
    ['l'],
  );
  const perRun = table(
    ['round', 'target', 'req/s (mean)', 'p50 ms', 'p97.5 ms', 'p99 ms', '2xx', 'non-2xx / errors'],
    large.runs.map((r) => [
      String(r.round),
      short(r.target),
      fmt(r.rps, r.rps < 100 ? 1 : 0),
      // no answer within the run: autocannon reports 0 ms
      ...(r.ok > 0 ? [fmt(r.p50), fmt(r.p97_5), fmt(r.p99)] : ['—', '—', '—']),
      fmt(r.ok),
      `${r.non2xx} / ${r.errors}${r.timeouts ? ` (${r.timeouts} timeouts)` : ''}`,
    ]),
    ['l', 'l'],
  );
  const rss = `Server RSS after the load runs: ${fmt(large.rssAfterLoad.pglite)} MiB on PGlite${
    hasPg ? `, ${fmt(large.rssAfterLoad.postgres)} MiB on PostgreSQL` : ''
  }.`;
  const problems = `The core found ${fmt(large.core.problems)} coherence problems (${fmt(
    large.core.blocking,
  )} blocking); the live tables are ${fmt(large.core.tables)} tables with ${fmt(
    large.core.tableRows,
  )} rows in all.`;

  const md = `The synthetic plan "Piano sintetico (benchmark)" 2024–2026 in the district \`${LARGE_DISTRICT}\`:
${seeded}; ${seedTimes}.

#### The answers

${answers}

"One request" is the median of ${large.settings.singleRuns} sequential requests on the idle server
(after ${large.settings.singleWarmup} of warm-up), timed by the bench's \`fetch\` until the whole body is read.

#### Core computations, in process

${core}

Each function ran ${large.settings.coreWarmup} times as warm-up, then up to ${large.settings.coreRuns} times (at most
${fmt(large.settings.coreBudgetMs / 1000)} s each) on the inputs built from the PGlite app's answers.

${problems}

#### Under load (${LARGE_CONNECTIONS} connections, ${DURATION_S} s + ${WARMUP_S} s warm-up, ${ROUNDS} rounds)

${summary}

${rss}

Latencies are the mean over the rounds in which at least one request was answered ("n/a":
none was, within the run).

Each run:

${perRun}`;
  return { md, console: `${answers}\n\n${core}\n\n${summary}` };
}

// ---------------------------------------------------------------------------------------------
// The report

export function machine() {
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

const minutes = Math.ceil(
  (STARTS * 40 + 25 + ROUNDS * 3 * (DURATION_S + WARMUP_S + 1)) / 60 +
    (60 + ROUNDS * 7 * (DURATION_S + WARMUP_S + 1)) / 60,
);

const HEADER = `# Benchmarks

Generated by \`npm run bench\` (\`scripts/bench.mjs\` and \`scripts/bench/\`); the results section
below is replaced on every run, this header is part of the script's template. Edit the script,
not this file.

## What is measured

1. **Start-to-ready.** The server is spawned as \`npm start\` runs it, \`node scripts/start.mjs\`
   (the bench builds first, so each start only finds its builds up to date: the back office, the
   server bundled to JavaScript, the empty embedded database; see \`scripts/build.mjs\`), and
   the wall time from spawn to the first \`200\` of \`GET /readyz\` is measured (polled every
   ${READY_POLL_MS} ms), in pairs: the *first start* on a new database, then, after the server
   stopped (SIGTERM, waiting for its exit), the *second start* on the same database. On the
   **embedded database (PGlite)** the first start is on a fresh \`DATA_DIR\` in a temporary
   folder, so it creates the database (a copy of the empty one the build made), runs the
   migrations and seeds the demo; on a
   **PostgreSQL server** (\`DATABASE_URL\`) it is on a database \`pdz_bench_<pid>_<n>\` the bench
   creates empty (and drops at the end). ${STARTS} pairs on each. "Server-reported" is the
   \`ready in N ms\` the server prints itself (from its first line of code, so without starting
   Node, checking the builds and loading the code). RSS is \`VmRSS\` of the server process read from
   \`/proc/<pid>/status\` right after it is ready (for the PostgreSQL target it excludes the
   database server's own processes).
2. **The plan read endpoint under load.** On each server (its second start) the demo plan office user logs in
   (a session of its own on each) and \`GET /api/districts/:districtId/plans/:planId\` (the whole
   plan tree, with the session cookie) is hammered by autocannon, in-process, with
   ${CONNECTIONS} connections for ${DURATION_S} s after a ${WARMUP_S} s warm-up. Before
   measuring, the bench checks that both apps serve the same plan (same areas and objectives,
   same titles in the same order; ids differ between databases). In the same run a **bare
   Fastify** (the copy \`apps/server\` uses, no plugins, no logger) runs in its own process with
   one route that answers with the very bytes and content type of the PGlite app's answer, as a
   constant. The targets are alternated (bare, app on PGlite, app on PostgreSQL, bare, …) so
   that the noise of the machine falls on all of them; the summary is the mean over the rounds,
   and **app / bare** is the share of the bare framework's throughput the real endpoint keeps
   (session lookup, authorisation, database queries, serialisation, security headers, logging).
3. **A large plan.** After the runs above, each app is stopped and a synthetic plan
   ("Piano sintetico (benchmark)", 2024–2026: 7 areas, 100 objectives with their whole sheet,
   500 actions with lead and partners, 5,000 allocations, 42 availability cells, 500 indicators,
   the nine chapters, a municipal share rule; invented and deterministic, see
   \`apps/server/src/demo/synthetic-plan.ts\`) is loaded into its database with
   \`npm run cli -- seed-synthetic-plan --district ${LARGE_DISTRICT}\` (PGlite allows one process at
   a time), then the app is started again. Some source × year cells are allocated beyond what
   is available and some indicators miss a year's target, so the coherence panel has a few
   dozen problems, as a draft would. Measured: the size of the plan tree, budget and coherence
   answers; (a) the pure core computations on that data, in the bench's own process (core's
   TypeScript loaded through tsx): \`checkCoherence\`, \`budgetSummary\` and \`buildLiveTables\`,
   median and 95th percentile after a warm-up; (b) the three endpoints, one request at a time
   and then under load with autocannon (${LARGE_CONNECTIONS} connections: the answers are
   large), on PGlite and on PostgreSQL, alternated with a bare Fastify that serves the very
   bytes of the tree answer.

The servers run with \`LOG_LEVEL=${LOG_LEVEL}\` (set \`BENCH_LOG_LEVEL\` to change it) and no other
configuration than the database (and, on PostgreSQL, a fixed \`SESSION_SECRET\`): the
development-mode demo install on 127.0.0.1. All traffic is on 127.0.0.1.

## How to run

\`\`\`sh
npm run bench
\`\`\`

It takes about ${minutes} minutes and needs about 2 GiB of free memory (one PGlite instance and
a second server process; seeding the large plan runs one more short-lived process while its
server is stopped). The PostgreSQL target needs a server the bench can create databases on,
by default \`postgresql://postgres@127.0.0.1:5432\`; if it is not reachable the bench says so and
measures the rest. Optional environment: \`BENCH_STARTS\` (start pairs on each database, default 3),
\`BENCH_DURATION\` (seconds per load run, default 10), \`BENCH_ROUNDS\` (load rounds, default 2),
\`BENCH_LOG_LEVEL\` (default \`warn\`), \`BENCH_POSTGRES_URL\` (the PostgreSQL server, without a
database name), \`BENCH_OUTPUT\` (default \`docs/benchmarks.md\`). \`BENCH_ONLY=starts npm run bench\`
measures the start-to-ready pairs alone (a few minutes) and replaces only that section of the
results below; \`BENCH_ONLY=population\` runs the population import alone and only prints it.

**Reading the numbers.** The load generator, the server under test and anything else on the
machine share its cores, so absolute numbers move from run to run by tens of percent on a busy
2-core machine. Compare only numbers taken side by side in one run: the app/bare ratios are
the figures to watch, not req/s from different days.

The embedded database is PostgreSQL compiled to WebAssembly (PGlite), running single-threaded
inside the server's own process: each query pays its parse and plan time in WebAssembly (about
1–3 ms here) on the same thread as the HTTP work, and concurrent requests queue behind one
another. The PostgreSQL target shows the scale path: a native database server, which several
server processes can share.
`;

/** the population import: `population` is { file, results } or { failed } */
export function populationTables(population) {
  if (!population || population.failed) {
    return `Not measured: ${population?.failed ?? 'not run'}.`;
  }
  const { file, results } = population;
  const rows = results.map((r) => [
    r.name,
    fmt(r.importMs / 1000, 1),
    fmt(file.rows / (r.importMs / 1000)),
    `${fmt(r.imported)} / ${fmt(r.skipped)}`,
    `${fmt(r.peakMiB)}${r.peakReset ? '' : ' (since start)'}`,
    fmt(r.rssBeforeMiB),
    fmt(r.indicatorsMs, 1),
  ]);
  return `File: ${fmt(file.municipalities)} municipalities × ages 0–100 × 2 sexes = ${fmt(file.rows)} rows, ${fmt(file.bytes / 1024 / 1024, 1)} MiB, streamed to the import endpoint; the Pavia district keeps its 12 municipalities' rows and skips the others. Peak RSS is the server's VmHWM during the import (reset just before), beside its RSS before it.

${table(
  [
    'Database',
    'Import (s)',
    'Rows/s',
    'Imported / skipped',
    'Peak RSS (MiB)',
    'RSS before (MiB)',
    'District indicators (ms, median)',
  ],
  rows,
  ['l'],
)}`;
}

export function report({
  m,
  when,
  startsMd,
  load,
  loadMd,
  pg,
  largeMd,
  populationMd = 'Not measured.',
  bundleMd = 'Not measured.',
}) {
  const pgLine = pg.skipped
    ? `- **PostgreSQL:** ${pg.skipped}`
    : `- **PostgreSQL:** ${pg.version} at ${pg.where}, database \`${pg.name}\` (dropped after the run)`;
  const bodies = load.postgresBodyBytes
    ? `${fmt(load.bodyBytes)} bytes from the app on PGlite (served as is by the bare server),
${fmt(load.postgresBodyBytes)} bytes from the app on PostgreSQL, \`${load.contentType}\``
    : `${fmt(load.bodyBytes)} bytes, \`${load.contentType}\``;
  const rss = `Server RSS after the load runs: ${fmt(load.rssAfterLoad.pglite)} MiB on PGlite${
    pg.skipped ? '' : `, ${fmt(load.rssAfterLoad.postgres)} MiB on PostgreSQL`
  }.`;
  return `${HEADER}
## Results

- **Date:** ${when}
- **Machine:** ${m.cpu}, ${m.cores} cores, ${fmt(m.memGiB, 1)} GiB RAM, Node ${m.node}, Linux ${m.kernel}
- **Load average at start:** ${m.load.map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min)
- **Commit:** ${m.commit}
${pgLine}

${startsMd}

### Plan read endpoint vs bare Fastify (${CONNECTIONS} connections, ${DURATION_S} s + ${WARMUP_S} s warm-up, ${ROUNDS} rounds)

Response body: ${bodies}. ${rss}

${loadMd.summary}

Each run:

${loadMd.perRun}

### Large plan

${largeMd.md}

### Population import (national file)

${populationMd}

### Back office size

${bundleMd}
`;
}
