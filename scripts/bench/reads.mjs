// "Reads reused" of `npm run bench`: the demo plan's tree (and its revalidation) and its public
// portal page under load beside a bare Fastify serving the same bytes; the large plan's answers
// computed and reused; the portal under load while the plan office edits; the servers' memory.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { BARE_ENTRY, CLI_ENTRY, CONNECTIONS, DEMO, DURATION_S, WARMUP_S } from './config.mjs';
import { LARGE_DISTRICT, OUTPUT, POSTGRES_SESSION_SECRET, SEED_DEADLINE_MS } from './config.mjs';
import { LARGE_PLAN_TITLE } from './large-plan.mjs';
import { runRounds } from './load.mjs';
import { createBenchDatabase, POSTGRES_WHERE } from './postgres.mjs';
import { freePort, launch, makeTempDir, rssMiB, serverEnv } from './processes.mjs';
import { startServer, stop, waitFor200 } from './processes.mjs';
import { machine } from './report.mjs';
import { POPULATION_HEADING, READS_HEADING, readsSection, stats } from './report-reads.mjs';
import { replaceSection } from './report-document.mjs';

/** what a browser sends: the server prefers brotli */
const BROWSER = 'gzip, deflate, br';
/** write → first read (computed) → reused reads, per endpoint and encoding, after one untimed */
const COMPUTED_RUNS = 5;
const REUSED_PER_WRITE = 4;
/** renames of the demo plan on an otherwise idle server, beside those under load */
const EDITS_ALONE = 100;
const LARGE_ENDPOINTS = { tree: '', budget: '/budget', coherence: '/coherence' };
/** the reuse's limit the servers run with (they inherit the bench's environment) */
const READ_CACHE = process.env.READ_CACHE_MB
  ? { mb: Number(process.env.READ_CACHE_MB), from: 'READ_CACHE_MB' }
  : { mb: 64, from: 'the default' };

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** one request, timed from the call to the last byte (a compressed body is not decoded) */
function send(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(url, { method, headers, agent, timeout: 60_000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - t0;
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), ms });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${url}: no answer in 60 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function ok(url, options) {
  const res = await send(url, options);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${res.body}`);
  return res;
}
const json = async (url, who) => JSON.parse((await ok(url, { headers: who })).body);

/** the demo plan office user: the session cookie and the CSRF token of the session */
async function signIn(base) {
  const res = await ok(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  if (!cookie.includes('pdz_session=')) throw new Error('login set no pdz_session cookie');
  return { cookie, 'x-csrf-token': JSON.parse(res.body).csrfToken };
}

/** renames a plan (its title alternates with the original), as a plan office edit */
async function rename(plan, who) {
  const title = plan.title === plan.original ? `${plan.original} (in revisione)` : plan.original;
  const res = await send(plan.url, {
    method: 'PATCH',
    headers: { ...who, 'content-type': 'application/json' },
    body: JSON.stringify({ title, version: plan.version }),
  });
  const answer = JSON.parse(res.body.toString() || '{}');
  // a stale version (409) names the current plan: the next edit quotes it
  Object.assign(plan, res.status === 200 ? answer : (answer.details?.current ?? {}));
  if (res.status !== 200) throw new Error(`PATCH ${plan.url} answered ${res.status}`);
  return res.ms;
}
const restore = async (plan, who) => (plan.title !== plan.original ? rename(plan, who) : 0);

/** the demo plan, its tree and its portal page, the large plan, on one app */
async function findTargets(name, base) {
  const who = await signIn(base);
  const district = (await json(`${base}/api/districts`, who)).items.find(
    (d) => d.slug === LARGE_DISTRICT,
  );
  if (!district) throw new Error(`${name}: no district ${LARGE_DISTRICT}`);
  const plansUrl = `${base}/api/districts/${district.id}/plans`;
  const plans = (await json(plansUrl, who)).items;
  const plan = (p) => ({ url: `${plansUrl}/${p.id}`, original: p.title, ...p });
  const demo = plans.find((p) => p.latestApprovedVersion !== null && p.title !== LARGE_PLAN_TITLE);
  const large = plans.find((p) => p.title === LARGE_PLAN_TITLE);
  if (!demo || !large) throw new Error(`${name}: no approved demo plan or no large plan`);
  const path = `/distretti/${district.slug}/piani/${demo.id}`;
  if (!(await ok(`${base}/distretti/${district.slug}`)).body.toString().includes(path)) {
    throw new Error(`${name}: the district page does not link ${path}`);
  }
  const answer = async (url, headers) => {
    const res = await ok(url, { headers });
    const { etag, 'content-type': contentType, 'cache-control': cache = 'none' } = res.headers;
    return { url, body: res.body, contentType, etag, cache };
  };
  const tree = await answer(`${plansUrl}/${demo.id}`, { cookie: who.cookie });
  const portal = await answer(`${base}${path}`, {});
  return { name, who, demo: plan(demo), large: plan(large), tree, portal };
}

/** a bare Fastify serving `answer`'s bytes, checked byte for byte */
async function startBare(answer, what) {
  const file = join(makeTempDir('pdz-bench-reads-'), 'body');
  writeFileSync(file, answer.body);
  const port = await freePort();
  const proc = launch([BARE_ENTRY, String(port), file, answer.contentType], { ...process.env });
  const url = `http://127.0.0.1:${port}/bare`;
  try {
    await waitFor200(proc, url, what);
    if (!(await ok(url)).body.equals(answer.body)) throw new Error(`${what}: other bytes`);
  } catch (err) {
    await stop(proc);
    throw err;
  }
  return { proc, url };
}

