import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block, PlanDocument } from '@pdz/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, hostileFixture, planFixture, spendingTable, wideMoneyTable } from './fixtures';
import { writePdf } from './pdf-writer';

// What a reader of the PDF would notice, checked with poppler and qpdf on the written file.

const dir = mkdtempSync(join(tmpdir(), 'pdz-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function save(pdf: Uint8Array): string {
  const path = join(dir, `doc-${files++}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

// stderr is kept out of the test output: poppler 22 warns about Typst's valid `/Suspects false`
const run = (cmd: string, ...args: string[]) =>
  execFileSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/**
 * The text of each page (pdftotext separates pages with a form feed); `layout` keeps the cells
 * of a table row on one line.
 */
function pages(path: string, layout = false): string[] {
  const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'];
  return run('pdftotext', ...args)
    .split('\f')
    .slice(0, -1);
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

function pdfInfo(path: string): Record<string, string> {
  const out = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
  return Object.fromEntries(
    out.split('\n').flatMap((line) => {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      return m ? [[m[1]!, m[2]!]] : [];
    }),
  );
}

interface Outline {
  title: string;
  kids: Outline[];
}
function bookmarks(path: string): string[] {
  const json = JSON.parse(run('qpdf', '--json', '--json-key=outlines', path)) as {
    outlines: Outline[];
  };
  const walk = (items: Outline[]): string[] => items.flatMap((o) => [o.title, ...walk(o.kids)]);
  return walk(json.outlines);
}

const headings = (doc: PlanDocument) =>
  doc.body.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');

describe('writePdf: the plan fixture as a draft', () => {
  const doc = planFixture(true);
  let path = '';
  let text: string[] = [];
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = writePdf(doc);
    path = save(bytes);
    text = pages(path);
  });

  it('is a sound PDF/A-2a, tagged, with the plan in its metadata', () => {
    expect(spawnSync('qpdf', ['--check', path]).status).toBe(0);
    const info = pdfInfo(path);
    expect(info.Title).toBe(doc.title);
    expect(info.Author).toBe(doc.author);
    expect(info.Subject).toBe(doc.subject);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('(A4)');
    expect(info.CreationDate).toContain('Dec  6 09:30:00 2026');
    expect(Number(info.Pages)).toBeGreaterThan(7);

    const qdf = join(dir, 'qdf.pdf');
    run('qpdf', '--qdf', '--object-streams=disable', path, qdf);
    const raw = readFileSync(qdf, 'latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(raw).toContain('/Lang (it)');
  });

  it('embeds every font, and only the document typefaces', () => {
    const rows = run('pdffonts', path).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/(SourceSans3|TitilliumWeb)-/);
      // columns: name type encoding emb sub uni object ID
      expect(row.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
    }
  });

  it('prints every heading, and outlines and bookmarks levels 1–2 only', () => {
    const all = flat(text.join(' '));
    for (const h of headings(doc)) expect(all).toContain(h.text);
    const outlined = headings(doc).filter((h) => h.outlined && h.level <= 2);
    expect(bookmarks(path)).toEqual(outlined.map((h) => h.text));
    // the table of contents (page 2) lists the same headings, and no other
    const contents = flat(text[1]!);
    expect(contents).toContain(doc.contentsTitle);
    for (const h of headings(doc)) expect(contents.includes(h.text)).toBe(outlined.includes(h));
  });

  it('keeps the cover free of header and page number, and numbers the other pages', () => {
    expect(text[0]).toContain(doc.cover.title);
    expect(text[0]).toContain(doc.cover.status);
    expect(text[0]).not.toContain(doc.runningHeader);
    expect(text[0]).not.toContain(doc.pageLabel);
    const total = text.length - 1;
    text.slice(1).forEach((page, i) => {
      expect(page).toContain(doc.runningHeader);
      expect(page).toContain(doc.footer);
      expect(page).toContain(`${doc.pageLabel} ${i + 1} di ${total}`);
    });
  });

  it('labels the pages as their footers number them, for viewers', () => {
    const json = JSON.parse(run('qpdf', '--json', '--json-key=pagelabels', path)) as {
      pagelabels: { index: number; label: { '/S'?: string; '/St'?: number } }[];
    };
    const [cover, first] = json.pagelabels;
    expect(cover).toMatchObject({ index: 0 });
    expect(cover!.label['/S']).toBeUndefined();
    expect(first).toMatchObject({ index: 1, label: { '/S': '/D', '/St': 1 } });
  });

  it('marks every page of a draft', () => {
    for (const page of text) expect(page).toContain(doc.draftMark);
  });

  it('repeats the header of a long table on every page it runs over, and ends with the totals', () => {
    const table = spendingTable();
    const spanned = text.filter((page) => /\bI\d{3}\b/.test(page));
    expect(spanned.length).toBeGreaterThan(2);
    for (const page of spanned) {
      for (const column of table.columns) expect(page).toContain(column.label);
    }
    const rows = pages(path, true).filter((page) => /\bI\d{3}\b/.test(page));
    expect(flat(rows.at(-1)!)).toContain(`Totale ${table.totals![3]} ${table.totals![4]}`);
    expect(flat(text.join(' '))).toContain('Nessun cofinanziamento nel triennio.');
  });

  it('prints the figures, dates and accents as written', () => {
    const all = flat(text.join(' '));
    for (const s of ['1.234.567,89 €', '06/12/2026', 'perché', 'città', 'demo.istat.it']) {
      expect(all).toContain(s);
    }
    // each chart is followed by its data table; the charts write their labels as text
    expect(all).toContain('Popolazione per classe di età');
    expect(all.split('Sant’Agata de’ Monti').length - 1).toBe(2);
    expect(flat(pages(path, true).join(' '))).toContain('2019 68.280 59.800');
  });

  it('gives the same bytes for the same document, also after another one', () => {
    expect(Buffer.from(writePdf(doc)).equals(Buffer.from(bytes))).toBe(true);
    const other = writePdf(planFixture(false));
    expect(Buffer.from(other).equals(Buffer.from(bytes))).toBe(false);
    expect(Buffer.from(writePdf(doc)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('writePdf: an approved version', () => {
  it('carries no draft mark, and the text of the version compiled after a draft', () => {
    writePdf(planFixture(true));
    const doc = planFixture(false);
    const text = pages(save(writePdf(doc)));
    for (const page of text) expect(page).not.toContain('BOZZA');
    expect(text[0]).toContain('Approvato dalla conferenza dei sindaci');
    expect(text.at(-1)).toContain('Versione 2');
  });
});

describe('writePdf: a table too wide for a portrait page', () => {
  it('prints every amount whole, on a landscape page', () => {
    const money = wideMoneyTable();
    const doc = planFixture(false);
    doc.body = [
      { kind: 'heading', level: 1, text: 'Risorse', outlined: true },
      { kind: 'table', table: money },
    ];
    const path = save(writePdf(doc));
    const text = pages(path, true).join('\n');
    const amounts = money.rows.flatMap((row) => row.slice(1));
    const printed = text.match(/\d{1,3}(?:\.\d{3})*,\d{2} €/g) ?? [];
    // a figure split over two lines, or its € sign on a line of its own, would not match
    expect(printed).toEqual(amounts);
    // the table's page is landscape, the others portrait
    const sizes = run('pdfinfo', '-f', '1', '-l', '9', path).match(/size: +[\d.]+ x [\d.]+/g);
    expect(sizes).toContain('size:  841.89 x 595.276');
    expect(sizes).toContain('size:  595.276 x 841.89');
  });
});

describe('writePdf: other settings', () => {
  it('writes page numbers in English for an English plan', () => {
    const doc = { ...planFixture(false), language: 'en' as const, pageLabel: 'Page' };
    const text = pages(save(writePdf(doc)));
    expect(text[1]).toContain(`Page 1 of ${text.length - 1}`);
  });

  it('refuses a document without a valid date', () => {
    expect(() => writePdf({ ...planFixture(false), createdAt: 'ieri' })).toThrow(/createdAt/);
  });
});

describe('writePdf: user text', () => {
  it('prints hostile text literally and never runs it', () => {
    const doc = hostileFixture();
    const path = save(writePdf(doc));
    const all = flat(pages(path).join(' '));
    for (const s of HOSTILE) expect(all).toContain(flat(s));
    expect(pdfInfo(path).Title).toBe(HOSTILE[0]);
    // what the fonts cannot draw becomes a box instead of breaking the export
    expect(all).toContain('faccina □ e ideogramma □ e campanello.');
  });

  it('keeps a heading with the paragraph that follows it', () => {
    // move a heading down the first page of a chapter one line at a time, across the page end:
    // at some point it must move to the next page together with its paragraph
    const headingPages = new Set<number>();
    for (let filler = 33; filler <= 41; filler++) {
      const doc = planFixture(false);
      doc.body = [
        { kind: 'heading', level: 1, text: 'Capitolo', outlined: true },
        ...Array.from({ length: filler }, (_, i): Block => ({
          kind: 'paragraph',
          content: [{ kind: 'text', text: `Riga ${i + 1}.` }],
        })),
        { kind: 'heading', level: 2, text: 'Titolo sentinella', outlined: true },
        { kind: 'paragraph', content: [{ kind: 'text', text: 'Testo dopo il titolo.' }] },
      ];
      const body = pages(save(writePdf(doc))).slice(2); // after the cover and the contents
      const page = body.findIndex((p) => p.includes('Titolo sentinella'));
      headingPages.add(page);
      expect(body[page], `with ${filler} lines before it`).toContain('Testo dopo il titolo.');
    }
    expect(headingPages.size, 'the heading crossed a page end').toBe(2);
  });
});
