// The report's sections on the plan endpoint under load and on the large plan.
import { DURATION_S, LARGE_CONNECTIONS, LARGE_DISTRICT, ROUNDS, WARMUP_S } from './config.mjs';
import { mean, fmt, table, noteRow } from './report-format.mjs';

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

  const during = large.duringRender
    ? table(
        [
          'database',
          'phase',
          'PDF render (s)',
          'tree reads',
          'read median ms',
          'read p99 ms',
          'read max ms',
        ],
        Object.entries(large.duringRender).flatMap(([db, r]) => [
          [
            db,
            'idle',
            '—',
            fmt(r.idle.reads),
            fmt(r.idle.median, 1),
            fmt(r.idle.p99, 1),
            fmt(r.idle.max, 1),
          ],
          ...r.renders.map((x) => [
            db,
            `during the ${x.run} PDF render`,
            fmt(x.renderMs / 1000, 1),
            fmt(x.during.reads),
            fmt(x.during.median, 1),
            fmt(x.during.p99, 1),
            fmt(x.during.max, 1),
          ]),
        ]),
        ['l', 'l'],
      )
    : 'Not measured.';

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

#### Reads while the plan document renders

${during}

One client reads the plan's tree again and again, first alone, then while another client asks
for the plan's draft PDF (the first render also starts the rendering thread; the second, with
English headings, finds it warm). The document is typeset on a thread of its own, so the reads
wait only for the database work of gathering the plan, not for the typesetting.

#### Under load (${LARGE_CONNECTIONS} connections, ${DURATION_S} s + ${WARMUP_S} s warm-up, ${ROUNDS} rounds)

${summary}

${rss}

Latencies are the mean over the rounds in which at least one request was answered ("n/a":
none was, within the run).

Each run:

${perRun}`;
  return { md, console: `${answers}\n\n${core}\n\n${summary}` };
}
