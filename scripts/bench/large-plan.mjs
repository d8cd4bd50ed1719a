// The large plan of `npm run bench`: the synthetic plan of apps/server/src/demo/synthetic-plan.ts
// (100 objectives, 500 actions, 5,000 allocations, 500 indicators) loaded into the databases of
// the bench servers, then (a) the pure core computations on its data, in this process, and (b)
// its tree, budget and coherence endpoints under load on both apps, beside a bare Fastify serving
// the bytes of the tree answer.
/* global AbortSignal */
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import {
  BARE_ENTRY,
  CLI_ENTRY,
  CORE_ENTRY,
  LARGE_CONNECTIONS,
  LARGE_DISTRICT,
  SEED_DEADLINE_MS,
} from './config.mjs';
import { describeReads, measureReadsDuringRender } from './document-latency.mjs';
import { login, runRounds } from './load.mjs';
import {
  freePort,
  launch,
  makeTempDir,
  rssMiB,
  serverEnv,
  startServer,
  stop,
  waitFor200,
} from './processes.mjs';
import { median } from './report.mjs';

export const LARGE_PLAN_TITLE = 'Piano sintetico (benchmark)';

/** the core timings: warm-up runs, then measured runs, bounded by a time budget per function */
const CORE_WARMUP_RUNS = 20;
const CORE_RUNS = 200;
const CORE_BUDGET_MS = 8000;
/** sequential requests on an idle server, for the unloaded latency of each endpoint */
const SINGLE_WARMUP = 3;
const SINGLE_RUNS = 15;

/**
 * `npm run cli -- seed-synthetic-plan --district <slug>` on a stopped server's database (PGlite
 * allows one process): resolves the wall time and the counts the command printed.
 */
async function seedWithCli(database, what) {
  const proc = launch(
    [CLI_ENTRY, 'seed-synthetic-plan', '--district', LARGE_DISTRICT],
    serverEnv(database, 0),
  );
  const t0 = performance.now();
  // unref'd: the child keeps the loop alive, the timer alone must not
  const timeout = sleep(SEED_DEADLINE_MS, 'timeout', { ref: false });
  if ((await Promise.race([proc.exited, timeout])) === 'timeout') {
    await stop(proc);
    throw new Error(`${what}: seeding took over ${SEED_DEADLINE_MS} ms:\n${proc.output()}`);
  }
  const ms = performance.now() - t0;
  const { code } = await proc.exited;
  const counts = /created in \S+: (\{.*\})/.exec(proc.output())?.[1];
  if (code !== 0 || !counts) {
    throw new Error(
      `${what}: seed-synthetic-plan failed (${code}):\n${proc.output().slice(-4000)}`,
    );
  }
  return { ms, counts: JSON.parse(counts) };
}

