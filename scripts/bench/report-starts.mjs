// The report's sections on start-to-ready and on the population import.
import { median, fmt, table, noteRow } from './report-format.mjs';

/** `starts`: { cold, warm } on PGlite; `pg`: { cold, warm } or { skipped } */
function startsTable(starts, pg) {
  const row = (label, runs) => {
    const ready = runs.map((r) => r.readyMs);
    const self = runs.map((r) => r.selfReportedMs).filter(Number.isFinite);
    const rss = runs.map((r) => r.rssMiB).filter(Number.isFinite);
    return [
      label,
      String(runs.length),
      fmt(Math.min(...ready)),
      fmt(median(ready)),
      fmt(Math.max(...ready)),
      self.length ? fmt(median(self)) : 'n/a',
      rss.length ? fmt(median(rss)) : 'n/a',
      rss.length ? `${fmt(Math.min(...rss))}–${fmt(Math.max(...rss))}` : 'n/a',
    ];
  };
  const pgCold = 'PostgreSQL first start (empty database: migrations + demo seed)';
  const pgWarm = 'PostgreSQL second start (same database)';
  const pgRows = pg.skipped
    ? [noteRow(pgCold, pg.skipped, 8), noteRow(pgWarm, pg.skipped, 8)]
    : [row(pgCold, pg.cold), row(pgWarm, pg.warm)];
  return table(
    [
      'start',
      'runs',
      'min ms',
      'median ms',
      'max ms',
      'server-reported median ms',
      'RSS at ready, median (MiB)',
      'RSS at ready, min–max (MiB)',
    ],
    [
      row('PGlite first start (fresh DATA_DIR: new database, migrations + demo seed)', starts.cold),
      row('PGlite second start (same DATA_DIR)', starts.warm),
      ...pgRows,
    ],
    ['l'],
  );
}

const STARTS_HEADING = '### Start-to-ready';

/** the start-to-ready section, with the machine and the time it was measured on */
export function startsSection({ m, when, starts, pg }) {
  const where = pg.skipped ? pg.skipped : `PostgreSQL ${pg.version} at ${pg.where}`;
  return `${STARTS_HEADING}

Measured ${when} on ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average at start
${m.load.map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min), commit ${m.commit}; ${where}.

${startsTable(starts, pg)}`;
}

/** `md` with its start-to-ready section (up to the next heading) replaced by `section` */
export function replaceStartsSection(md, section) {
  const start = md.indexOf(`${STARTS_HEADING}\n`);
  if (start < 0) throw new Error(`no "${STARTS_HEADING}" section to replace`);
  const next = md.slice(start + STARTS_HEADING.length).search(/\n#{2,3} /);
  const end = next < 0 ? md.length : start + STARTS_HEADING.length + next + 1;
  return `${md.slice(0, start)}${section}\n${next < 0 ? '' : `\n${md.slice(end)}`}`;
}

/** the population import: `population` is { file, results } or { failed } */
export function populationTables(population) {
  if (!population || population.failed) {
    return `Not measured: ${population?.failed ?? 'not run'}.`;
  }
  const { file, results } = population;
  const rows = results.map((r) => [
    r.name,
    fmt(r.importMs / 1000, 1),
    fmt(file.rows / (r.importMs / 1000)),
    `${fmt(r.imported)} / ${fmt(r.skipped)}`,
    `${fmt(r.peakMiB)}${r.peakReset ? '' : ' (since start)'}`,
    fmt(r.rssBeforeMiB),
    fmt(r.indicatorsMs, 1),
  ]);
  return `File: ${fmt(file.municipalities)} municipalities × ages 0–100 × 2 sexes = ${fmt(file.rows)} rows, ${fmt(file.bytes / 1024 / 1024, 1)} MiB, streamed to the import endpoint; the Pavia district keeps its 12 municipalities' rows and skips the others. Peak RSS is the server's VmHWM during the import (reset just before), beside its RSS before it.

${table(
  [
    'Database',
    'Import (s)',
    'Rows/s',
    'Imported / skipped',
    'Peak RSS (MiB)',
    'RSS before (MiB)',
    'District indicators (ms, median)',
  ],
  rows,
  ['l'],
)}`;
}