/** one autocannon run as load.mjs runs them; `expected`: the status class counted as answered */
async function hammer(target, url, headers, expected = '2xx') {
  const run = { url, headers, connections: CONNECTIONS, duration: DURATION_S };
  const r = await autocannon({ ...run, warmup: { connections: CONNECTIONS, duration: WARMUP_S } });
  const { p50, p97_5, p99 } = r.latency;
  const { errors, timeouts, [expected]: ok } = r;
  const rps = r.requests.mean;
  const non2xx = ['1xx', '2xx', '3xx', '4xx', '5xx'].reduce((n, k) => n + r[k], 0) - ok;
  return { target, round: 1, rps, p50, p97_5, p99, ok, non2xx, errors, timeouts };
}

/** the tree with If-None-Match and the tag it was sent with: every answer a 304 */
async function revalidation(t) {
  const headers = { cookie: t.who.cookie, 'if-none-match': t.tree.etag };
  const check = await send(t.tree.url, { headers });
  if (check.status !== 304) throw new Error(`${t.name}: If-None-Match answered ${check.status}`);
  console.log(`  ${t.name} tree with If-None-Match: ${WARMUP_S} s + ${DURATION_S} s`);
  const r = await hammer(t.name, t.tree.url, headers, '3xx');
  console.log(`    ${Math.round(r.rps)} req/s, p99 ${r.p99} ms, ${r.ok} × 304, ${r.non2xx} other`);
  return r;
}

/** writes to the large plan, each followed by a first read (computed) and reused reads */
async function cycles(t, url, accept, row) {
  const headers = { cookie: t.who.cookie, 'accept-encoding': accept };
  const [computed, reused] = [[], []];
  let first;
  for (let i = 0; i <= COMPUTED_RUNS; i++) {
    row.writes.push(await rename(t.large, t.who));
    const before = first?.headers.etag;
    first = await ok(url, { headers });
    if (i > 0) computed.push(first.ms); // the first cycle warms up
    row.cycles += 1;
    if (first.headers.etag && first.headers.etag !== before) row.newTags += 1;
    for (let j = 0; j < REUSED_PER_WRITE; j++) {
      const again = await ok(url, { headers });
      if (again.headers.etag !== first.headers.etag) throw new Error(`${url}: tag changed`);
      if (i > 0) reused.push(again.ms);
    }
  }
  const sentAs = first.headers['content-encoding'] ?? 'identity';
  return { computed: stats(computed), reused: stats(reused), bytes: first.body.length, sentAs };
}

