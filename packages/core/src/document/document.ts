/**
 * The plan document as a neutral tree: what goes in and in which order, with every figure already
 * formatted as the reader sees it (Italian numbers, `1.234,56 €`, `dd/mm/yyyy`). The PDF and the
 * DOCX writers are two renderers of this one tree, so they cannot disagree about the content;
 * they only decide how it looks.
 */

/** A run of text inside a paragraph, a list item or a table cell. */
export type Inline =
  | { kind: 'text'; text: string; strong?: boolean; emphasis?: boolean; code?: boolean }
  | { kind: 'link'; href: string; content: Inline[] }
  | { kind: 'lineBreak' };

export interface DocColumn {
  label: string;
  /** right-aligned figures */
  numeric: boolean;
  /** the full name when `label` is a code */
  description?: string;
}

/** A table whose header row repeats on every page it runs over. Cells are already formatted. */
export interface DocTable {
  caption: string;
  columns: DocColumn[];
  rows: string[][];
  /** the totals row, shown last and in bold */
  totals?: string[];
  /** what to say instead of an empty table */
  empty?: string;
}

/** A series of figures; null where the figure is unknown. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

/**
 * Charts are drawn as vector graphics by each writer from these figures; the same figures are
 * always printed beside them as a table (`Block.chart.table`).
 */
export type Chart =
  | {
      /** age pyramid: one bar per age band, males to the left, females to the right; the
       *  categories are in drawing order, top to bottom (the oldest band first) */
      kind: 'pyramid';
      categories: string[];
      left: ChartSeries;
      right: ChartSeries;
    }
  | { kind: 'lines'; categories: string[]; series: ChartSeries[]; unit: string }
  | { kind: 'bars'; categories: string[]; series: ChartSeries[]; unit: string };

/** Heading levels: 1 chapter or part, 2 section or objective sheet, 3–4 inside them. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  | {
      kind: 'heading';
      level: HeadingLevel;
      text: string;
      /** levels 1 and 2 appear in the table of contents and as PDF bookmarks */
      outlined: boolean;
    }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; table: DocTable }
  /** label–value pairs, as the fields of an objective sheet */
  | { kind: 'fields'; caption: string; rows: { label: string; value: string }[] }
  | { kind: 'chart'; title: string; alt: string; chart: Chart; table: DocTable }
  | { kind: 'note'; text: string }
  | { kind: 'pageBreak' };

export interface DocumentCover {
  /** "Piano di Zona 2012–2014" */
  title: string;
  /** the plan's own title; empty when it would only repeat `title` */
  subtitle: string;
  district: string;
  /** label and value pairs: municipalities, lead body, period, status */
  facts: { label: string; value: string }[];
  /** the approval or "Bozza del …" line */
  status: string;
}

export interface PlanDocument {
  language: 'it' | 'en';
  /** the document title in the file's metadata */
  title: string;
  /** the district: the file's author */
  author: string;
  subject: string;
  keywords: string[];
  /** on every page but the cover */
  runningHeader: string;
  /** on every page: the draft's date and time, or the version and its fingerprint */
  footer: string;
  /** a draft carries "BOZZA" on every page */
  draft: boolean;
  /** the word printed across a draft's pages */
  draftMark: string;
  /** the heading of the table of contents */
  contentsTitle: string;
  /** "Pagina" / "Page" before page numbers */
  pageLabel: string;
  /**
   * The moment the file says it was made (PDF and DOCX metadata), as an ISO timestamp: the
   * approval's decision day for a frozen version (so that it renders to the same bytes), the
   * moment of the request for a draft.
   */
  createdAt: string;
  cover: DocumentCover;
  body: Block[];
}

/** The headings of a document in order: the table of contents and the PDF bookmarks. */
export function documentOutline(doc: PlanDocument): { level: HeadingLevel; text: string }[] {
  return doc.body.flatMap((b) =>
    b.kind === 'heading' && b.outlined ? [{ level: b.level, text: b.text }] : [],
  );
}

/** Plain text of inline runs (alt texts, tests, the outline). */
export function inlineText(content: readonly Inline[]): string {
  return content
    .map((i) => (i.kind === 'text' ? i.text : i.kind === 'link' ? inlineText(i.content) : '\n'))
    .join('');
}
