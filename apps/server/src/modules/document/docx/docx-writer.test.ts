import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentOutline, type PlanDocument } from '@pdz/core';
import { escapeXml } from './docx-text';
import { writeDocx } from './docx-writer';
import { budgetTable, planFixture } from './fixtures';
import { HOSTILE, hostileFixture } from './hostile-fixture';
import { convertToPdf, docxParts, pdfPages } from './office-tools';

/**
 * The DOCX writer as a user meets its files: LibreOffice opens and prints them, the text on the
 * pages is the document's, a draft says so on every page, and Word finds real headings, repeated
 * table headers and a table of contents. One LibreOffice run converts all the files of this test.
 */

const draft = planFixture({ draft: true });
const final = planFixture({ draft: false });
const hostile = hostileFixture();

const files: Record<string, Uint8Array> = {};
const pages: Record<string, string[]> = {};
let cleanup: (() => Promise<void>) | undefined;

const flat = (s: string) => s.replace(/\s+/g, ' ');
const headings = (doc: PlanDocument) =>
  doc.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

beforeAll(async () => {
  files.draft = await writeDocx(draft);
  files.final = await writeDocx(final);
  files.hostile = await writeDocx(hostile);
  const converted = await convertToPdf(files);
  cleanup = converted.cleanup;
  for (const name of Object.keys(files)) pages[name] = await pdfPages(converted.pdf(name));
}, 120_000);

afterAll(async () => {
  await cleanup?.();
});

describe('the DOCX printed by LibreOffice', () => {
  it('has every heading, the totals and the Italian text', () => {
    const text = flat((pages.draft ?? []).join('\n'));
    for (const heading of headings(draft)) expect(text).toContain(heading);
    expect(text).toContain(budgetTable(120).totals?.[3]);
    expect(text).toContain('Totale 36.372 38.496');
    expect(text).toContain('1.234.567,89 €');
    expect(text).toContain('perché città');
    expect(text).toContain('06/12/2026');
    expect(text).toContain('Nessun intervento sospeso.');
    // the charts are drawn: their legends and Italian axis figures are on the pages too
    expect(text.match(/Spesa corrente/g)?.length).toBeGreaterThan(1);
    expect(text).toMatch(/1\.250\.000|1\.200\.000/);
    // each numbered list counts from its own start, nested ones included
    expect(text).toMatch(/3\. studenti fuori sede; 4\. lavoratori stagionali\./);
    expect(text).toMatch(/1\. spesa corrente; 2\. spesa in conto capitale\./);
  });

  it('fills the table of contents with the outlined headings only', () => {
    const contents = flat(pages.draft?.[1] ?? '');
    expect(contents).toContain('Indice');
    for (const { text } of documentOutline(draft)) expect(contents).toContain(text);
    expect(contents).not.toContain('Allegato tecnico');
    expect(contents).not.toContain('TOC');
  });

  it('marks every page of a draft, and none of an approved version', () => {
    const draftPages = pages.draft ?? [];
    expect(draftPages.length).toBeGreaterThan(6);
    draftPages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('BOZZA'));
    expect((pages.final ?? []).join('')).not.toContain('BOZZA');
  });

  it('prints the running header, the footer and the page numbers', () => {
    const finalPages = pages.final ?? [];
    const n = finalPages.length;
    expect(finalPages[0]).not.toContain(final.runningHeader);
    finalPages.slice(1).forEach((page, i) => {
      expect(page).toContain(final.runningHeader);
      expect(page).toContain(final.footer);
      expect(page).toContain(`Pagina ${i + 2} di ${n}`);
    });
  });

  it('carries hostile text through as text', () => {
    const text = flat((pages.hostile ?? []).join('\n'));
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(']]> fine & <b>bold</b>');
    expect(text).toContain('abcde');
    expect(text).toContain(HOSTILE.longWord.slice(0, 40));
  });
});

