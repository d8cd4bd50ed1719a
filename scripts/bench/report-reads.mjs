// The report's section on reads reused (scripts/bench/reads.mjs measures it).
import { CONNECTIONS, DURATION_S, ROUNDS, WARMUP_S } from './config.mjs';
import { fmt, mean, median, noteRow, table } from './report-format.mjs';

export const READS_HEADING = '### Reads reused';
/** the section after it in the report: a missing reads section is added before it */
export const POPULATION_HEADING = '### Population import (national file)';

/** the goals the reuse is held to */
const GOAL = {
  treeShare: 0.25,
  treeP99Ms: 50,
  portalShare: 0.5,
  computedMs: 50,
  reusedMs: 5,
  editP99Ms: 200,
};
const DB = { pglite: 'PGlite', postgres: 'PostgreSQL' };
const ENDPOINTS = { tree: 'plan tree', budget: 'budget', coherence: 'coherence' };
const met = (ok) => (ok ? '**pass**' : '**fail**');
const ms1 = (n) => fmt(n, 1);

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** count, median, 99th percentile (nearest rank) and maximum of times in ms */
export const stats = (xs) =>
  xs.length
    ? { n: xs.length, p50: median(xs), p99: percentile(xs, 99), max: Math.max(...xs) }
    : { n: 0, p50: NaN, p99: NaN, max: NaN };

/** the bytes the store holds for the large plan's answers made: the body, and brotli when asked */
const keptMiB = (large) =>
  Object.values(large?.endpoints ?? {}).reduce(
    (n, e) => n + (e.cycles / 2) * (2 * e.identity.bytes + e.br.bytes),
    0,
  ) /
  1024 ** 2;

