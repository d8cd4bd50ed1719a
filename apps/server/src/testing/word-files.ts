import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Math as WordMath,
  MathRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ParagraphChild,
} from 'docx';

/**
 * Real DOCX files for the Word import tests, written with the `docx` package as Word would
 * save them: headings, lists, a table, bold and italic, links, and the things a chapter cannot
 * hold (a picture, a footnote, a comment, tracked changes, an equation).
 */

/** A 1×1 transparent PNG. */
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const numbered = {
  reference: 'numbered',
  levels: [0, 1, 2].map((level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
  })),
};

const bullet = (text: string, level: number) => new Paragraph({ text, bullet: { level } });
const item = (text: string, level: number) =>
  new Paragraph({ text, numbering: { reference: 'numbered', level } });
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

export async function docxFile(children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    numbering: { config: [numbered] },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** The file the import tests read: every kind of content, and a few not kept. */
export async function sampleChapterDocx(): Promise<Buffer> {
  const doc = new Document({
    numbering: { config: [numbered] },
    footnotes: { 1: { children: [new Paragraph('Fonte: ISTAT, 2023.')] } },
    comments: {
      children: [
        {
          id: 0,
          author: 'Ufficio di piano',
          date: new Date('2024-01-10T10:00:00Z'),
          children: [new Paragraph('Da verificare')],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Analisi del contesto', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('La popolazione è '),
              new TextRun({ text: 'in crescita', bold: true }),
              new TextRun(' e '),
              new TextRun({ text: 'sempre più anziana', italics: true }),
              new TextRun('.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ text: 'Aree di intervento', heading: HeadingLevel.HEADING_2 }),
          bullet('Minori e famiglie', 0),
          bullet('Affido familiare', 1),
          bullet('Anziani', 0),
          item('Primo obiettivo', 0),
          item('Sotto-obiettivo', 1),
          item('Secondo obiettivo', 0),
          new Table({
            rows: [
              new TableRow({ children: [cell('Fonte'), cell('Importo')] }),
              new TableRow({ children: [cell('FNPS | quota'), cell('10.000 €')] }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('Vedi il '),
              new ExternalHyperlink({
                link: 'https://www.regione.lombardia.it/piani',
                children: [new TextRun({ text: 'sito della Regione', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Testo commentato'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: pixel,
                transformation: { width: 10, height: 10 },
                altText: { name: 'logo', description: 'Logo del distretto', title: 'Logo' },
              }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('Testo '),
              new InsertedTextRun({
                text: 'aggiunto',
                id: 1,
                author: 'UdP',
                date: '2024-01-10T10:00:00Z',
              }),
              new DeletedTextRun({
                text: 'tolto',
                id: 2,
                author: 'UdP',
                date: '2024-01-10T10:00:00Z',
              }),
            ],
          }),
          new Paragraph({
            children: [new WordMath({ children: [new MathRun('E = mc^2')] }) as ParagraphChild],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
