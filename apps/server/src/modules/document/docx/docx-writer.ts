import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import type { PlanDocument } from '@pdz/core';
import { CHART_CONTENT_TYPE, CHART_REL_TYPE, chartPartName, chartPartXml } from './docx-charts';
import { contentsField } from './docx-contents';
import { bodyXml } from './docx-blocks';
import { coverBlocks, coverHeader, pageFooter, pageHeader } from './docx-page';
import { PAGE, STYLE, documentStyles, numberingConfig } from './docx-theme';
import { textRuns, xmlSafe } from './docx-text';
import type { BodyContext } from './docx-xml';
import { assembleDocx } from './docx-zip';

/** The text of the paragraph that holds the body's place until the package is assembled. */
const BODY_MARKER = 'pdz-docx-body-placeholder';
const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * The plan document as a Word file: a cover section, then the table of contents and the body in
 * a second section with the running header and the footer. The `docx` package writes the
 * skeleton (styles, numbering, headers and footers, the cover, the contents, the properties);
 * the body, nearly all of the file, is written as WordprocessingML by `docx-blocks.ts` and put in
 * place by `assembleDocx`. The same document always gives the same bytes.
 */
export async function writeDocx(doc: PlanDocument): Promise<Uint8Array> {
  const lang = doc.language === 'it' ? 'it-IT' : 'en-GB';
  const ctx: BodyContext = { lists: [], numIds: new Map(), links: [], charts: [] };
  const body = bodyXml(doc.body, ctx);
  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    margin: {
      top: PAGE.top,
      bottom: PAGE.bottom,
      left: PAGE.margin,
      right: PAGE.margin,
      header: PAGE.headerFooter,
      footer: PAGE.headerFooter,
    },
  };
  const file = new Document({
    title: xmlSafe(doc.title),
    creator: xmlSafe(doc.author),
    lastModifiedBy: xmlSafe(doc.author),
    subject: xmlSafe(doc.subject),
    keywords: xmlSafe(doc.keywords.join(', ')),
    revision: 1,
    styles: documentStyles(lang),
    numbering: numberingConfig(ctx.lists),
    // Word then offers to update the fields on opening, which fills in the table of contents
    features: { updateFields: true },
    sections: [
      {
        properties: { page },
        headers: { default: coverHeader(doc) },
        children: coverBlocks(doc),
      },
      {
        properties: { page },
        headers: { default: pageHeader(doc) },
        footers: { default: pageFooter(doc) },
        children: [
          new Paragraph({ style: STYLE.contentsHeading, children: textRuns(doc.contentsTitle) }),
          contentsField(doc),
          new Paragraph({ text: BODY_MARKER }),
        ],
      },
    ],
  });
  registerBodyReferences(file, ctx);
  const skeleton = await skeletonParts(file);
  const marker = `<w:p><w:r><w:t xml:space="preserve">${BODY_MARKER}</w:t></w:r></w:p>`;
  const charts = ctx.charts.map((chart, i) => ({
    name: chartPartName(i + 1),
    data: chartPartXml(chart),
    contentType: CHART_CONTENT_TYPE,
  }));
  return assembleDocx(skeleton, { marker, xml: body }, documentDate(doc.createdAt), charts);
}

/** The compiler behind `Packer`: it gives the parts of the package as a zip not yet compressed. */
const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document) => JSZip } })
  .compiler;

/**
 * The parts the package writes. Through `Packer` they would be deflated only to be inflated
 * again by `assembleDocx` (a tenth of the whole time); its compiler, when it is there, hands them
 * over as they are.
 */
async function skeletonParts(file: Document): Promise<JSZip> {
  if (typeof compiler?.compile === 'function') return compiler.compile(file);
  return JSZip.loadAsync(await Packer.toBuffer(file));
}

/**
 * The numbering instances and hyperlink relationships the body refers to, made in the package
 * with the ids the body already carries (checked: a change in how the package counts must fail
 * here, not give a file whose lists point at the wrong numbering).
 */
function registerBodyReferences(file: Document, ctx: BodyContext): void {
  for (const [reference, numId] of ctx.numIds) {
    file.Numbering.createConcreteNumberingInstance(reference, 0);
    const made = file.Numbering.ConcreteNumbering.find(
      (n) => n.reference === reference && n.instance === 0,
    );
    if (made?.numId !== numId) {
      throw new Error(`docx: list ${reference} numbered ${made?.numId}, expected ${numId}`);
    }
  }
  // the package puts "rId" before the id it is given
  ctx.links.forEach((href, i) =>
    file.Document.Relationships.createRelationship(`Link${i + 1}`, HYPERLINK, href, 'External'),
  );
  // the package's list of relationship types has no charts; the targets are relative to
  // word/document.xml
  const relationships = file.Document.Relationships;
  const chartType = CHART_REL_TYPE as Parameters<typeof relationships.createRelationship>[1];
  ctx.charts.forEach((_chart, i) =>
    relationships.createRelationship(
      `Chart${i + 1}`,
      chartType,
      chartPartName(i + 1).replace(/^word\//, ''),
    ),
  );
}

/** The document's date; an unreadable one falls back to a fixed epoch rather than "now". */
function documentDate(iso: string): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : date;
}
