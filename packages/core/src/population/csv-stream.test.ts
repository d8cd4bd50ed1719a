import { describe, expect, it } from 'vitest';
import { ChunkDecoder, csvRecords, splitCsvFields } from './csv-stream';

async function collect(parts: (string | Uint8Array)[]) {
  const out = [];
  for await (const r of csvRecords(
    (async function* () {
      yield* parts;
    })(),
  ))
    out.push(r);
  return out;
}

describe('ChunkDecoder', () => {
  it('detects UTF-8 from the first accented letter, even split byte by byte', () => {
    const d = new ChunkDecoder();
    const bytes = new TextEncoder().encode('abc più');
    const text = [...bytes].map((b) => d.decode(Uint8Array.of(b))).join('') + d.end();
    expect(text).toBe('abc più');
    expect(d.encoding).toBe('utf-8');
  });

  it('falls back to Windows-1252 where bytes are not UTF-8 (à, €)', () => {
    const d = new ChunkDecoder();
    expect(d.decode(Uint8Array.of(0x65, 0x74, 0xe0, 0x20, 0x80)) + d.end()).toBe('età €');
    expect(d.encoding).toBe('windows-1252');
  });

  it('decides Windows-1252 for a lone lead byte at the very end', () => {
    const d = new ChunkDecoder();
    expect(d.decode(Uint8Array.of(0x61, 0xc3)) + d.end()).toBe('aÃ');
  });
});

describe('csvRecords', () => {
  it('ends records at CRLF, LF and a lone CR, keeps line breaks inside quotes, drops the BOM', async () => {
    expect(await collect(['\uFEFFa;b\r', '\nc;"x\r', '\ny"\rd\n', 'e'])).toEqual([
      { line: 1, text: 'a;b' },
      { line: 2, text: 'c;"x\ny"' },
      { line: 4, text: 'd' },
      { line: 5, text: 'e' },
    ]);
  });

  it('reports a quote left open at the end', async () => {
    expect(await collect(['a\n"b\nc'])).toEqual([
      { line: 1, text: 'a' },
      { problem: 'UNCLOSED_QUOTE', line: 2 },
    ]);
  });
});

describe('splitCsvFields', () => {
  it('splits on the separator outside quotes and unescapes doubled quotes', () => {
    expect(splitCsvFields('1;"a;""b""";;x', ';')).toEqual(['1', 'a;"b"', '', 'x']);
    expect(splitCsvFields('"a",b', ',')).toEqual(['a', 'b']);
    expect(splitCsvFields('', ',')).toEqual(['']);
  });
});
