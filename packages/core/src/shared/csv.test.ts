import { describe, expect, it } from 'vitest';
import { BOM, CsvError, readCsv, writeCsv } from './csv';

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
