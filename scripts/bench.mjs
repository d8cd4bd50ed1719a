// `npm run bench`: start-to-ready of the server on the embedded database (PGlite) and on a
// PostgreSQL server, the plan read endpoint under load on both, side by side with a bare
// Fastify serving the same bytes, and a large synthetic plan (core computations in process, its
// tree, budget and coherence endpoints under load), the plan reads reused (computed once per plan
// version, then reused and revalidated; the public portal page; edits under load), and the plan
// document (PDF and DOCX of a synthetic plan of about 200 pages, beside LibreOffice). Writes docs/benchmarks.md (regenerated
// whole from the template in scripts/bench/report.mjs) and prints the tables.
//
// Everything is bounded (fixed counts, fixed durations, deadlines), talks only to 127.0.0.1 (and
// the PostgreSQL server), and stops every process it started and drops the database it created,
// also on errors and on Ctrl-C.
//
// Optional environment (defaults are the documented run):
//   BENCH_STARTS=3          cold/warm start pairs on PGlite (PostgreSQL: one pair)
//   BENCH_DURATION=10       seconds of each measured load run (after 2 s of warm-up)
//   BENCH_ROUNDS=2          rounds of (bare, app on PGlite, app on PostgreSQL) load runs
//   BENCH_LOG_LEVEL=warn    LOG_LEVEL of the servers under test
//   BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432   (no database name)
//   BENCH_OUTPUT=docs/benchmarks.md
//   BENCH_POPULATION_MUNICIPALITIES=7900   municipalities of the national population file
//   BENCH_ONLY=population   only the population import, on fresh servers (prints, writes no report)
//   BENCH_ONLY=starts       only the first and second starts on both databases (prints, and
//                           replaces the start-to-ready section of BENCH_OUTPUT, nothing else)
//   BENCH_ONLY=document     only the plan document (prints, and replaces its section of BENCH_OUTPUT)
//   BENCH_ONLY=reads        only the reads reused, on fresh servers with the large plan (prints,
//                           and replaces its section of BENCH_OUTPUT)
//   BENCH_DOCUMENT_RUNS=3   warm renders of each format of the plan document
//   BENCH_DOCUMENT_KEEP=<folder>   keep the plan document's files there
/* global AbortSignal */
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BARE_ENTRY, OUTPUT, POSTGRES_SESSION_SECRET, ROUNDS, STARTS } from './bench/config.mjs';
import { ROOT } from './bench/config.mjs';
import { bundleSection, bundleSummary, measureBundle } from './bench/bundle.mjs';
import { documentOnly, measureDocument } from './bench/document.mjs';
import { measureLargePlan } from './bench/large-plan.mjs';
import { measurePopulation } from './bench/population.mjs';
import { measureReads, readsOnly } from './bench/reads.mjs';
import { assertSameOutline, findPlan, login, runRounds } from './bench/load.mjs';
import { createBenchDatabase, POSTGRES_WHERE } from './bench/postgres.mjs';
import { ensureBuilt } from './build.mjs';
import {
  cleanupAll,
  freePort,
  launch,
  makeTempDir,
  rssMiB,
  startServer,
  stop,
  waitFor200,
} from './bench/processes.mjs';
import {
  documentSection,
  fmt,
  largePlanTables,
  loadTables,
  machine,
  populationTables,
  readsSection,
  replaceStartsSection,
  report,
  startsSection,
} from './bench/report.mjs';

const describe = (what, r) => `  ${what}: ${fmt(r.readyMs)} ms to ready, RSS ${fmt(r.rssMiB)} MiB`;

/**
 * STARTS pairs on PGlite: the first start on a fresh DATA_DIR, then the second on the same one;
 * the last second start is kept for the load runs
 */
async function measurePgliteStarts() {
  const cold = [];
  const warm = [];
  let kept = null;
  for (let i = 0; i < STARTS; i++) {
    const dataDir = join(makeTempDir('pdz-bench-'), 'data');
    const c = await startServer({ dataDir }, `first start ${i + 1}`);
    await stop(c.proc);
    cold.push(c);
    console.log(describe(`first start ${i + 1}/${STARTS}`, c));
    const w = await startServer({ dataDir }, `second start ${i + 1}`);
    warm.push(w);
    console.log(describe(`second start ${i + 1}/${STARTS}`, w));
    if (i < STARTS - 1) await stop(w.proc);
    else kept = { ...w, database: { dataDir } }; // the last warm server serves the load test
  }
  return { cold, warm, kept };
}

/**
 * STARTS first/second start pairs on PostgreSQL, each on a new empty database; the last second
 * start is kept for the load runs
 */
