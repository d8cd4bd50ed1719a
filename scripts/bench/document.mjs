// The plan document of `npm run bench`: a synthetic plan of about 200 pages (document-plan.ts,
// built in memory) rendered by the server's writers, each format in a child process of its own
// (document-render.ts: timings, peak memory), then our DOCX converted to PDF by LibreOffice,
// the yardstick for the PDF writer (what an office would otherwise do to get a PDF).
//
//   BENCH_DOCUMENT_RUNS=3      warm renders of each format (after the cold one)
//   BENCH_DOCUMENT_KEEP=<dir>  also copy the files made (PDF, DOCX, LibreOffice's PDF) there
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KEEP, DOCUMENT_RUNS, DOCUMENT_TREE_RUNS, OUTPUT } from './config.mjs';
import { addCleanup, launch, makeTempDir, stop } from './processes.mjs';
import { machine } from './report.mjs';
import { DOCUMENT_HEADING, documentSection, replaceSection } from './report-document.mjs';

const RENDER_ENTRY = fileURLToPath(new URL('./document-render.ts', import.meta.url));
/** a child that takes longer than this is stopped and the section fails */
const RENDER_DEADLINE_MS = 240_000;
const SOFFICE = 'soffice';
const SOFFICE_DEADLINE_MS = 180_000;

/** runs document-render.ts for one format; resolves its BENCH_RESULT */
async function renderInChild(format, output, treeRuns) {
  const proc = launch(
    ['--import', 'tsx', RENDER_ENTRY, format, output, String(DOCUMENT_RUNS), String(treeRuns)],
    { ...process.env },
  );
  // unref'd: the child keeps the loop alive, the timer alone must not
  const timeout = sleep(RENDER_DEADLINE_MS, 'timeout', { ref: false });
  if ((await Promise.race([proc.exited, timeout])) === 'timeout') {
    await stop(proc);
    throw new Error(`${format}: the render took over ${RENDER_DEADLINE_MS} ms`);
  }
  const { code, signal } = await proc.exited;
  const line = /^BENCH_RESULT (.*)$/m.exec(proc.output())?.[1];
  if (code !== 0 || !line) {
    throw new Error(`${format} render failed (${code ?? signal}):\n${proc.output().slice(-4000)}`);
  }
  return JSON.parse(line);
}

/** `pdfinfo`'s page count of a PDF; NaN when poppler is missing or fails */
function pageCount(path) {
  try {
    const out = execFileSync('pdfinfo', [path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    });
    return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  } catch {
    return NaN;
  }
}

/**
 * One LibreOffice conversion of `docx` to PDF in `outDir`, with the profile in `profile`. soffice
 * is a launcher that starts soffice.bin: it runs in a process group of its own, killed whole on a
 * timeout, at the end and on the bench's own cleanup.
 */
async function convertWithLibreOffice(docx, outDir, profile) {
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${profile}`,
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    docx,
  ];
  const t0 = performance.now();
  const child = spawn(SOFFICE, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const killGroup = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  };
  const unregister = addCleanup(async () => killGroup(), killGroup);
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString('utf8')).slice(-8192));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => {
    child.on('error', (err) => resolve({ error: err }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  try {
    const timeout = sleep(SOFFICE_DEADLINE_MS, 'timeout', { ref: false });
    const end = await Promise.race([exited, timeout]);
    const ms = performance.now() - t0;
    if (end === 'timeout') throw new Error(`LibreOffice took over ${SOFFICE_DEADLINE_MS} ms`);
    if (end.error) throw new Error(`LibreOffice could not be started: ${end.error.message}`);
    const pdf = join(outDir, 'plan.pdf');
    if (end.code !== 0 || !safeSize(pdf)) {
      throw new Error(`LibreOffice failed (${end.code ?? end.signal}): ${output.slice(-2000)}`);
    }
    return { ms, pdf };
  } finally {
    killGroup(); // whatever the launcher left behind
    unregister();
  }
}

const safeSize = (path) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** the first conversion (a new profile) and the second (the same profile, files cached) */
async function measureLibreOffice(docx, dir) {
  let version = 'unknown';
  try {
    version = execFileSync(SOFFICE, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
    }).trim();
  } catch {
    return { skipped: `not measured: \`${SOFFICE}\` is not installed or does not start` };
  }
  const profile = join(dir, 'soffice-profile');
  const first = await convertWithLibreOffice(docx, join(dir, 'lo-first'), profile);
  console.log(`    LibreOffice, first conversion (new profile): ${Math.round(first.ms)} ms`);
  const second = await convertWithLibreOffice(docx, join(dir, 'lo-second'), profile);
  console.log(`    LibreOffice, second conversion (same profile): ${Math.round(second.ms)} ms`);
  return {
    version,
    firstMs: first.ms,
    secondMs: second.ms,
    pages: pageCount(second.pdf),
    bytes: safeSize(second.pdf),
    pdf: second.pdf,
  };
}

