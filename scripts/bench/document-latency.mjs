// "While a document renders, other requests keep their response times": on a running app with
// the large synthetic plan, one client reads the plan's tree again and again, first alone, then
// while another client asks for the plan's draft PDF (typeset on the app's rendering thread).
// The reader's latencies in both phases are compared.
/* global AbortSignal */
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { median } from './report.mjs';

const IDLE_READS = 40;
/** the render must finish within this, or the measurement fails */
const RENDER_DEADLINE_MS = 180_000;

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function timedGet(url, cookie, timeoutMs = 60_000) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(timeoutMs) });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return { ms: performance.now() - t0, bytes: body.length };
}

const summary = (times) => ({
  reads: times.length,
  median: median(times),
  p99: percentile(times, 99),
  max: Math.max(...times),
});

/**
 * `read`: { cookie, urls: { tree } } as large-plan.mjs reads the plan. The first render starts
 * the rendering thread; the second (the English headings: another file, so not the one just
 * made and kept in memory) finds it warm.
 */
export async function measureReadsDuringRender(read) {
  const tree = read.urls.tree;
  const idle = [];
  for (let i = 0; i < IDLE_READS; i++) idle.push((await timedGet(tree, read.cookie)).ms);
  const renders = [];
  for (const [run, lang] of [
    ['first', 'it'],
    ['second', 'en'],
  ]) {
    const during = [];
    let done = false;
    const render = timedGet(
      `${tree}/document?format=pdf&lang=${lang}`,
      read.cookie,
      RENDER_DEADLINE_MS,
    ).then(
      (r) => {
        done = true;
        return r;
      },
      (err) => {
        done = true;
        throw err;
      },
    );
    while (!done) during.push((await timedGet(tree, read.cookie)).ms);
    const pdf = await render;
    renders.push({ run, renderMs: pdf.ms, pdfBytes: pdf.bytes, during: summary(during) });
  }
  return { idle: summary(idle), renders };
}

/** one line for the console */
export function describeReads(name, r) {
  const renders = r.renders.map(
    (x) =>
      `${x.run} PDF render ${(x.renderMs / 1000).toFixed(1)} s, reads meanwhile median ` +
      `${x.during.median.toFixed(0)} ms, p99 ${x.during.p99.toFixed(0)} ms`,
  );
  return `  tree reads on ${name}: median ${r.idle.median.toFixed(0)} ms idle; ${renders.join('; ')}`;
}
