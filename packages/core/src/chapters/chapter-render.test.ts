import { describe, expect, it } from 'vitest';
import type { Cents } from '../shared/money';
import { liveTablesIn, renderChapterHtml, splitChapterBody } from './chapter-render';
import { buildLiveTables } from './live-tables';

describe('splitChapterBody', () => {
  it('cuts the body at lines that hold only a live table, in Italian or English spelling', () => {
    const body =
      'Intro **forte**.\n\n{{tabella:budgetBySource}}\nTesto dopo.\n  {{table:objectives}}  ';
    expect(splitChapterBody(body)).toEqual([
      { kind: 'markdown', text: 'Intro **forte**.\n' },
      { kind: 'table', name: 'budgetBySource' },
      { kind: 'markdown', text: 'Testo dopo.' },
      { kind: 'table', name: 'objectives' },
    ]);
  });

  it('keeps a marker inside a sentence or a code block as text', () => {
    const body = 'Vedi {{tabella:objectives}} sotto.\n```\n{{tabella:objectives}}\n```';
    expect(splitChapterBody(body)).toEqual([{ kind: 'markdown', text: body }]);
  });

  it('turns an unknown table name into a visible error segment', () => {
    expect(splitChapterBody('{{tabella:bilancio}}')).toEqual([
      { kind: 'unknownTable', name: 'bilancio' },
    ]);
    expect(liveTablesIn('{{tabella:indicators}}\n{{table:indicators}}\n{{tabella:x}}')).toEqual([
      'indicators',
    ]);
  });
});

describe('renderChapterHtml', () => {
  const tables = buildLiveTables({
    period: { startYear: 2012, endYear: 2012 },
    areas: [],
    availability: [
      { sourceCode: 'FNPS', year: 2012, amount: 123456 as Cents, carryOver: 0 as Cents },
    ],
    allocations: [],
    sourceLabels: { FNPS: 'Fondo <nazionale>' },
  });

  it('renders Markdown and fills a live table with current figures', () => {
    const html = renderChapterHtml('## Risorse\n\n{{tabella:budgetBySource}}', tables);
    expect(html).toContain('<h2>Risorse</h2>');
    expect(html).toContain(
      '<caption>Risorse disponibili per fonte di finanziamento e anno</caption>',
    );
    expect(html).toContain('<th scope="row">Fondo &lt;nazionale&gt;</th>');
    expect(html).toContain('<td class="text-end">1.234,56 €</td>');
    expect(html).toContain('<tfoot>');
  });

  it('never lets raw HTML or script links through', () => {
    const html = renderChapterHtml(
      '<script>alert(1)</script>\n\n[x](javascript:alert(1)) [ok](https://www.comune.pv.it)',
      {},
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://www.comune.pv.it" rel="noopener noreferrer">ok</a>');
  });

  it('shows a note for an unknown table and for a table whose data is missing', () => {
    const html = renderChapterHtml('{{tabella:bilancio}}\n\n{{tabella:indicators}}', tables);
    expect(html).toContain('Tabella sconosciuta: «bilancio»');
    expect(html).toContain('Tabella «Indicatori e valori attesi» non disponibile.');
  });
});