const summary = (r) =>
  `cold ${Math.round(r.coldMs)} ms, warm median ${Math.round(r.warmMedianMs)} ms ` +
  `(${r.warmMs.length} run${r.warmMs.length === 1 ? '' : 's'}), ${r.bytes} bytes, ` +
  `peak RSS ${Math.round(r.peakColdMiB)} MiB cold, ${Math.round(r.peakMiB)} MiB with the warm runs`;

/** the whole section; { failed } when the writers fail (LibreOffice failing is kept apart) */
export async function measureDocument() {
  try {
    const dir = makeTempDir('pdz-bench-doc-');
    const pdfPath = join(dir, 'plan.pdf');
    const docxPath = join(dir, 'plan.docx');
    console.log(`  PDF: a child process, one cold and ${DOCUMENT_RUNS} warm renders`);
    const pdf = await renderInChild('pdf', pdfPath, DOCUMENT_TREE_RUNS);
    pdf.pages = pageCount(pdfPath);
    console.log(`    planDocument: median ${Math.round(pdf.treeMedianMs)} ms`);
    console.log(`    ${summary(pdf)}, ${pdf.pages} pages`);
    console.log(`  DOCX: a child process, one cold and ${DOCUMENT_RUNS} warm renders`);
    const docx = await renderInChild('docx', docxPath, 0);
    console.log(`    ${summary(docx)}`);
    console.log('  LibreOffice: our DOCX to PDF');
    let libreoffice;
    try {
      libreoffice = await measureLibreOffice(docxPath, dir);
      if (libreoffice.skipped) console.log(`    ${libreoffice.skipped}`);
      else console.log(`    ${libreoffice.pages} pages`);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      console.error(`  LibreOffice failed: ${why}`);
      libreoffice = { skipped: `failed: ${why.split('\n')[0]}` };
    }
    if (DOCUMENT_KEEP) keepFiles(DOCUMENT_KEEP, { pdfPath, docxPath, libreoffice });
    return { runs: DOCUMENT_RUNS, treeRuns: DOCUMENT_TREE_RUNS, pdf, docx, libreoffice };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    console.error(`  plan document failed: ${why}`);
    process.exitCode = 1;
    return { failed: why.split('\n')[0] };
  }
}

/** BENCH_DOCUMENT_KEEP: copies the files out of the temporary folder (a failure only warns) */
function keepFiles(dir, { pdfPath, docxPath, libreoffice }) {
  try {
    mkdirSync(dir, { recursive: true });
    copyFileSync(pdfPath, join(dir, 'plan.pdf'));
    copyFileSync(docxPath, join(dir, 'plan.docx'));
    if (libreoffice.pdf) copyFileSync(libreoffice.pdf, join(dir, 'plan-libreoffice.pdf'));
    console.log(`  kept the files in ${dir}`);
  } catch (err) {
    console.error(
      `  could not keep the files in ${dir}: ${err instanceof Error ? err.message : err}`,
    );
  }
}

/**
 * BENCH_ONLY=document: this section alone; prints it and replaces it in the report (or adds it
 * before the back office size), leaving the other sections as they were
 */
export async function documentOnly() {
  const m = machine();
  const when = new Date().toISOString();
  console.log(`bench ${when} on ${m.cpu} (${m.cores} cores), Node ${m.node}`);
  console.log(`\nplan document: PDF and DOCX of a synthetic plan, beside LibreOffice`);
  const section = documentSection({ m, when, document: await measureDocument() });
  console.log(`\n${section}\n`);
  const md = readFileSync(OUTPUT, 'utf8');
  writeFileSync(OUTPUT, replaceSection(md, DOCUMENT_HEADING, section, '### Back office size'));
  console.log(`replaced the plan document section of ${OUTPUT}`);
}
