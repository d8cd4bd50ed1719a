import { describe, expect, it } from 'vitest';
import { chartAxis } from './chart-axis';
import { spendingTable, wideMoneyTable } from './fixtures';
import { cellText, tableLayout } from './table-layout';
import { arr, num, printableText, str } from './typst-literal';
import { inlines } from './typst-source';

// The pieces of the Typst source that need no compiler: literals, axes, column widths.

describe('Typst literals', () => {
  it('escapes what would end or bend a string', () => {
    expect(str('a "b" \\ c\nd\te')).toBe('"a \\"b\\" \\\\ c\\nd\\te"');
    expect(str('#import "x"')).toBe('"#import \\"x\\""');
    expect(str('\r\n')).toBe('"\\n"');
  });

  it('keeps only what the fonts can draw', () => {
    const glyphs = new Set([...'abc '].map((c) => c.codePointAt(0)!));
    expect(printableText('a\u0007b\u200dc', glyphs)).toBe('abc');
    expect(printableText('a\u3000b', glyphs)).toBe('a b');
    expect(printableText('a😀\ufe0f中', glyphs)).toBe('a□□');
    expect(printableText('a\ud800', glyphs)).toBe('a□');
  });

  it('writes numbers Typst reads back exactly, and none for unknown figures', () => {
    expect(num(3)).toBe('3.0');
    expect(num(-0.25)).toBe('-0.25');
    expect(num(1e21)).toBe('float("1e+21")');
    expect(num(null)).toBe('none');
    expect(num(Number.NaN)).toBe('none');
    expect(arr(['1.0'])).toBe('(1.0,)');
    expect(arr([])).toBe('()');
  });

  it('turns inline runs into one content expression', () => {
    expect(
      inlines([
        { kind: 'text', text: '*a*', strong: true, emphasis: true },
        { kind: 'link', href: 'https://x.it', content: [{ kind: 'text', text: 'x' }] },
        { kind: 'lineBreak' },
        { kind: 'text', text: 'c', code: true },
      ]),
    ).toBe(
      '(strong(emph(text("*a*"))), link("https://x.it", (text("x"),).join()), linebreak(), raw("c"),).join()',
    );
    expect(inlines([])).toBe('[]');
    // a link a reader could not follow is printed as its text
    const script = [{ kind: 'text' as const, text: 'x' }];
    expect(inlines([{ kind: 'link', href: 'javascript:alert(1)', content: script }])).toBe(
      '((text("x"),).join(),).join()',
    );
  });
});

describe('chartAxis', () => {
  it('starts bars at zero and rounds the ends to a step a person would choose', () => {
    const axis = chartAxis([1_250_000, 1_580_000, 198_000], true, 'it');
    expect(axis.min).toBe(0);
    expect(axis.max).toBe(2_000_000);
    expect(axis.ticks.map((t) => t.label)).toEqual([
      '0',
      '500.000',
      '1.000.000',
      '1.500.000',
      '2.000.000',
    ]);
  });

  it('lets a trend far from zero fill the height, with Italian decimals', () => {
    expect(chartAxis([68_280, 66_905], false, 'it').ticks.map((t) => t.value)).toEqual([
      66_500, 67_000, 67_500, 68_000, 68_500,
    ]);
    expect(chartAxis([0.3, 1.2], false, 'it').ticks.map((t) => t.label)).toContain('0,5');
  });

  it('survives no figures and a flat series', () => {
    expect(chartAxis([], true, 'it')).toMatchObject({ min: 0, max: 1 });
    const flat = chartAxis([5, 5], false, 'it');
    expect(flat.max).toBeGreaterThan(flat.min);
  });
});

describe('tableLayout', () => {
  it('keeps a small table at its natural width and spreads a wide one', () => {
    const small = { caption: '', columns: [{ label: 'Anno', numeric: false }], rows: [['2024']] };
    expect(tableLayout(small)).toMatchObject({ widths: ['auto'], size: 9, landscape: false });
    const spending = tableLayout(spendingTable());
    expect(spending.landscape).toBe(false);
    // text columns share the room in fractions, figures get a fixed width in points
    expect(spending.widths.slice(0, 3).every((w) => w.endsWith('fr'))).toBe(true);
    expect(spending.widths.slice(3).every((w) => w.endsWith('pt'))).toBe(true);
  });

  it('sets a table too wide for a portrait page smaller, then on a landscape page', () => {
    const money = wideMoneyTable();
    const layout = tableLayout(money);
    expect(layout.landscape).toBe(true);
    expect(layout.widths).toHaveLength(money.columns.length);
    // the text column never gets narrower than a readable minimum
    expect(Number.parseInt(layout.widths[0]!)).toBeGreaterThanOrEqual(80);
  });

  it('never lets an amount or a date range break where a reader would lose it', () => {
    expect(cellText('1.234,56 €', true)).toBe('1.234,56\u00a0€');
    expect(cellText('vale 12 € e 3 %', false)).toBe('vale 12\u00a0€ e 3\u00a0%');
    expect(cellText('01/01/2012 – 31/12/2014', false)).toBe('01/01/2012\u00a0– 31/12/2014');
  });
});