/** per endpoint of the large plan: computed and reused, as a browser asks and uncompressed */
async function computedAndReused(t) {
  const endpoints = {};
  const writes = [];
  for (const [endpoint, suffix] of Object.entries(LARGE_ENDPOINTS)) {
    const row = { newTags: 0, cycles: 0, writes };
    const br = await cycles(t, `${t.large.url}${suffix}`, BROWSER, row);
    const identity = await cycles(t, `${t.large.url}${suffix}`, 'identity', row);
    endpoints[endpoint] = { br, identity, newTags: row.newTags, cycles: row.cycles };
    const ms = (x) => `${x.computed.p50.toFixed(1)} / ${x.reused.p50.toFixed(1)} ms`;
    console.log(`  ${t.name} ${endpoint}: computed / reused ${ms(br)}, identity ${ms(identity)}`);
  }
  await restore(t.large, t.who);
  return { endpoints, writes: stats(writes) };
}

/** in the editing thread: renames one after another, from `delayMs` for `durationMs` */
async function editLoop({ plan, who, delayMs, durationMs }) {
  await sleep(delayMs);
  const end = performance.now() + durationMs;
  const times = [];
  let failed = 0;
  while (performance.now() < end) {
    const t0 = performance.now();
    await rename(plan, who).catch(() => (failed += 1));
    times.push(performance.now() - t0);
  }
  agent.destroy();
  return { times, failed, title: plan.title, version: plan.version };
}
if (!isMainThread && workerData?.editor) {
  editLoop(workerData.editor).then(
    (r) => parentPort.postMessage(r),
    (err) => parentPort.postMessage({ error: String(err) }),
  );
}

/** the edits in a thread of their own (this module), so that the load's client cannot delay them */
function editInThread(plan, who, delayMs, durationMs) {
  const editor = { plan: { ...plan }, who, delayMs, durationMs };
  const worker = new Worker(new URL(import.meta.url), { workerData: { editor } });
  return new Promise((resolve, reject) => {
    worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m)));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('the editing thread ended without a result')));
  });
}

/** the portal page under load while the plan office renames the demo plan, and the same alone */
async function mixedLoad(t) {
  const alone = [];
  for (let i = 0; i < EDITS_ALONE; i++) alone.push(await rename(t.demo, t.who));
  console.log(`  ${t.name}: portal under load, the plan office editing meanwhile`);
  const editor = editInThread(t.demo, t.who, WARMUP_S * 1000, DURATION_S * 1000);
  const portal = await hammer(t.name, t.portal.url, {});
  const edits = await editor;
  Object.assign(t.demo, { title: edits.title, version: edits.version });
  await restore(t.demo, t.who);
  const during = stats(edits.times);
  console.log(
    `    portal ${Math.round(portal.rps)} req/s, p99 ${portal.p99} ms; ${during.n} edits, p50 ` +
      `${during.p50.toFixed(0)} ms, p99 ${during.p99.toFixed(0)} ms, ${edits.failed} failed`,
  );
  return { portal, alone: stats(alone), during, failed: edits.failed };
}