async function get(url, cookie) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body}`);
  return { body, ms, contentType: res.headers.get('content-type') || 'application/json' };
}
const json = (r) => JSON.parse(r.body.toString('utf8'));

/** logs in, finds the large plan, reads everything the core computations need */
async function readLargePlan(base) {
  const cookie = await login(base);
  const districts = json(await get(`${base}/api/districts`, cookie)).items;
  const district = districts.find((d) => d.slug === LARGE_DISTRICT);
  if (!district) throw new Error(`${base}: no district ${LARGE_DISTRICT}`);
  const districtUrl = `${base}/api/districts/${district.id}`;
  const plans = json(await get(`${districtUrl}/plans`, cookie)).items;
  const plan = plans.find((p) => p.title === LARGE_PLAN_TITLE);
  if (!plan) throw new Error(`${base}: no plan "${LARGE_PLAN_TITLE}"`);
  const planUrl = `${districtUrl}/plans/${plan.id}`;
  const urls = {
    tree: planUrl,
    budget: `${planUrl}/budget`,
    coherence: `${planUrl}/coherence`,
  };
  const answers = {};
  for (const [name, url] of Object.entries(urls)) answers[name] = await get(url, cookie);
  const extra = {
    district: json(await get(districtUrl, cookie)),
    indicators: json(await get(`${planUrl}/indicators`, cookie)).items,
    municipalShare: json(await get(`${planUrl}/budget/municipal-share`, cookie)),
    sources: json(await get(`${base}/api/classifications/fundingSource`, cookie)).items,
    userAreas: json(await get(`${base}/api/classifications/istatUserArea`, cookie)).items,
  };
  return { base, cookie, urls, answers, extra };
}

/** the median of a few sequential requests per endpoint on an otherwise idle server */
async function singleRequestMs(read) {
  const out = {};
  for (const [name, url] of Object.entries(read.urls)) {
    for (let i = 0; i < SINGLE_WARMUP; i++) await get(url, read.cookie);
    const times = [];
    for (let i = 0; i < SINGLE_RUNS; i++) times.push((await get(url, read.cookie)).ms);
    out[name] = median(times);
  }
  return out;
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function timeIt(fn) {
  for (let i = 0; i < CORE_WARMUP_RUNS; i++) fn();
  const times = [];
  const deadline = performance.now() + CORE_BUDGET_MS;
  while (times.length < CORE_RUNS && performance.now() < deadline) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return {
    runs: times.length,
    median: median(times),
    p95: percentile(times, 95),
    min: Math.min(...times),
  };
}

/**
 * The pure core functions on the large plan, with the inputs built as their callers build them:
 * checkCoherence as the coherence endpoint (tree, budget, indicators, municipal shares),
 * budgetSummary as the budget screen (tree, budget, district population, period), buildLiveTables
 * as a chapter or the public portal (every live table of the plan).
 */
async function timeCore(read) {
  const core = await tsImport(CORE_ENTRY, import.meta.url);
  const tree = json(read.answers.tree);
  const budget = json(read.answers.budget);
  const { district, indicators, municipalShare, sources, userAreas } = read.extra;
  const municipalShares = municipalShare.years.map((y) => ({
    year: y.year,
    total: y.total,
    parts: y.rows.map((r) => r.amount),
  }));
  const coherenceInput = {
    period: tree.period,
    tree,
    availability: budget.availability,
    allocations: budget.allocations,
    indicators,
    municipalShares,
  };
  const summaryInput = {
    tree,
    availability: budget.availability,
    allocations: budget.allocations,
    population: district.population,
    period: tree.period,
  };
  const liveData = {
    period: tree.period,
    areas: tree.areas,
    availability: budget.availability,
    allocations: budget.allocations,
    indicators,
    ...(municipalShare.rule
      ? {
          municipalShares: {
            sourceCode: municipalShare.rule.sourceCode,
            rule: municipalShare.rule.rule,
            municipalities: district.municipalities,
          },
        }
      : {}),
    sourceLabels: Object.fromEntries(sources.map((s) => [s.code, s.labelIt])),
    userAreaLabels: Object.fromEntries(userAreas.map((s) => [s.code, s.labelIt])),
  };
  const problems = core.checkCoherence(coherenceInput);
  const tables = core.buildLiveTables(liveData);
  const results = {
    checkCoherence: timeIt(() => core.checkCoherence(coherenceInput)),
    budgetSummary: timeIt(() => core.budgetSummary(summaryInput)),
    buildLiveTables: timeIt(() => core.buildLiveTables(liveData)),
  };
  return {
    results,
    problems: problems.length,
    blocking: problems.filter((p) => p.severity === 'blocking').length,
    tableRows: Object.values(tables).reduce((n, t) => n + (t?.rows?.length ?? 0), 0),
    tables: Object.keys(tables).length,
  };
}

function sizesOf(read) {
  const tree = json(read.answers.tree);
  const objectives = tree.areas.flatMap((a) => a.objectives);
  const budget = json(read.answers.budget);
  const coherence = json(read.answers.coherence);
  const bytes = (name) => ({
    bytes: read.answers[name].body.length,
    gzip: gzipSync(read.answers[name].body).length,
  });
  return {
    tree: {
      ...bytes('tree'),
      rows: `${tree.areas.length} areas, ${objectives.length} objectives, ${objectives.reduce((n, o) => n + o.actions.length, 0)} actions`,
    },
    budget: {
      ...bytes('budget'),
      rows: `${budget.availability.length} availability cells, ${budget.allocations.length} allocations`,
    },
    coherence: {
      ...bytes('coherence'),
      rows: `${coherence.problems.length} problems (${coherence.problems.filter((p) => p.severity === 'blocking').length} blocking)`,
    },
    outline: JSON.stringify(tree.areas.map((a) => [a.title, a.objectives.map((o) => o.title)])),
  };
}

/**
 * Stops the app in `servers[key]`, seeds the large plan into its database, starts it again
 * (replacing `servers[key]`, so that the caller stops the new one).
 */
async function reseed(servers, key, database, what) {
  await stop(servers[key].proc);
  servers[key] = null;
  const seeded = await seedWithCli(database, what);
  console.log(`  ${what}: seeded in ${Math.round(seeded.ms)} ms ${JSON.stringify(seeded.counts)}`);
  servers[key] = await startServer(database, `${what} restart`);
  console.log(`  ${what}: restarted, ready in ${Math.round(servers[key].readyMs)} ms`);
  return seeded;
}

/**
 * `servers`: { pglite, postgres } (running apps, replaced by restarted ones); `databases`:
 * { pglite, postgres } as startServer takes them (postgres null when skipped).
 */
export async function measureLargePlan(servers, databases) {
  const seed = { pglite: await reseed(servers, 'pglite', databases.pglite, 'PGlite') };
  if (servers.postgres) {
    seed.postgres = await reseed(servers, 'postgres', databases.postgres, 'PostgreSQL');
  }
  const reads = { pglite: await readLargePlan(`http://127.0.0.1:${servers.pglite.port}`) };
  if (servers.postgres) {
    reads.postgres = await readLargePlan(`http://127.0.0.1:${servers.postgres.port}`);
  }
  const sizes = { pglite: sizesOf(reads.pglite) };
  if (reads.postgres) {
    sizes.postgres = sizesOf(reads.postgres);
    if (sizes.postgres.outline !== sizes.pglite.outline) {
      throw new Error('the large plan differs between PGlite and PostgreSQL');
    }
  }

  console.log('  core computations on the large plan, in this process');
  const core = await timeCore(reads.pglite);
  for (const [name, r] of Object.entries(core.results)) {
    console.log(
      `    ${name}: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (${r.runs} runs)`,
    );
  }

  const single = {};
  for (const [name, read] of Object.entries(reads)) {
    single[name] = await singleRequestMs(read);
    console.log(
      `  one request at a time on ${name}: ${Object.entries(single[name])
        .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
        .join(', ')}`,
    );
  }

  const duringRender = {};
  for (const [name, read] of Object.entries(reads)) {
    duringRender[name] = await measureReadsDuringRender(read);
    console.log(describeReads(name, duringRender[name]));
  }

  // the bare baseline serves the PGlite app's tree answer, byte for byte
  const tree = reads.pglite.answers.tree;
  const bodyFile = join(makeTempDir('pdz-bench-large-'), 'tree.json');
  writeFileSync(bodyFile, tree.body);
  const barePort = await freePort();
  const bare = launch([BARE_ENTRY, String(barePort), bodyFile, tree.contentType], {
    ...process.env,
  });
  let runs;
  try {
    const bareUrl = `http://127.0.0.1:${barePort}/bare`;
    await waitFor200(bare, bareUrl, 'bare fastify (large plan)');
    if (!(await get(bareUrl, '')).body.equals(tree.body)) {
      throw new Error('the bare server does not answer with the same bytes');
    }
    const targets = [{ name: 'bare', url: bareUrl, headers: {} }];
    for (const [db, read] of Object.entries(reads)) {
      for (const [endpoint, url] of Object.entries(read.urls)) {
        targets.push({ name: `${db} ${endpoint}`, url, headers: { cookie: read.cookie } });
      }
    }
    runs = await runRounds(targets, LARGE_CONNECTIONS);
  } finally {
    await stop(bare);
  }
  return {
    settings: {
      singleRuns: SINGLE_RUNS,
      singleWarmup: SINGLE_WARMUP,
      coreWarmup: CORE_WARMUP_RUNS,
      coreRuns: CORE_RUNS,
      coreBudgetMs: CORE_BUDGET_MS,
    },
    seed,
    sizes,
    core,
    single,
    duringRender,
    runs,
    rssAfterLoad: {
      pglite: rssMiB(servers.pglite.pid),
      postgres: servers.postgres ? rssMiB(servers.postgres.pid) : NaN,
    },
  };
}