async function measurePostgresStarts() {
  const cold = [];
  const warm = [];
  let db;
  let kept = null;
  for (let i = 0; i < STARTS; i++) {
    db = await createBenchDatabase(STARTS > 1 ? `_${i + 1}` : '');
    if (db.skipped) return { skipped: db.skipped };
    const database = { url: db.url, secret: POSTGRES_SESSION_SECRET };
    const c = await startServer(database, `PostgreSQL first start ${i + 1}`);
    await stop(c.proc);
    cold.push(c);
    console.log(describe(`first start ${i + 1}/${STARTS} on PostgreSQL`, c));
    const w = await startServer(database, `PostgreSQL second start ${i + 1}`);
    warm.push(w);
    console.log(describe(`second start ${i + 1}/${STARTS} on PostgreSQL`, w));
    if (i < STARTS - 1) await stop(w.proc);
    else kept = { ...w, database };
  }
  return { ...db, where: POSTGRES_WHERE, cold, warm, kept };
}

async function measureLoad(pgliteServer, pgServer) {
  // a separate login (and session) on each app; the PostgreSQL app's plan is found by the
  // PGlite one's district slug and plan title, then compared by areas/objectives titles
  const pglite = await findPlan(
    `http://127.0.0.1:${pgliteServer.port}`,
    await login(`http://127.0.0.1:${pgliteServer.port}`),
  );
  let postgres = null;
  if (pgServer) {
    const base = `http://127.0.0.1:${pgServer.port}`;
    postgres = await findPlan(base, await login(base), pglite);
    assertSameOutline(pglite, postgres, 'PGlite vs PostgreSQL');
    const objectives = pglite.outline.reduce((n, a) => n + a.objectives.length, 0);
    console.log(
      `  same plan on both apps: "${pglite.planTitle}", ${pglite.outline.length} areas, ${objectives} objectives`,
    );
  }

  // the very bytes (and content type) the PGlite app answers with, for the bare baseline
  const bodyFile = join(makeTempDir('pdz-bench-bare-'), 'plan.json');
  writeFileSync(bodyFile, pglite.body);
  const barePort = await freePort();
  const bare = launch([BARE_ENTRY, String(barePort), bodyFile, pglite.contentType], {
    ...process.env,
  });
  let runs;
  try {
    const bareUrl = `http://127.0.0.1:${barePort}/bare`;
    await waitFor200(bare, bareUrl, 'bare fastify');
    const check = await fetch(bareUrl, { signal: AbortSignal.timeout(5000) });
    if (!Buffer.from(await check.arrayBuffer()).equals(pglite.body)) {
      throw new Error('the bare server does not answer with the same bytes');
    }
    const targets = [
      { name: 'bare', url: bareUrl, headers: {} },
      { name: 'pglite', url: pglite.url, headers: { cookie: pglite.cookie } },
    ];
    if (postgres) {
      targets.push({ name: 'postgres', url: postgres.url, headers: { cookie: postgres.cookie } });
    }
    runs = await runRounds(targets);
  } finally {
    await stop(bare);
  }
  return {
    runs,
    bodyBytes: pglite.body.length,
    postgresBodyBytes: postgres?.body.length,
    contentType: pglite.contentType,
    rssAfterLoad: {
      pglite: rssMiB(pgliteServer.pid),
      postgres: pgServer ? rssMiB(pgServer.pid) : NaN,
    },
  };
}

async function main() {
  const m = machine();
  const when = new Date().toISOString();
  console.log(`bench ${when} on ${m.cpu} (${m.cores} cores), Node ${m.node}`);
  console.log(`\n1. start-to-ready on PGlite, ${STARTS} first/second start pairs`);
  const starts = await measurePgliteStarts();
  let pg = { skipped: 'not measured: not started' };
  let load;
  let large;
  let reads;
  let population;
  // the running apps; the large plan section restarts them (and puts the new ones here)
  const servers = { pglite: starts.kept, postgres: null };
  try {
    console.log(`\n2. start-to-ready on PostgreSQL at ${POSTGRES_WHERE}, ${STARTS} pairs`);
    pg = await measurePostgresStarts();
    servers.postgres = pg.kept ?? null;
    console.log(`\n3. plan read endpoint vs bare Fastify, ${ROUNDS} rounds`);
    load = await measureLoad(servers.pglite, servers.postgres);
    console.log(`\n4. large plan: seeding, core computations, endpoints under load`);
    try {
      large = await measureLargePlan(servers, {
        pglite: starts.kept.database,
        postgres: pg.kept?.database ?? null,
      });
    } catch (err) {
      // the other sections are still reported; the run fails at the end
      const why = err instanceof Error ? err.message : String(err);
      console.error(`  large plan failed: ${why}`);
      large = { failed: why.split('\n')[0] };
      process.exitCode = 1;
    }
    console.log(`\n5. reads reused: the demo plan, its portal page, the large plan`);
    reads = await measureReads(servers);
    console.log(`\n6. population import: a national file, streamed`);
    population = await measurePopulationSafely(servers);
  } finally {
    if (servers.pglite) await stop(servers.pglite.proc);
    if (servers.postgres) await stop(servers.postgres.proc);
  }
  const startsMd = startsSection({ m, when, starts, pg });
  const loadMd = loadTables(load.runs, pg.skipped);
  console.log(`\n${startsMd}`);
  console.log(`\nPlan read endpoint vs bare Fastify\n\n${loadMd.summary}\n\n${loadMd.perRun}\n`);
  const largeMd = largePlanTables(large, pg.skipped);
  console.log(`\nLarge plan\n\n${largeMd.console}\n`);
  const postgres = pg.skipped ? pg : { version: pg.version, where: pg.where };
  const readsMd = readsSection({ m, when, reads, postgres });
  console.log(`\n${readsMd}\n`);
  const populationMd = populationTables(population);
  console.log(`\nPopulation import\n\n${populationMd}\n`);
  // after the servers stopped: the renders have the machine to themselves
  console.log(`7. plan document: PDF and DOCX of a synthetic plan, beside LibreOffice`);
  const documentMd = documentSection({ m, when, document: await measureDocument() });
  console.log(`\n${documentMd}\n`);
  console.log(`8. back office size: build, then the first load and the chunks`);
  const bundleMd = bundleSection(measureBackOffice());
  const sections = { startsMd, loadMd, largeMd, readsMd, populationMd, documentMd, bundleMd };
  writeFileSync(OUTPUT, report({ m, when, load, pg, ...sections }));
  console.log(`wrote ${OUTPUT}`);
}

