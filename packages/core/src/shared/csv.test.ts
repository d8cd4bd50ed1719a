import { describe, expect, it } from 'vitest';
import { BOM, CsvError, neutraliseCsvCell, readCsv, restoreCsvCell, writeCsv } from './csv';

describe('CSV', () => {
  it('writes with the BOM, semicolons, CRLF and quotes only where needed', () => {
    const text = writeCsv([
      ['Codice', 'Titolo'],
      ['OB1', 'Anziani; "fragili"'],
      ['OB2', 'riga uno\nriga due'],
    ]);
    expect(text).toBe(
      `${BOM}Codice;Titolo\r\nOB1;"Anziani; ""fragili"""\r\nOB2;"riga uno\nriga due"\r\n`,
    );
  });

  it('writes a cell that a spreadsheet would take for a formula as text, with an apostrophe', () => {
    const text = writeCsv([
      ['=HYPERLINK("http://x.example";"clic")', '+39 0382', '-1+2', '@SUM(A1)'],
      ['\t=1+1', '\r=1+1', "'=già protetto", 'Titolo = normale'],
    ]);
    expect(readCsv(text)).toEqual([
      ['\'=HYPERLINK("http://x.example";"clic")', "'+39 0382", "'-1+2", "'@SUM(A1)"],
      ["'\t=1+1", "'\r=1+1", "''=già protetto", 'Titolo = normale'],
    ]);
  });

  it('keeps numbers as numbers, negative ones too', () => {
    for (const n of ['-1.234,56', '-3,5', '-3', '+2', '-0.25', '1.000', '12'])
      expect(neutraliseCsvCell(n), n).toBe(n);
    expect(neutraliseCsvCell('-3,5,1')).toBe("'-3,5,1");
    expect(neutraliseCsvCell('-')).toBe("'-");
  });

  it('gives back exactly what was neutralised, and leaves other cells alone', () => {
    const cells = ['=1+1', "'=1+1", "''@x", '-1+2', '-3,5', "'ciao", 'ciao', '', "'", '\t=x'];
    for (const c of cells) expect(restoreCsvCell(neutraliseCsvCell(c)), c).toBe(c);
    expect(restoreCsvCell("'ciao")).toBe("'ciao");
  });

  it('reads back what it writes, accents included', () => {
    const rows = [
      ['ID', 'Città', 'Importo'],
      ['', 'Pavia, "Lomellina"; più', '1.234,56'],
      ['x', 'a\r\nb', ''],
      ['', '', ''],
    ];
    expect(readCsv(writeCsv(rows))).toEqual(rows);
  });

  it('reads LF files without BOM, a missing last newline and commas as separator when told', () => {
    expect(readCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(readCsv('a,"b,c"\r\n', { separator: ',' })).toEqual([['a', 'b,c']]);
  });

  it('refuses a quote left open, naming its line', () => {
    expect(() => readCsv('a;b\n1;"open\n2')).toThrow(CsvError);
    try {
      readCsv('a;b\n1;"open\n2');
    } catch (e) {
      expect((e as CsvError).line).toBe(2);
    }
  });
});
