import { describe, expect, it } from 'vitest';
import { renderMarkdownHtml } from './chapter-render';
import { htmlToMarkdown, type HtmlNode } from './html-markdown';
import { linkDestination, linkKind } from './markdown-text';

/** `h('p', 'text', h('strong', 'bold'))`, `h('a', { href }, 'text')`: a tree by hand. */
function h(tag: string, ...rest: (HtmlNode | string | Record<string, string>)[]): HtmlNode {
  const [first, ...others] = rest;
  const attrs =
    first !== undefined && typeof first === 'object' && !('type' in first)
      ? (first as Record<string, string>)
      : {};
  const children = (attrs === first ? others : rest) as (HtmlNode | string)[];
  return {
    type: 'element',
    tag,
    attrs,
    children: children.map((c) => (typeof c === 'string' ? { type: 'text', text: c } : c)),
  };
}
const md = (...nodes: HtmlNode[]) => htmlToMarkdown(nodes).markdown;
/** what a reader sees: the rendered HTML without its tags, entities decoded */
const shown = (markdown: string) =>
  renderMarkdownHtml(markdown)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('HTML of a Word file as the Markdown of a chapter', () => {
  it('writes headings with # and drops empty paragraphs and headings', () => {
    expect(
      md(
        h('h1', 'Contesto'),
        h('p', ''),
        h('p', '  \u00a0 '),
        h('h3', 'Dati ', h('strong', 'ISTAT')),
        h('h2'),
        h('p', 'Testo.'),
      ),
    ).toBe('# Contesto\n\n### Dati **ISTAT**\n\nTesto.');
  });

  it('writes bold, italic and strikethrough with white space outside the markers', () => {
    expect(md(h('p', 'Un ', h('strong', 'testo '), h('em', 'importante'), '.'))).toBe(
      'Un **testo** _importante_.',
    );
    expect(md(h('p', h('strong', 'a'), h('strong', 'b'), ' ', h('s', 'vecchio')))).toBe(
      '**ab** ~~vecchio~~',
    );
    // italic inside a word needs *, which Markdown accepts there
    expect(md(h('p', 'socio', h('em', 'sanitario')))).toBe('socio*sanitario*');
    expect(renderMarkdownHtml('socio*sanitario*')).toContain('<em>sanitario</em>');
    expect(md(h('p', h('strong', h('em', 'entrambi'))))).toBe('**_entrambi_**');
    expect(md(h('p', h('strong', '  ')))).toBe('');
  });

  it('indents nested lists under their item, ordered and bulleted', () => {
    const markdown = md(
      h(
        'ul',
        h(
          'li',
          'Minori',
          h('ol', h('li', 'Affido'), h('li', 'Comunità', h('ul', h('li', 'Diurne')))),
        ),
        h('li', 'Anziani'),
      ),
    );
    expect(markdown).toBe('- Minori\n  1. Affido\n  2. Comunità\n     - Diurne\n- Anziani');
    const html = renderMarkdownHtml(markdown);
    expect(html).toMatch(/<ul>\s*<li>Minori\s*<ol>\s*<li>Affido<\/li>/);
    expect(html).toMatch(/<li>Comunità\s*<ul>\s*<li>Diurne<\/li>/);
  });

  it('keeps two lists in a row apart, and writes an item that opens with a sub-list', () => {
    const markdown = md(
      h('ol', h('li', 'uno')),
      h('ol', h('li', 'due')),
      h('ul', h('li', h('ul', h('li', 'interno')))),
    );
    expect(markdown).toBe('1. uno\n\n1) due\n\n-\n  - interno');
    expect(renderMarkdownHtml(markdown).match(/<ol>/g)).toHaveLength(2);
  });

  it('writes a table as a pipe table, escaping pipes and filling merged cells', () => {
    const { markdown, notKept } = htmlToMarkdown([
      h(
        'table',
        h('thead', h('tr', h('th', 'Fonte'), h('th', 'Importo'))),
        h(
          'tbody',
          h('tr', h('td', h('p', 'FNPS | quota')), h('td', h('p', '10.000 €'))),
          h('tr', h('td', { colspan: '2' }, 'Totale')),
          h('tr', h('td', h('p', 'prima'), h('p', 'seconda')), h('td')),
        ),
      ),
    ]);
    expect(markdown).toBe(
      [
        '| Fonte | Importo |',
        '| --- | --- |',
        '| FNPS \\| quota | 10.000 € |',
        '| Totale |  |',
        '| prima seconda |  |',
      ].join('\n'),
    );
    const html = renderMarkdownHtml(markdown);
    expect(html).toContain('<th>Fonte</th>');
    expect(html).toContain('<td>FNPS | quota</td>');
    expect(notKept).toEqual([
      { kind: 'mergedCells', count: 1 },
      { kind: 'cellLayout', count: 1 },
    ]);
  });

  it('fills the cells below a cell merged down, and bounds what a span may claim', () => {
    const markdown = md(
      h(
        'table',
        h('tr', h('td', { rowspan: '2' }, 'A'), h('td', 'B')),
        h('tr', h('td', 'C')),
        h('tr', h('td', { colspan: '999999999' }, 'D')),
      ),
    );
    const lines = markdown.split('\n');
    expect(lines[2]!.startsWith('|  | C |')).toBe(true);
    expect(lines[0]!.split('|').length - 2).toBe(100);
  });

  it('writes a nested table as its text and says so', () => {
    const result = htmlToMarkdown([
      h('table', h('tr', h('td', h('table', h('tr', h('td', 'x'), h('td', 'y')))))),
    ]);
    expect(result.markdown).toBe('| x y |\n| --- |');
    expect(result.notKept.map((n) => n.kind)).toEqual(['cellLayout', 'nestedTable']);
  });

  it('links only to http(s) and mailto, keeping other links as text and listing them', () => {
    const result = htmlToMarkdown([
      h(
        'p',
        h('a', { href: 'https://www.regione.lombardia.it/a b(1)' }, 'Regione'),
        ' ',
        h('a', { href: 'mailto:udp@example.it' }, 'scrivi'),
        ' ',
        h('a', { href: 'javascript:alert(1)' }, 'clic'),
        ' ',
        h('a', { href: 'file:///C:/piano.docx' }, 'file'),
        ' ',
        h('a', { href: '#_Toc1' }, 'indice'),
        ' ',
        h('a', { id: 'bookmark' }),
        h('a', { href: 'https://x.it' }),
      ),
    ]);
    expect(result.markdown).toBe(
      '[Regione](https://www.regione.lombardia.it/a%20b%281%29) [scrivi](mailto:udp@example.it) clic file indice [https://x.it](https://x.it)',
    );
    expect(result.notKept).toEqual([
      { kind: 'internalLink', count: 1 },
      { kind: 'unsafeLink', count: 2, detail: 'javascript:alert(1); file:///C:/piano.docx' },
    ]);
    expect(renderMarkdownHtml(result.markdown)).not.toMatch(/javascript|file:/i);
  });

  it('classifies and writes link addresses', () => {
    expect(linkKind(' HTTPS://x.it ')).toBe('web');
    expect(linkKind('http://')).toBe('unsafe');
    expect(linkKind('data:text/html,x')).toBe('unsafe');
    expect(linkKind('#top')).toBe('internal');
    expect(linkDestination('https://x.it/a|b`c\\d')).toBe('https://x.it/a%7Cb%60c%5Cd');
  });

  it('turns line breaks into hard breaks, and two in a row into a new paragraph', () => {
    const markdown = md(
      h('p', 'riga uno', h('br'), 'riga due', h('br'), h('br'), 'altro', h('br')),
    );
    expect(markdown).toBe('riga uno\\\nriga due\n\naltro');
    expect(renderMarkdownHtml(markdown)).toContain('riga uno<br>\nriga due</p>\n<p>altro</p>');
    expect(md(h('h2', 'a', h('br'), 'b'))).toBe('## a b');
  });

  it('leaves out images, counting them with their descriptions, and formatting it cannot keep', () => {
    const result = htmlToMarkdown([
      h('p', 'Logo: ', h('img', { src: '', alt: 'Logo del distretto' }), h('img', { src: '' })),
      h('p', h('u', 'sottolineato'), ' m', h('sup', '2'), ' H', h('sub', '2'), 'O'),
      h('blockquote', h('p', 'Citazione')),
      h('figure', h('p', 'dentro')),
    ]);
    expect(result.markdown).toBe('Logo:\n\nsottolineato m2 H2O\n\n> Citazione\n\ndentro');
    expect(result.notKept).toEqual([
      { kind: 'image', count: 2, detail: 'Logo del distretto' },
      { kind: 'underline', count: 1 },
      { kind: 'superSubscript', count: 2 },
      { kind: 'unknownElement', count: 1, detail: 'figure' },
    ]);
  });
});