async function measurePopulationSafely(servers) {
  try {
    return await measurePopulation(servers);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    console.error(`  population import failed: ${why}`);
    process.exitCode = 1;
    return { failed: why.split('\n')[0] };
  }
}

/** builds the back office and measures it (scripts/bench/bundle.mjs); { failed } on an error */
function measureBackOffice() {
  const build = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  try {
    if (build.status !== 0) throw new Error(`the web build exited ${build.status}`);
    const size = measureBundle();
    console.log(bundleSummary(size));
    return size;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    console.error(`  back office size failed: ${why}`);
    process.exitCode = 1;
    return { failed: why };
  }
}

/** BENCH_ONLY=population: this step alone, on fresh servers; prints, writes no report */
async function populationOnly() {
  const servers = { pglite: null, postgres: null };
  try {
    servers.pglite = await startServer(
      { dataDir: join(makeTempDir('pdz-bench-'), 'data') },
      'PGlite server',
    );
    const db = await createBenchDatabase();
    if (!db.skipped) {
      servers.postgres = await startServer(
        { url: db.url, secret: POSTGRES_SESSION_SECRET },
        'PostgreSQL server',
      );
    }
    console.log(`population import: a national file, streamed`);
    console.log(`\n${populationTables(await measurePopulationSafely(servers))}\n`);
  } finally {
    if (servers.pglite) await stop(servers.pglite.proc);
    if (servers.postgres) await stop(servers.postgres.proc);
  }
}

/**
 * BENCH_ONLY=starts: the first and second starts on both databases; prints them and replaces the
 * start-to-ready section of the report, leaving the other sections as they were
 */
async function startsOnly() {
  const m = machine();
  const when = new Date().toISOString();
  console.log(`bench ${when} on ${m.cpu} (${m.cores} cores), Node ${m.node}`);
  console.log(`\n1. start-to-ready on PGlite, ${STARTS} first/second start pairs`);
  const starts = await measurePgliteStarts();
  await stop(starts.kept.proc);
  console.log(`\n2. start-to-ready on PostgreSQL at ${POSTGRES_WHERE}, ${STARTS} pairs`);
  const pg = await measurePostgresStarts();
  if (pg.kept) await stop(pg.kept.proc);
  const section = startsSection({ m, when, starts, pg });
  console.log(`\n${section}\n`);
  writeFileSync(OUTPUT, replaceStartsSection(readFileSync(OUTPUT, 'utf8'), section));
  console.log(`replaced the start-to-ready section of ${OUTPUT}`);
}

const only = {
  population: populationOnly,
  starts: startsOnly,
  document: documentOnly,
  reads: readsOnly,
};
try {
  const step = process.env.BENCH_ONLY;
  if (step && !only[step]) throw new Error(`BENCH_ONLY must be one of ${Object.keys(only)}`);
  // what npm start builds at its first run, built before anything is timed (the plan document
  // runs the writers' TypeScript through tsx: it needs no build)
  if (step !== 'document') await ensureBuilt(['web', 'server', 'template']);
  await (step ? only[step]() : main());
} catch (err) {
  console.error('bench failed:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  // kills what an error left running, drops the PostgreSQL database, removes the temp folders
  await cleanupAll();
}
