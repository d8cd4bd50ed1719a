// One format of the plan document benchmark, in a process of its own (started by document.mjs
// with `node --import tsx`), so that its peak memory is the render's alone and the first render
// is a real cold start (fonts, compiler, modules loaded on first use).
//
//   node --import tsx scripts/bench/document-render.ts <pdf|docx> <output file> <warm runs> <tree runs>
//
// Builds the synthetic plan (document-plan.ts), times `planDocument` (`tree runs` times, after one
// untimed call), renders the document once (cold: the first call in this process) and then
// `warm runs` more times, each time after a small edit (a sentence and the draft's time, as a
// draft is rendered again after a change), writes the first file to <output file> and prints one
// line `BENCH_RESULT {json}` with the timings and the memory.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { planDocument, type PlanDocument } from '@pdz/core';
import { writeDocx } from '../../apps/server/src/modules/document/docx/docx-writer';
import { writePdf } from '../../apps/server/src/modules/document/pdf/pdf-writer';
import { revised, syntheticDocumentInput } from './document-plan';
import { wordCount } from './document-prose';

const [format, output, warmArg, treeArg] = process.argv.slice(2);
if ((format !== 'pdf' && format !== 'docx') || !output) {
  throw new Error('usage: document-render.ts <pdf|docx> <output file> <warm runs> <tree runs>');
}
const warmRuns = Number(warmArg ?? 3);
const treeRuns = Number(treeArg ?? 0);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** VmRSS and VmHWM (the peak since the last reset) of this process, in KiB */
function memory(): { rss: number; hwm: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

/** resets VmHWM to the current RSS (Linux ≥ 4.0); false where that is not allowed */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

async function render(doc: PlanDocument): Promise<Uint8Array> {
  return format === 'pdf' ? writePdf(doc) : await writeDocx(doc);
}

async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

const built = await timed(() => syntheticDocumentInput());
const input = built.value;
const snapshot = input.snapshot;
const objectives = snapshot.areas.flatMap((a) => a.objectives);
const actions = objectives.flatMap((o) => o.actions);
const counts = {
  objectives: objectives.length,
  actions: actions.length,
  allocations: snapshot.budget?.allocations.length ?? 0,
  sources: new Set(snapshot.budget?.availability.map((a) => a.sourceCode)).size,
  indicators:
    objectives.reduce((n, o) => n + (o.indicators?.length ?? 0), 0) +
    actions.reduce((n, a) => n + (a.indicators?.length ?? 0), 0),
  chapters: snapshot.chapters?.length ?? 0,
  chapterWords: (snapshot.chapters ?? []).map((c) => wordCount(c.body)),
  municipalities: input.territory.demography.municipalities.length,
  years: input.territory.demography.years.length,
};

// the tree: one untimed call (module loading, JIT), then the timed ones
const doc = planDocument(input, 'it');
const treeMs: number[] = [];
for (let i = 0; i < treeRuns; i++) treeMs.push((await timed(() => planDocument(input, 'it'))).ms);
// the edited documents of the warm runs, built before anything is timed
const edits = Array.from({ length: warmRuns }, (_, i) => planDocument(revised(input, i + 1), 'it'));

const before = memory();
const peakReset = resetPeak();
const cold = await timed(() => render(doc));
const afterCold = memory();
writeFileSync(output, cold.value);
const warmMs: number[] = [];
const sizes = [cold.value.length];
for (const edited of edits) {
  const run = await timed(() => render(edited));
  warmMs.push(run.ms);
  sizes.push(run.value.length);
}
const after = memory();

const result = {
  format,
  counts,
  inputMs: built.ms,
  blocks: doc.body.length,
  treeMs,
  treeMedianMs: median(treeMs),
  coldMs: cold.ms,
  warmMs,
  warmMedianMs: median(warmMs),
  bytes: cold.value.length,
  sizes,
  rssBeforeMiB: before.rss / 1024,
  // the peak of the cold render alone, then of all of them (the compiler's caches grow)
  peakColdMiB: afterCold.hwm / 1024,
  peakMiB: after.hwm / 1024,
  peakReset,
  // getrusage: the peak since the process started (KiB on Linux)
  maxRssMiB: process.resourceUsage().maxRSS / 1024,
};
console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
