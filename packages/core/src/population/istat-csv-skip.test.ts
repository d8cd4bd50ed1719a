import { describe, expect, it } from 'vitest';
import { parsePopulationCsv } from './istat-csv';

async function* chunks(text: string) {
  yield text;
}

describe('a national file read for one district', () => {
  it("skips and counts other municipalities' rows, even malformed ones, instead of failing", async () => {
    const file = [
      'codice_istat,anno,sesso,eta,conteggio',
      '018110,2014,M,0,5',
      '015146,2014,M,0,900',
      '015146,2014,M,zzz,-1',
      '018110,2014,F,0,6',
    ].join('\n');
    const parse = parsePopulationCsv(chunks(file), {
      allowedCodes: ['018110'],
      outsideRows: 'skip',
    });
    const rows = [];
    for await (const r of parse) rows.push(r);
    expect(rows).toHaveLength(2);
    expect(parse.errors).toEqual([]);
    expect(parse.info.skippedRows).toBe(2);
  });

  it('without the option another municipality is still an error', async () => {
    const parse = parsePopulationCsv(chunks('codice_istat,anno,stranieri\n015146,2014,3\n'), {
      allowedCodes: ['018110'],
    });
    for await (const _ of parse) void _;
    expect(parse.errors.map((e) => e.code)).toEqual(['UNKNOWN_MUNICIPALITY']);
    expect(parse.info.skippedRows).toBe(0);
  });
});