describe('the DOCX package', () => {
  it('uses Word heading styles, repeated table headers and a TOC field', async () => {
    const xml = (await docxParts(files.draft ?? new Uint8Array())).get('word/document.xml') ?? '';
    const styled = (style: string, text: string) =>
      new RegExp(`<w:pStyle w:val="${style}"/>(?:(?!</w:p>).)*${escape(text)}`).test(xml);
    for (const { level, text } of documentOutline(draft)) {
      expect(styled(`Heading${level}`, text), text).toBe(true);
    }
    expect(styled('Heading3', '1.1.1 Le famiglie')).toBe(true);
    expect(styled('Heading4', 'Famiglie unipersonali')).toBe(true);
    expect(styled('Heading2', 'Allegato tecnico')).toBe(false);
    const tables = draft.body.filter((b) => b.kind === 'table' || b.kind === 'chart').length;
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(tables - 1); // the empty one has no table
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/>/);
    expect(xml).toContain('TOC \\o &quot;1-2&quot; \\h');
    expect(xml).toContain('w:pgSz w:w="11906" w:h="16838"');
  });

  it('draws every chart as a native Word chart with its alternative text', async () => {
    const parts = await docxParts(files.draft ?? new Uint8Array());
    const xml = parts.get('word/document.xml') ?? '';
    const rels = parts.get('word/_rels/document.xml.rels') ?? '';
    const types = parts.get('[Content_Types].xml') ?? '';
    const charts = draft.body.flatMap((b) => (b.kind === 'chart' ? [b] : []));
    expect(charts.map((c) => c.chart.kind)).toEqual(['pyramid', 'lines', 'bars']);
    expect([...parts.keys()].filter((n) => n.startsWith('word/charts/'))).toEqual(
      charts.map((_c, i) => `word/charts/chart${i + 1}.xml`),
    );
    const element = { pyramid: '<c:barChart>', lines: '<c:lineChart>', bars: '<c:barChart>' };
    charts.forEach(({ chart, alt }, i) => {
      const n = i + 1;
      const part = parts.get(`word/charts/chart${n}.xml`) ?? '';
      expect(part).toContain(element[chart.kind]);
      expect(part).toContain('<c:legendPos val="b"/>');
      expect(rels).toContain(`Id="rIdChart${n}" Type="${CHART_REL}" Target="charts/chart${n}.xml"`);
      expect(types).toContain(
        `<Override PartName="/word/charts/chart${n}.xml" ContentType="${CHART_TYPE}"/>`,
      );
      expect(xml).toMatch(
        new RegExp(`<wp:docPr id="\\d+" name="[^"]*" descr="${escape(escapeXml(alt))}"/>`),
      );
      expect(xml).toContain(`<c:chart ${C_NS} ${R_NS} r:id="rIdChart${n}"/>`);
    });
    const pyramid = parts.get('word/charts/chart1.xml') ?? '';
    expect(pyramid).toContain('<c:barDir val="bar"/>');
    expect(pyramid).toContain('<c:overlap val="100"/>');
    expect(pyramid).toContain('<c:v>-4812</c:v>');
    expect(pyramid).toContain('<c:v>3877</c:v>');
    expect(pyramid).toContain('formatCode="[$-410]#,##0;#,##0"');
    expect(pyramid).toContain('<c:orientation val="maxMin"/>');
    const lines = parts.get('word/charts/chart2.xml') ?? '';
    expect(lines).toContain('<c:v>1234567.89</c:v>');
    expect(lines).toContain('<c:marker><c:symbol val="circle"/>');
    expect(lines).toContain('<c:dispBlanksAs val="gap"/>');
    const bars = parts.get('word/charts/chart3.xml') ?? '';
    expect(bars).toContain('<c:barDir val="col"/>');
    expect(bars).toContain('<c:v>Disabilità</c:v>');
    // the unknown figure (Minori) is left out: a gap, not a zero
    expect(bars).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>1210</c:v></c:pt>');
    expect(bars).not.toContain('<c:pt idx="2"><c:v>0</c:v>');
    expect(bars).toContain('<a:srgbClr val="0B4F8A"/>');
  });

  it('links only to web and mail addresses', async () => {
    const parts = await docxParts(files.hostile ?? new Uint8Array());
    const rels = parts.get('word/_rels/document.xml.rels') ?? '';
    expect(rels).not.toContain('javascript:');
    expect(rels).toContain('Id="rIdLink1"');
    expect(rels).toContain('Target="https://example.org/?a=1&amp;b=&lt;2&gt;"');
    expect(parts.get('word/document.xml')).toContain('r:id="rIdLink1"');
  });

  it('says what it is in its metadata', async () => {
    const parts = await docxParts(files.final ?? new Uint8Array());
    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toContain(`<dc:title>${final.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${final.author}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${final.author}</cp:lastModifiedBy>`);
    expect(core).toContain('piano di zona, servizi sociali');
    expect(core).toMatch(/<dcterms:created [^>]*>2026-12-06T09:30:00Z</);
    expect(parts.get('word/styles.xml')).toContain('w:lang w:val="it-IT"');
    expect(parts.get('word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('is the same bytes for the same document, whenever it is written', async () => {
    const first = await writeDocx(draft);
    // zip entries keep time in two-second steps: wait until the next step has begun
    const step = Math.floor(Date.now() / 2000);
    while (Math.floor(Date.now() / 2000) === step) await new Promise((r) => setTimeout(r, 50));
    const second = await writeDocx(draft);
    expect(sha256(second)).toBe(sha256(first));
    expect(sha256(first)).toBe(sha256(files.draft ?? new Uint8Array()));
    expect(sha256(first)).not.toBe(sha256(files.final ?? new Uint8Array()));
  });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const C_NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
