import mammoth from 'mammoth';
import { parseFragment } from 'parse5';
import {
  NotKeptTally,
  guessFileKind,
  htmlToMarkdown,
  textLimits,
  type HtmlNode,
  type WordImportProblem,
  type WordImportResult,
} from '@pdz/core';
import {
  ArchiveTooLarge,
  checkOfficeArchive,
  officeArchiveLimits,
  type OfficeArchive,
} from '../../platform/office-archive';

/**
 * A DOCX turned into a chapter's Markdown. The archive is checked first (size, entries, what it
 * expands to) without inflating it whole; mammoth reads it into HTML without pictures or
 * embedded style maps, and core writes the Markdown. Whatever is left out is counted: footnotes
 * and comments as mammoth reads them, tracked changes, text boxes and charts from the document
 * part itself, styles and elements from mammoth's warnings, pictures and formatting from the
 * HTML.
 */

/** A file refused with the reason the user reads (400 VALIDATION_FAILED). */
export class WordFileRefused extends Error {
  constructor(readonly problem: WordImportProblem) {
    super(problem.code);
  }
}

/** Lists of every level Word has (mammoth's own rules stop at five), before any style rule. */
const listRules = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((level) => {
  const parents = 'ul|ol > li > '.repeat(level - 1);
  return [
    `p:unordered-list(${level}) => ${parents}ul > li:fresh`,
    `p:ordered-list(${level}) => ${parents}ol > li:fresh`,
  ];
});

/** Headings and quotations in the names Word gives them in Italian, beside mammoth's own. */
const styleMap = [
  ...listRules,
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Titolo ${n}'] => h${n}:fresh`),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titolo'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Sottotitolo'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Citazione'] => blockquote > p:fresh",
  "p[style-name='Citazione intensa'] => blockquote > p:fresh",
  // plain paragraphs under other names: their text is all there is to keep
  ...['List Paragraph', 'Paragrafo elenco', 'No Spacing', 'Nessuna spaziatura', 'Body Text']
    .concat(['Corpo testo', 'Normal (Web)', 'Normale (Web)', 'Standard', 'Text Body'])
    .map((name) => `p[style-name='${name}'] => p:fresh`),
  // underlined text is kept, without the underline: the HTML says where it was
  'u => u',
];

/**
 * mammoth reads the whole document at once (on a thread of its own: word.worker.ts), and its time
 * and memory grow with the paragraphs and runs it reads (about 40 µs a run): beyond these bounds,
 * more than a chapter of 200,000 characters needs even when Word has cut its text into many
 * runs, a file is refused before mammoth starts (the worst file within them takes about two
 * seconds of that thread).
 */
export const contentLimits = {
  /** the XML parts mammoth may read, together (pictures are never read) */
  xmlBytes: 8 * 1024 * 1024,
  /** paragraphs, runs and table cells of the document part */
  elements: 50_000,
};

const wordMain =
  /(wordprocessingml\.(document|template)\.main|ms-word\.(document|template)\.macroEnabled(Template)?\.main)\+xml/;

/** The main document part, as [Content_Types].xml names it. */
function mainPart(archive: OfficeArchive): string | undefined {
  const types = archive.files.get('[Content_Types].xml')?.toString('utf8') ?? '';
  for (const override of types.match(/<Override\b[^>]*>/g) ?? []) {
    if (!wordMain.test(override)) continue;
    const name = /PartName="\/?([^"]+)"/.exec(override)?.[1];
    if (name) return name;
  }
  return undefined;
}

async function checkedArchive(buffer: Buffer): Promise<{ archive: OfficeArchive; main: string }> {
  let archive: OfficeArchive;
  try {
    // the part list and the parts mammoth may read: the document, its styles, numbering, notes,
    // comments and relationships (not pictures, nor the glossary of a template's building blocks)
    archive = await checkOfficeArchive(buffer, officeArchiveLimits, (name) =>
      /^(\[Content_Types\]\.xml|_rels\/\.rels|[^/]+\/(_rels\/)?[^/]+\.(xml|rels))$/i.test(name),
    );
  } catch (e) {
    if (e instanceof ArchiveTooLarge)
      throw new WordFileRefused({ code: 'expandsTooMuch', max: e.maxMegabytes });
    throw refused(buffer);
  }
  const main = mainPart(archive);
  if (!main || !archive.files.has(main)) throw refused(buffer, archive.names);
  const xmlBytes = [...archive.files.values()].reduce((sum, file) => sum + file.length, 0);
  if (xmlBytes > contentLimits.xmlBytes) throw new WordFileRefused({ code: 'contentTooLarge' });
  return { archive, main };
}

/** The characters of the document's text (one branch of alternative content): a lower bound. */
function textLength(xml: string): number {
  let length = 0;
  const text = xml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '');
  for (const m of text.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) length += m[1]!.length;
  return length;
}