/** the section on running apps with the demo and the large plan; { failed } on an error */
export async function measureReads(servers) {
  const apps = Object.entries(servers).filter(([, s]) => s);
  const rss = () => Object.fromEntries(apps.map(([n, s]) => [n, rssMiB(s.pid)]));
  const r = { memory: { before: rss(), limit: READ_CACHE }, answers: {}, mixed: {}, large: {} };
  r.settings = { computed: COMPUTED_RUNS, reusedPerWrite: REUSED_PER_WRITE, alone: EDITS_ALONE };
  const bares = [];
  try {
    const t = {};
    for (const [n, s] of apps) t[n] = await findTargets(n, `http://127.0.0.1:${s.port}`);
    const measured = Object.values(t);
    for (const x of measured)
      r.answers[x.name] = { tree: x.tree.body.length, portal: x.portal.body.length };
    const { tree, portal } = t.pglite;
    r.contentTypes = { tree: tree.contentType, portal: portal.contentType };
    r.portalCache = portal.cache;
    bares.push(await startBare(tree, 'bare fastify (plan tree)'));
    bares.push(await startBare(portal, 'bare fastify (portal page)'));
    const targets = (what, headers) => [
      { name: 'bare', url: bares[what === 'tree' ? 0 : 1].url, headers: {} },
      ...measured.map((x) => ({ name: x.name, url: x[what].url, headers: headers(x) })),
    ];
    console.log(`  the demo plan's tree, ${tree.body.length} bytes`);
    r.treeRuns = await runRounds(targets('tree', (x) => ({ cookie: x.who.cookie })));
    r.revalidated = [];
    for (const x of measured) r.revalidated.push(await revalidation(x));
    console.log(`  the approved plan's portal page, ${portal.body.length} bytes`);
    r.portalRuns = await runRounds(targets('portal', () => ({})));
    for (const x of measured) r.mixed[x.name] = await mixedLoad(x);
    for (const x of measured) r.large[x.name] = await computedAndReused(x);
    r.memory.after = rss();
    r.loadAfter = os.loadavg();
    return r;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    console.error(`  reads reused failed: ${why}`);
    process.exitCode = 1;
    return { failed: why.split('\n')[0] };
  } finally {
    for (const b of bares) await stop(b.proc);
    agent.destroy();
  }
}

/** `npm run cli -- seed-synthetic-plan` on a database no server runs on (it seeds the demo too) */
async function seedLargePlan(database, what) {
  const args = [CLI_ENTRY, 'seed-synthetic-plan', '--district', LARGE_DISTRICT];
  const proc = launch(args, serverEnv(database, 0));
  const timeout = sleep(SEED_DEADLINE_MS, 'timeout', { ref: false });
  const end = await Promise.race([proc.exited, timeout]);
  if (end === 'timeout') await stop(proc);
  if (end?.code !== 0)
    throw new Error(`${what}: seeding failed (${end?.code ?? end}):\n${proc.output()}`);
  console.log(`  ${what}: the demo and the large plan seeded`);
}

/** BENCH_ONLY=reads: this section alone on fresh servers; replaces it in the report */
export async function readsOnly() {
  const m = machine();
  const when = new Date().toISOString();
  console.log(`bench ${when} on ${m.cpu} (${m.cores} cores), Node ${m.node}\n\nreads reused`);
  const servers = { pglite: null, postgres: null };
  let reads;
  let postgres;
  try {
    const dataDir = join(makeTempDir('pdz-bench-'), 'data');
    await seedLargePlan({ dataDir }, 'PGlite');
    servers.pglite = await startServer({ dataDir }, 'PGlite server');
    const db = await createBenchDatabase();
    postgres = db.skipped ? db : { version: db.version, where: POSTGRES_WHERE };
    if (!db.skipped) {
      const database = { url: db.url, secret: POSTGRES_SESSION_SECRET };
      await seedLargePlan(database, 'PostgreSQL');
      servers.postgres = await startServer(database, 'PostgreSQL server');
    }
    reads = await measureReads(servers);
  } finally {
    if (servers.pglite) await stop(servers.pglite.proc);
    if (servers.postgres) await stop(servers.postgres.proc);
  }
  const section = readsSection({ m, when, reads, postgres });
  console.log(`\n${section}\n`);
  const md = readFileSync(OUTPUT, 'utf8');
  writeFileSync(OUTPUT, replaceSection(md, READS_HEADING, section, POPULATION_HEADING));
  console.log(`replaced the reads reused section of ${OUTPUT}`);
}
