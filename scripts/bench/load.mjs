// The plan read endpoint under load: logging in, finding the demo plan, checking that the apps
// serve the same plan, and the alternating autocannon rounds.
/* global AbortSignal */
import { Buffer } from 'node:buffer';
import autocannon from 'autocannon';
import { CONNECTIONS, DEMO, DURATION_S, ROUNDS, WARMUP_S } from './config.mjs';
import { fmt } from './report.mjs';

/** logs the demo plan office user in; returns the Cookie header of the new session */
export async function login(base) {
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

/**
 * The plan read path on one app. Without `like`, the first plan of the first district; with
 * `like` (another app's answer), the district with the same slug and the plan with the same
 * title, since ids differ between databases.
 */
export async function findPlan(base, cookie, like) {
  const districts = (await getJson(`${base}/api/districts`, cookie)).items ?? [];
  const district = like ? districts.find((d) => d.slug === like.districtSlug) : districts[0];
  if (!district) throw new Error(`${base}: no district${like ? ` ${like.districtSlug}` : ''}`);
  const plans = (await getJson(`${base}/api/districts/${district.id}/plans`, cookie)).items ?? [];
  const plan = like ? plans.find((p) => p.title === like.planTitle) : plans[0];
  if (!plan) throw new Error(`${base}: no plan${like ? ` "${like.planTitle}"` : ''}`);
  const path = `/api/districts/${district.id}/plans/${plan.id}`;

  const res = await fetch(`${base}${path}`, {
    headers: { cookie },
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 200) throw new Error(`${base}: plan read answered ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get('content-type') || 'application/json';
  const tree = JSON.parse(body.toString('utf8'));
  return {
    url: `${base}${path}`,
    cookie,
    body,
    contentType,
    districtSlug: district.slug,
    planTitle: plan.title,
    outline: (tree.areas ?? []).map((a) => ({
      title: a.title,
      objectives: (a.objectives ?? []).map((o) => o.title),
    })),
  };
}

/** throws unless both plans have the same areas and objectives (same titles, same order) */
export function assertSameOutline(a, b, what) {
  const left = JSON.stringify(a.outline);
  const right = JSON.stringify(b.outline);
  if (left !== right) {
    throw new Error(`${what}: the plans differ in areas/objectives:\n  ${left}\n  ${right}`);
  }
  if (a.outline.length === 0) throw new Error(`${what}: the plan has no areas`);
}

function hammer(url, headers, connections) {
  return autocannon({
    url,
    headers,
    connections,
    duration: DURATION_S,
    warmup: { connections, duration: WARMUP_S },
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

/** ROUNDS rounds, each running every target in the given order; one summary per run */
export async function runRounds(targets, connections = CONNECTIONS) {
  const runs = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      console.log(
        `  round ${round}/${ROUNDS} ${t.name}: ${WARMUP_S} s warm-up + ${DURATION_S} s, ${connections} connections`,
      );
      const r = summarize(t.name, await hammer(t.url, t.headers, connections));
      r.round = round;
      runs.push(r);
      console.log(
        `    ${fmt(r.rps)} req/s, p50 ${r.p50} ms, p97.5 ${r.p97_5} ms, p99 ${r.p99} ms` +
          (r.non2xx || r.errors || r.timeouts
            ? `, non-2xx ${r.non2xx}, errors ${r.errors} (of which timeouts ${r.timeouts})`
            : ''),
      );
    }
  }
  return runs;
}
