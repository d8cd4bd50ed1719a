// The report's section on the plan document (scripts/bench/document.mjs measures it).
import { fmt, table } from './report-format.mjs';

export const DOCUMENT_HEADING = '### Plan document';

/** the goals the writers are held to */
const PDF_GOAL_MS = 2000;
const DOCX_GOAL_MS = 1000;
const PDF_VS_LIBREOFFICE = 0.5;

const kib = (bytes) => fmt(bytes / 1024);
const ms = (n) => fmt(n);
const met = (ok) => (ok ? '**pass**' : '**fail**');

function timingTable(d) {
  const lo = d.libreoffice;
  const render = (label, r) => [
    label,
    ms(r.coldMs),
    ms(r.warmMedianMs),
    String(r.warmMs.length),
    Number.isFinite(r.pages) ? fmt(r.pages) : '—',
    kib(r.bytes),
    fmt(r.rssBeforeMiB),
    `${fmt(r.peakColdMiB)}${r.peakReset ? '' : ' (since start)'}`,
    fmt(r.peakMiB),
  ];
  const loRow = lo.skipped
    ? ['LibreOffice: our DOCX → PDF', lo.skipped, '—', '—', '—', '—', '—', '—', '—']
    : [
        'LibreOffice: our DOCX → PDF (first: new profile; warm: second, same profile)',
        ms(lo.firstMs),
        ms(lo.secondMs),
        '1',
        fmt(lo.pages),
        kib(lo.bytes),
        'n/a',
        'n/a',
        'n/a',
      ];
  return table(
    [
      'Step',
      'Cold (ms)',
      'Warm, median (ms)',
      'Warm runs',
      'Pages',
      'File (KiB)',
      'RSS before (MiB)',
      'Peak RSS, cold (MiB)',
      'Peak RSS, cold + warm (MiB)',
    ],
    [
      [
        '`planDocument` (core: the tree)',
        '—',
        ms(d.pdf.treeMedianMs),
        String(d.pdf.treeMs.length),
        `${fmt(d.pdf.blocks)} blocks`,
        '—',
        '—',
        '—',
        '—',
      ],
      render('`writePdf` (Typst, tagged PDF/A-2a)', d.pdf),
      render('`writeDocx`', d.docx),
      loRow,
    ],
    ['l'],
  );
}

function goalsTable(d) {
  const lo = d.libreoffice;
  const pdf = d.pdf.warmMedianMs;
  const half = lo.skipped ? null : lo.secondMs * PDF_VS_LIBREOFFICE;
  return table(
    ['Goal', 'Measured', 'Result'],
    [
      [
        `PDF, cold (the first render of a plan in a process), under ${fmt(PDF_GOAL_MS)} ms`,
        `${ms(d.pdf.coldMs)} ms`,
        met(d.pdf.coldMs < PDF_GOAL_MS),
      ],
      [
        'PDF, cold, at most half of LibreOffice’s first conversion',
        lo.skipped
          ? lo.skipped
          : `${ms(d.pdf.coldMs)} ms vs ${ms(lo.firstMs)} ms (${fmt(d.pdf.coldMs / lo.firstMs, 2)}×)`,
        lo.skipped ? 'n/a' : met(d.pdf.coldMs <= lo.firstMs * PDF_VS_LIBREOFFICE),
      ],
      [`PDF, warm, under ${fmt(PDF_GOAL_MS)} ms`, `${ms(pdf)} ms`, met(pdf < PDF_GOAL_MS)],
      [
        'PDF, warm, at most half of LibreOffice’s second conversion',
        half === null
          ? lo.skipped
          : `${ms(pdf)} ms vs ${ms(lo.secondMs)} ms (${fmt(pdf / lo.secondMs, 2)}×)`,
        half === null ? 'n/a' : met(pdf <= half),
      ],
      [
        `DOCX, warm, under ${fmt(DOCX_GOAL_MS)} ms`,
        `${ms(d.docx.warmMedianMs)} ms`,
        met(d.docx.warmMedianMs < DOCX_GOAL_MS),
      ],
    ],
    ['l', 'l', 'l'],
  );
}

/** the plan document section, with the machine and the time it was measured on */
export function documentSection({ m, when, document: d }) {
  const head = `${DOCUMENT_HEADING}

Measured ${when} on ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average at start
${m.load.map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min), commit ${m.commit}.`;
  if (!d || d.failed) return `${head}\n\nNot measured: ${d?.failed ?? 'not run'}.`;
  const c = d.pdf.counts;
  const words = c.chapterWords;
  const plan = [
    `${fmt(c.objectives)} objectives with every field of their sheet`,
    `${fmt(c.actions)} actions (lead, partners, dates, milestones)`,
    `${fmt(c.allocations)} allocations from ${fmt(c.sources)} funding sources over 3 years`,
    `${fmt(c.indicators)} indicators with a baseline and a target for each year`,
    `${c.chapters} chapters of ${fmt(Math.min(...words))}–${fmt(Math.max(...words))} words`,
    `the demographic charts of ${c.municipalities} municipalities over ${c.years} years`,
  ];
  return `${head}

The plan: ${plan.slice(0, -1).join(', ')} and ${plan.at(-1)}.
RSS before is the child process's resident memory once the plan and its trees were built; peak RSS is its peak resident memory (\`VmHWM\`, reset at that moment) over the cold render alone, then over the cold and the warm ones: a process that renders again keeps growing while the compiler's caches fill.
Cold is the first render in a fresh process (the typesetting engine and the fonts start with it), as the first document of a plan after the server starts; warm renders are of the same plan after an edit (a sentence added to a chapter, a new draft time), as a draft is made again after a change: the engine lays out again only what changed.
LibreOffice's time is the whole \`soffice\` run, process start included, as an office would convert the file; it lays the DOCX out by itself, hence its own page count.

${timingTable(d)}

${goalsTable(d)}`;
}

/**
 * `md` with `heading`'s section (up to the next \`##\` or \`###\` heading) replaced by `section`;
 * a missing section goes before the heading `before`, or at the end.
 */
export function replaceSection(md, heading, section, before) {
  const start = md.indexOf(`${heading}\n`);
  if (start < 0) {
    const at = before ? md.indexOf(`${before}\n`) : -1;
    if (at < 0) return `${md.trimEnd()}\n\n${section}\n`;
    return `${md.slice(0, at)}${section}\n\n${md.slice(at)}`;
  }
  const next = md.slice(start + heading.length).search(/\n#{2,3} /);
  const end = next < 0 ? md.length : start + heading.length + next + 1;
  return `${md.slice(0, start)}${section}\n${next < 0 ? '' : `\n${md.slice(end)}`}`;
}
