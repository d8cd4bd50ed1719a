import { BuilderElement, FileChild, TextRun, type XmlComponent } from 'docx';
import { documentOutline, type PlanDocument } from '@pdz/core';
import { STYLE } from './docx-theme';
import { xmlSafe } from './docx-text';

/**
 * The table of contents as a real Word TOC field (`TOC \o "1-2" \h`, marked dirty so that Word
 * offers to update it on opening), with the outline already written as the field's result.
 *
 * The `docx` package's own `TableOfContents` leaves the result empty, and LibreOffice does not
 * compute it when it converts a file: it printed the bare field code instead. Writing the
 * headings (without page numbers, which only a layout engine knows) means no reader ever sees an
 * empty contents page, while Word or LibreOffice's "Update index" still rebuilds it in full.
 */
export function contentsField(doc: PlanDocument): FileChild {
  const entries = documentOutline(doc).filter((e) => e.level <= 2);
  const begin = [
    fieldChar('begin', true),
    el('w:r', {}, [
      new BuilderElement({
        name: 'w:instrText',
        attributes: { space: { key: 'xml:space', value: 'preserve' } },
      }).addChildElement(INSTRUCTION),
    ]),
    fieldChar('separate'),
  ];
  const end = [fieldChar('end')];
  const paragraphs =
    entries.length === 0
      ? [paragraph(STYLE.toc1, [...begin, ...end])]
      : entries.map((entry, i) =>
          paragraph(entry.level === 1 ? STYLE.toc1 : STYLE.toc2, [
            ...(i === 0 ? begin : []),
            new TextRun(xmlSafe(entry.text)),
            ...(i === entries.length - 1 ? end : []),
          ]),
        );
  return new ContentsBlock(xmlSafe(doc.contentsTitle), paragraphs);
}

/** A structured document tag as Word writes around its tables of contents. */
class ContentsBlock extends FileChild {
  constructor(alias: string, paragraphs: XmlComponent[]) {
    super('w:sdt');
    this.root.push(
      el('w:sdtPr', {}, [
        el('w:alias', { val: alias }),
        el('w:docPartObj', {}, [
          el('w:docPartGallery', { val: 'Table of Contents' }),
          el('w:docPartUnique', {}),
        ]),
      ]),
      el('w:sdtContent', {}, paragraphs),
    );
  }
}

const INSTRUCTION = ' TOC \\o "1-2" \\h ';

function paragraph(style: string, runs: XmlComponent[]): XmlComponent {
  return el('w:p', {}, [el('w:pPr', {}, [el('w:pStyle', { val: style })]), ...runs]);
}

function fieldChar(type: 'begin' | 'separate' | 'end', dirty = false): XmlComponent {
  return el('w:r', {}, [
    new BuilderElement<{ type: string; dirty?: boolean }>({
      name: 'w:fldChar',
      attributes: {
        type: { key: 'w:fldCharType', value: type },
        ...(dirty ? { dirty: { key: 'w:dirty', value: true } } : {}),
      },
    }),
  ]);
}

/** An element with `w:`-prefixed string attributes. */
function el(name: string, attrs: Record<string, string>, children: XmlComponent[] = []) {
  const attributes = Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k, { key: `w:${k}`, value: v }]),
  );
  return new BuilderElement({ name, attributes, children });
}