function tooLong(actual: number): WordFileRefused {
  return new WordFileRefused({ code: 'tooLong', max: textLimits.document, actual });
}

function refused(buffer: Buffer, names: string[] = []): WordFileRefused {
  const guess = guessFileKind(buffer.subarray(0, 8), names);
  return new WordFileRefused({ code: 'notAWordFile', ...(guess ? { guess } : {}) });
}

/** How many times a global pattern occurs (without holding every match). */
function count(xml: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(xml)) n++;
  return n;
}

/** What mammoth leaves out of the document part without a word. */
function tallyDocumentPart(xml: string, tally: NotKeptTally): void {
  tally.add('trackedChange', count(xml, /<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange)[\s>/]/g));
  // a text box is written twice (for new and for old Word): count the one that is there most
  tally.add('textBox', Math.max(count(xml, /<wps:txbx[\s>]/g), count(xml, /<v:textbox[\s>]/g)));
  tally.add('chart', count(xml, /<c:chart[\s>/]/g) + count(xml, /<dgm:relIds[\s>/]/g));
}

const styleWarning = /^Unrecognised (\w+) style: '(.*)' \(Style ID: (.*)\)$/;
const elementWarning = /^An unrecognised element was ignored: (.+)$/;

/** mammoth's warnings: styles and elements it did not know, anything else as it says it. */
function tallyMessages(messages: { type: string; message: string }[], tally: NotKeptTally): void {
  for (const { message } of messages) {
    const style = styleWarning.exec(message);
    const element = elementWarning.exec(message);
    if (style) tally.add('unknownStyle', 1, style[2] || style[3]);
    else if (element && /oMath(Para)?$/.test(element[1]!)) tally.add('equation');
    else if (element) tally.add('unknownElement', 1, element[1]!.replace(/^\{[^}]*\}/, ''));
    // pictures are left out whatever their type
    else if (!/^Image of type .* is unlikely to display/.test(message))
      tally.add('other', 1, message);
  }
}

interface WordElement {
  type: string;
  noteType?: string;
  children?: WordElement[];
}

/** Footnote, endnote and comment marks out of the document, counted (their text goes too). */
function withoutNotes(tally: NotKeptTally) {
  const strip = (element: WordElement): WordElement => {
    if (!element.children) return element;
    const children = element.children.filter((child) => {
      if (child.type === 'noteReference') {
        tally.add(child.noteType === 'endnote' ? 'endnote' : 'footnote');
        return false;
      }
      if (child.type === 'commentReference') {
        tally.add('comment');
        return false;
      }
      return true;
    });
    return Object.assign(element, { children: children.map(strip) });
  };
  return strip;
}

type Parse5Node = {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
};

/** An HTML fragment as core's tree (comments and other nodes left aside). */
export function htmlNodes(html: string): HtmlNode[] {
  const convert = (nodes: Parse5Node[] = []): HtmlNode[] =>
    nodes.flatMap((n): HtmlNode[] => {
      if (n.nodeName === '#text') return [{ type: 'text', text: n.value ?? '' }];
      if (n.nodeName.startsWith('#')) return [];
      const attrs = Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value]));
      return [{ type: 'element', tag: n.nodeName, attrs, children: convert(n.childNodes) }];
    });
  return convert((parseFragment(html) as unknown as Parse5Node).childNodes);
}

export async function convertDocx(buffer: Buffer): Promise<WordImportResult> {
  const { archive, main } = await checkedArchive(buffer);
  const xml = archive.files.get(main)!.toString('utf8');
  // a text already too long is refused before mammoth spends its time on it
  const text = textLength(xml);
  if (text > textLimits.document) throw tooLong(text);
  if (count(xml, /<w:(p|r|tc)[\s>/]/g) > contentLimits.elements) {
    throw new WordFileRefused({ code: 'contentTooLarge' });
  }
  const tally = new NotKeptTally();
  tallyDocumentPart(xml, tally);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        transformDocument: withoutNotes(tally),
        // pictures are never read: an empty <img> tells where one was
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch {
    // the archive is a Word document's, but its content cannot be read
    throw new WordFileRefused({ code: 'notAWordFile', guess: 'damaged' });
  }
  tallyMessages(result.messages, tally);
  let converted: WordImportResult;
  try {
    converted = htmlToMarkdown(htmlNodes(result.value), tally);
  } catch (e) {
    // a structure nested deeper than the stack allows (mammoth itself refuses most before)
    if (e instanceof RangeError)
      throw new WordFileRefused({ code: 'notAWordFile', guess: 'damaged' });
    throw e;
  }
  if (converted.markdown.length > textLimits.document) throw tooLong(converted.markdown.length);
  return converted;
}