describe('hostile text stays text', () => {
  const hostile = [
    '# non un titolo',
    '- non un elenco',
    '+ neppure',
    '2021. Anno del piano',
    '3) terzo',
    '---',
    '===',
    '**non grassetto** e _non corsivo_ e ~~non barrato~~',
    '[clic](javascript:alert(1)) ![img](x.png)',
    '<script>alert(1)</script> <b>x</b>',
    'a | b | c',
    '`codice` \\ barra',
    '&amp; &copy; &#169; AT&T',
    '    quattro spazi',
    '> non una citazione',
    '<https://autolink.example>',
  ];

  it.each(hostile)('%s', (text) => {
    const markdown = md(h('p', text));
    expect(shown(markdown)).toBe(text.trim());
    expect(renderMarkdownHtml(markdown)).toMatch(/^<p>/);
  });

  it('drops control characters and collapses white space as HTML does', () => {
    expect(md(h('p', 'a\u0000b\u0007c\td\n\ne   f'))).toBe('a b c d e f');
  });

  it('keeps random punctuation as written (a seeded sample)', () => {
    const alphabet = '#*_-+=.)(][|`~<>&;\\!:1 ab{}';
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const length = 1 + (next() % 24);
      const text = Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
      const expected = text.replace(/ +/g, ' ').trim();
      if (!expected || /\{\{/.test(expected)) continue;
      expect(shown(md(h('p', text))), JSON.stringify(text)).toBe(expected);
    }
  });
});
