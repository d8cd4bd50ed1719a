import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  Bookmark,
  Document,
  ExternalHyperlink,
  InternalHyperlink,
  Packer,
  Paragraph,
  Textbox,
  TextRun,
} from 'docx';
import { htmlToMarkdown, renderMarkdownHtml } from '@pdz/core';
import { checkOfficeArchive } from '../../platform/office-archive';
import { docxFile } from '../../testing/word-files';
import { zip } from '../../testing/zip-bomb';
import { WordFileRefused, contentLimits, convertDocx as convert, htmlNodes } from './word-convert';

/** The conversion, or the problem a refused file gets. */
const convertDocx = (buffer: Buffer) =>
  convert(buffer).catch((e: unknown) => {
    if (e instanceof WordFileRefused) return e.problem;
    throw e;
  });

const fromHtml = (html: string) => htmlToMarkdown(htmlNodes(html));

describe('HTML read with a real parser', () => {
  it('keeps what the HTML says as text, whatever it looks like', () => {
    const { markdown } = fromHtml(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; **non** # [x](javascript:y) a|b &amp;copy;</p>' +
        '<!-- un commento --><p>1. non un elenco</p>',
    );
    expect(markdown).toBe(
      '\\<script\\>alert(1)\\</script\\> \\*\\*non\\*\\* # \\[x\\](javascript:y) a\\|b \\&copy;\n\n1\\. non un elenco',
    );
    const html = renderMarkdownHtml(markdown);
    expect(html).not.toMatch(/<script|<a /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; **non** # [x](javascript:y)');
  });

  it('keeps a link’s address safe and its text, and drops what an attribute tries', () => {
    const { markdown, notKept } = fromHtml(
      '<p><a href="https://x.it/a) [b](javascript:c">testo</a> <a href=" JAVASCRIPT:alert(1)">no</a></p>' +
        '<p><img src="x" alt="grafico" onerror="alert(1)"></p>',
    );
    expect(markdown).toBe('[testo](https://x.it/a%29%20[b]%28javascript:c) no');
    expect(renderMarkdownHtml(markdown)).toContain(
      '<a href="https://x.it/a%29%20%5Bb%5D%28javascript:c" rel="noopener noreferrer">testo</a>',
    );
    expect(notKept).toEqual([
      { kind: 'image', count: 1, detail: 'grafico' },
      { kind: 'unsafeLink', count: 1, detail: 'JAVASCRIPT:alert(1)' },
    ]);
  });
});

describe('what a Word file holds that Markdown does not', () => {
  it('lists styles it does not know by name, and keeps their text', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'Nota', name: 'Nota del redattore', run: { size: 18 } }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Una nota', style: 'Nota' }),
            new Paragraph({ children: [new TextRun({ text: 'sottolineato', underline: {} })] }),
          ],
        },
      ],
    });
    const result = await convert(await Packer.toBuffer(doc));
    expect(result.markdown).toBe('Una nota\n\nsottolineato');
    expect(result.notKept).toEqual([
      { kind: 'unknownStyle', count: 1, detail: 'Nota del redattore' },
      { kind: 'underline', count: 1 },
    ]);
  });

  it('keeps the text of a text box and says it moved; links inside the file become text', async () => {
    const result = await convert(
      await docxFile([
        new Paragraph({
          children: [
            new Bookmark({ id: 'inizio', children: [new TextRun('Inizio')] }),
            new TextRun(' e '),
            new InternalHyperlink({ anchor: 'inizio', children: [new TextRun('torna su')] }),
            new TextRun(' e '),
            new ExternalHyperlink({
              link: 'ftp://archivio.example/piano',
              children: [new TextRun('archivio')],
            }),
          ],
        }) as Paragraph,
        new Textbox({
          style: { width: '2in', height: '1in' },
          children: [new Paragraph('Nel riquadro')],
        }) as unknown as Paragraph,
      ]),
    );
    expect(result.markdown).toBe('Inizio e torna su e archivio\n\nNel riquadro');
    expect(result.notKept).toEqual([
      { kind: 'textBox', count: 1 },
      { kind: 'internalLink', count: 1 },
      { kind: 'unsafeLink', count: 1, detail: 'ftp://archivio.example/piano' },
    ]);
  });

  it('refuses an archive that says it is a DOCX but whose document cannot be read', async () => {
    const refused = await convertDocx(await withDocument(() => '<w:document><w:body><w:p>'));
    expect(refused).toEqual({ code: 'notAWordFile', guess: 'damaged' });
  });
});

describe('a document far beyond a chapter is refused before it is read', () => {
  it('by the number of its paragraphs and runs, quickly', async () => {
    const started = Date.now();
    const refused = await convertDocx(
      await withDocument((xml) =>
        xml.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(contentLimits.elements + 1)}`),
      ),
    );
    expect(refused).toEqual({ code: 'contentTooLarge' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('by the length of its text, saying how long it is at least', async () => {
    const paragraph = `<w:p><w:r><w:t>${'a'.repeat(1000)}</w:t></w:r></w:p>`;
    const refused = await convertDocx(
      await withDocument((xml) => xml.replace('<w:body>', `<w:body>${paragraph.repeat(201)}`)),
    );
    expect(refused).toEqual({ code: 'tooLong', max: 200_000, actual: 201_001 });
  });

  it('by the size of its XML', async () => {
    const refused = await convertDocx(
      await withDocument((xml) =>
        xml.replace('<w:body>', `<w:body><!--${' '.repeat(contentLimits.xmlBytes)}-->`),
      ),
    );
    expect(refused).toEqual({ code: 'contentTooLarge' });
  });
});

/** A real DOCX whose document part is rewritten (`edit` gets the original XML). */
async function withDocument(edit: (xml: string) => string) {
  const good = await docxFile([new Paragraph('x')]);
  const { names, files } = await checkOfficeArchive(good, undefined, () => true);
  const entries = names
    .filter((name) => !name.endsWith('/'))
    .map((name) => {
      const original = files.get(name)!;
      const content =
        name === 'word/document.xml' ? Buffer.from(edit(original.toString('utf8'))) : original;
      return { name, data: deflateRawSync(content), size: content.length };
    });
  return zip(entries);
}