/** the mean over the rounds of one target's runs, with the counts summed */
function agg(runs, target) {
  const rs = runs.filter((r) => r.target === target);
  if (!rs.length) return null;
  const sum = (k) => rs.reduce((n, r) => n + r[k], 0);
  const avg = (k) => mean(rs.map((r) => r[k]));
  return {
    rps: avg('rps'),
    p50: avg('p50'),
    p97_5: avg('p97_5'),
    p99: avg('p99'),
    ok: sum('ok'),
    bad: sum('non2xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
  };
}

const badCell = (a) =>
  `${fmt(a.bad)} / ${fmt(a.errors)}${a.timeouts ? ` (${a.timeouts} timeouts)` : ''}`;

function loadTable(rows, bare, postgres) {
  const line = (label, a, status) =>
    a
      ? [
          label,
          fmt(a.rps),
          bare ? `${fmt((100 * a.rps) / bare.rps)} %` : 'n/a',
          fmt(a.p50, 1),
          fmt(a.p97_5, 1),
          fmt(a.p99, 1),
          `${fmt(a.ok)} × ${status}`,
          badCell(a),
        ]
      : noteRow(label, postgres.skipped ?? 'not measured', 8);
  return table(
    [
      'target',
      'req/s (mean)',
      'share of bare',
      'p50 ms',
      'p97.5 ms',
      'p99 ms',
      'answers',
      'other / errors',
    ],
    rows.map(([label, a, status = 200]) => line(label, a, status)),
    ['l'],
  );
}

function largeTable(large, postgres) {
  const rows = [];
  for (const [endpoint, label] of Object.entries(ENDPOINTS)) {
    for (const [db, name] of Object.entries(DB)) {
      const e = large[db]?.endpoints[endpoint];
      if (!e) {
        rows.push(noteRow(`${label}, ${name}`, postgres.skipped ?? 'not measured', 8));
        continue;
      }
      rows.push([
        `${label}, ${name}`,
        fmt(e.identity.bytes / 1024),
        `${fmt(e.br.bytes / 1024)} (${e.br.sentAs})`,
        `${ms1(e.br.computed.p50)} (${ms1(e.br.computed.max)})`,
        `${ms1(e.br.reused.p50)} (${ms1(e.br.reused.max)})`,
        `${ms1(e.identity.computed.p50)} / ${ms1(e.identity.reused.p50)}`,
        `${e.newTags} / ${e.cycles}`,
        ms1(large[db].writes.p50),
      ]);
    }
  }
  return table(
    [
      'answer, database',
      'answer (KiB)',
      'sent to a browser (KiB)',
      'computed: median (max) ms',
      'reused: median (max) ms',
      'uncompressed: computed / reused ms',
      'new tag after the write',
      'write (rename), median ms',
    ],
    rows,
    ['l'],
  );
}

function mixedTable(mixed, postgres, alone) {
  return table(
    [
      'database',
      'portal req/s',
      'portal p99 ms',
      'portal other / errors',
      'edits',
      'edits p50 ms',
      'edits p99 ms',
      'edits max ms',
      'failed edits',
      `${alone} edits alone: p50 / p99 ms`,
    ],
    Object.entries(DB).map(([db, name]) => {
      const x = mixed[db];
      if (!x) return noteRow(name, postgres.skipped ?? 'not measured', 10);
      const a = agg([x.portal], db);
      return [
        name,
        fmt(a.rps),
        fmt(a.p99),
        badCell(a),
        fmt(x.during.n),
        ms1(x.during.p50),
        ms1(x.during.p99),
        ms1(x.during.max),
        fmt(x.failed),
        `${ms1(x.alone.p50)} / ${ms1(x.alone.p99)}`,
      ];
    }),
    ['l'],
  );
}

function goalsTable(r) {
  const rows = [];
  const na = (goal, why) => rows.push([goal, why, 'n/a']);
  const share = (runs, db, goal, what) => {
    const bare = agg(runs, 'bare');
    const a = agg(runs, db);
    const text = `${what} on ${DB[db]}: at least ${fmt(goal * 100)} % of bare`;
    if (!a) return na(text, 'not measured');
    rows.push([text, `${fmt((100 * a.rps) / bare.rps, 1)} %`, met(a.rps / bare.rps >= goal)]);
  };
  share(r.treeRuns, 'pglite', GOAL.treeShare, 'Plan tree');
  share(r.treeRuns, 'postgres', GOAL.treeShare, 'Plan tree');
  const pgTree = agg(r.treeRuns, 'postgres');
  const p99Goal = `Plan tree on PostgreSQL: p99 under ${GOAL.treeP99Ms} ms`;
  if (pgTree) rows.push([p99Goal, `${ms1(pgTree.p99)} ms`, met(pgTree.p99 < GOAL.treeP99Ms)]);
  else na(p99Goal, 'not measured');
  for (const db of Object.keys(DB)) {
    share(r.portalRuns, db, GOAL.portalShare, 'Portal page');
    const a = agg(r.portalRuns, db);
    const text = `Portal page on ${DB[db]}: no errors or timeouts (nor answers other than 200)`;
    if (a) rows.push([text, badCell(a), met(a.bad + a.errors + a.timeouts === 0)]);
    else na(text, 'not measured');
  }
  for (const [endpoint, label] of Object.entries(ENDPOINTS)) {
    for (const [db, name] of Object.entries(DB)) {
      const e = r.large[db]?.endpoints[endpoint]?.br;
      const c = `Large plan, ${label} on ${name}, computed: under ${GOAL.computedMs} ms`;
      const u = `Large plan, ${label} on ${name}, reused: under ${GOAL.reusedMs} ms`;
      if (!e) {
        na(c, 'not measured');
        na(u, 'not measured');
        continue;
      }
      rows.push([c, `${ms1(e.computed.p50)} ms`, met(e.computed.p50 < GOAL.computedMs)]);
      rows.push([u, `${ms1(e.reused.p50)} ms`, met(e.reused.p50 < GOAL.reusedMs)]);
    }
  }
  for (const [db, name] of Object.entries(DB)) {
    const x = r.mixed[db];
    const text = `Edits while the portal is under load on ${name}: p99 under ${GOAL.editP99Ms} ms`;
    if (!x) na(text, 'not measured');
    else rows.push([text, `${ms1(x.during.p99)} ms`, met(x.during.p99 < GOAL.editP99Ms)]);
  }
  return table(['Goal', 'Measured', 'Result'], rows, ['l', 'l', 'l']);
}

function perRunTable(r) {
  const short = (t) => (t === 'bare' ? 'bare' : `app on ${DB[t]}`);
  const rows = [
    ...r.treeRuns.map((x) => ['plan tree', x]),
    ...r.revalidated.map((x) => ['plan tree, If-None-Match', x]),
    ...r.portalRuns.map((x) => ['portal page', x]),
  ].map(([what, x]) => [
    String(x.round),
    `${what}: ${short(x.target)}`,
    fmt(x.rps),
    fmt(x.p50),
    fmt(x.p97_5),
    fmt(x.p99),
    `${x.non2xx} / ${x.errors}${x.timeouts ? ` (${x.timeouts} timeouts)` : ''}`,
  ]);
  return table(['round', 'run', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'other / errors'], rows, [
    'l',
    'l',
  ]);
}

/** the reads reused section, with the machine and the time it was measured on */
export function readsSection({ m, when, reads: r, postgres = { skipped: 'not measured' } }) {
  const pg = postgres.skipped ? '' : `; PostgreSQL ${postgres.version} at ${postgres.where}`;
  const head = `${READS_HEADING}

Measured ${when} on ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average at start
${m.load.map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min), commit ${m.commit}${pg}.`;
  if (!r || r.failed) return `${head}\n\nNot measured: ${r?.failed ?? 'not run'}.`;
  const s = r.settings;
  const load = `${CONNECTIONS} connections, ${DURATION_S} s + ${WARMUP_S} s warm-up`;
  const rounds = `${ROUNDS} round${ROUNDS === 1 ? '' : 's'}`;
  const sizes = Object.entries(r.answers)
    .map(([db, a]) => `${fmt(a.tree)} / ${fmt(a.portal)} bytes on ${DB[db]}`)
    .join(', ');
  const tree = (db) => agg(r.treeRuns, db);
  const revalidated = (db) => agg(r.revalidated, db);
  const portal = (db) => agg(r.portalRuns, db);
  const mem = Object.entries(r.memory.before).map(
    ([db, before]) => `${DB[db]} ${fmt(before)} MiB before, ${fmt(r.memory.after[db])} MiB after`,
  );
  return `${head}

The plan reads (\`GET /api/districts/:districtId/plans/:planId\` and its \`/budget\`, \`/coherence\`, … reads) are made once per plan version and district revision, kept serialized (compressed the first time a client asks for an encoding) and sent with a strong \`ETag\` and \`Cache-Control: private, no-cache\`; a request with \`If-None-Match\` naming the tag gets \`304\`.
On each app (the demo district with its approved plan, whose 2013 update is a draft in progress, and the large synthetic plan) the demo plan office user logs in.
(1) The demo plan's tree under load (${load}, ${rounds}, alternated with a bare Fastify answering the very bytes of the PGlite app's answer), then one run on each app with \`If-None-Match\` and the tag of the answer: every answer a \`304\` without a body.
(2) The approved plan's public portal page (\`/distretti/pavia/piani/:planId\`, linked from \`/distretti/pavia\`, no cookie; its \`Cache-Control\` here: \`${r.portalCache}\`), the same way beside a bare Fastify serving its HTML.
Bodies, tree / portal page: ${sizes}; \`${r.contentTypes.tree}\`, \`${r.contentTypes.portal}\`.
(3) The large plan's tree, budget and coherence, one request at a time on one connection, timed to the last byte as received: after a write to the plan (a rename, \`PATCH\` with the session's CSRF token) the first request is *computed*, the next ${s.reusedPerWrite} are *reused*; ${s.computed} such writes per answer and encoding, after one untimed. The goals are on what a browser asks for (\`Accept-Encoding: gzip, deflate, br\`: brotli, compressed on the computed request); the same without compression is beside them. The new tag column counts the writes after which the answer came with a tag it had not had before.
(4) The portal page under load (${load}) while the plan office renames the demo plan, one request after another from a thread of its own during the measured ${DURATION_S} s; beside it, ${s.alone} renames on the idle app.
(5) Memory: the servers' RSS when this section began and after it: ${mem.join('; ')}. The growth is not the reuse alone: it also holds the JavaScript heap after the load runs and, on PGlite, the database's own memory, which grows under load and is not given back. The answers kept are bounded by ${fmt(r.memory.limit.mb)} MiB per server process (\`READ_CACHE_MB\`, here ${r.memory.limit.from}), least recently used out; answers of superseded plan versions stay until that limit pushes them out. The large plan's answers made in this section (a new one after each write) come to about ${fmt(keptMiB(r.large.pglite), 1)} MiB per server, so the limit was not reached here.
The load average at the end of the section was ${r.loadAfter.map((l) => fmt(l, 2)).join(' / ')}: the machine is shared, compare numbers within one run.

#### The demo plan's tree (${load}, ${rounds}; If-None-Match: one run)

${loadTable(
  [
    ['bare Fastify, the same bytes', tree('bare')],
    ['app on PGlite', tree('pglite')],
    ['app on PostgreSQL', tree('postgres')],
    ['app on PGlite, If-None-Match', revalidated('pglite'), 304],
    ['app on PostgreSQL, If-None-Match', revalidated('postgres'), 304],
  ],
  tree('bare'),
  postgres,
)}

#### The approved plan's portal page (${load}, ${rounds})

${loadTable(
  [
    ['bare Fastify, the same HTML', portal('bare')],
    ['app on PGlite', portal('pglite')],
    ['app on PostgreSQL', portal('postgres')],
  ],
  portal('bare'),
  postgres,
)}

#### The large plan, one request at a time

${largeTable(r.large, postgres)}

#### The portal page under load while the plan office edits

${mixedTable(r.mixed, postgres, s.alone)}

#### Goals

${goalsTable(r)}

#### Each run

${perRunTable(r)}`;
}
