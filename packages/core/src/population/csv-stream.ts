/**
 * The streaming half of the population import: bytes or text chunks in, one CSV record at a time
 * out, whatever the chunk boundaries (inside a quoted field, between CR and LF, inside a UTF-8
 * character). Only the current record is held in memory.
 */

export type CsvTextEncoding = 'utf-8' | 'windows-1252';

/** Bytes 0x80–0x9F in Windows-1252 (what Italian Excel calls "Latin-1"); the rest is ISO 8859-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
  return out;
}

function asciiText(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** 1 for a valid UTF-8 sequence at `i`, 0 for an invalid one, -1 when more bytes are needed. */
function utf8SequenceAt(bytes: Uint8Array, i: number): 1 | 0 | -1 {
  const lead = bytes[i]!;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0) return 0;
  const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined) return -1;
    if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf) return 0;
  }
  return 1;
}

/**
 * Turns byte chunks into text. Without a forced encoding it decides at the first non-ASCII byte:
 * a valid UTF-8 sequence (the BOM is one) means UTF-8, anything else Windows-1252. ASCII reads
 * the same either way, so what was emitted before the decision never changes.
 */
export class ChunkDecoder {
  private utf8: InstanceType<typeof TextDecoder> | null = null;
  private pending: Uint8Array = new Uint8Array(0);

  constructor(private chosen: CsvTextEncoding | null = null) {
    if (chosen === 'utf-8') this.utf8 = new TextDecoder('utf-8');
  }

  get encoding(): CsvTextEncoding | null {
    return this.chosen;
  }

  decode(chunk: Uint8Array, isLast = false): string {
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
      this.pending = new Uint8Array(0);
    }
    if (this.chosen !== null) return this.decodeIn(bytes, isLast);
    let i = 0;
    while (i < bytes.length && bytes[i]! < 0x80) i++;
    const ascii = asciiText(bytes.subarray(0, i));
    if (i === bytes.length) return ascii;
    const verdict = utf8SequenceAt(bytes, i);
    if (verdict === -1 && !isLast) {
      this.pending = bytes.slice(i);
      return ascii;
    }
    this.chosen = verdict === 1 ? 'utf-8' : 'windows-1252';
    if (this.chosen === 'utf-8') this.utf8 = new TextDecoder('utf-8');
    return ascii + this.decodeIn(bytes.subarray(i), isLast);
  }

  end(): string {
    return this.decode(new Uint8Array(0), true);
  }

  private decodeIn(bytes: Uint8Array, isLast: boolean): string {
    if (this.utf8) return this.utf8.decode(bytes, { stream: !isLast });
    return decodeCp1252(bytes);
  }
}

export interface CsvRecord {
  /** the line, as an editor numbers it, where the record starts */
  line: number;
  /** the record's text without its line end; line breaks inside quotes become `\n` */
  text: string;
}

export type CsvStreamProblem =
  { problem: 'UNCLOSED_QUOTE'; line: number } | { problem: 'RECORD_TOO_LONG'; line: number };

export interface CsvRecordsOptions {
  encoding?: CsvTextEncoding;
  /** a record longer than this stops reading (a quote left open would swallow the file) */
  maxRecordLength?: number;
  /** told the encoding once it is known */
  onEncoding?: (encoding: CsvTextEncoding) => void;
}

/**
 * Splits a stream into records: a line end outside double quotes ends a record (CRLF, LF or a
 * lone CR). The leading byte order mark is dropped. Problems come out in the stream and end it.
 */
export async function* csvRecords(
  source: AsyncIterable<string | Uint8Array>,
  options: CsvRecordsOptions = {},
): AsyncGenerator<CsvRecord | CsvStreamProblem> {
  const maxLength = options.maxRecordLength ?? 1_000_000;
  const decoder = new ChunkDecoder(options.encoding ?? null);
  let toldEncoding = false;
  let atStart = true;
  let record = '';
  let inQuotes = false;
  let afterCR = false;
  let line = 1;
  let startLine = 1;
  const done: CsvRecord[] = [];

  const feed = (text: string): boolean => {
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let segment = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (afterCR) {
        afterCR = false;
        if (ch === 10) {
          segment = i + 1;
          continue;
        }
      }
      if (ch === 34) inQuotes = !inQuotes;
      else if (ch === 10 || ch === 13) {
        record += text.slice(segment, i);
        segment = i + 1;
        afterCR = ch === 13;
        line++;
        if (inQuotes) record += '\n';
        else {
          done.push({ line: startLine, text: record });
          record = '';
          startLine = line;
        }
      }
    }
    record += text.slice(segment);
    return record.length <= maxLength;
  };

  const tell = () => {
    if (!toldEncoding && decoder.encoding && options.onEncoding) {
      toldEncoding = true;
      options.onEncoding(decoder.encoding);
    }
  };

  for await (const chunk of source) {
    const ok = feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
    tell();
    yield* done.splice(0);
    if (!ok) {
      yield { problem: 'RECORD_TOO_LONG', line: startLine };
      return;
    }
  }
  feed(decoder.end());
  tell();
  yield* done.splice(0);
  if (inQuotes) yield { problem: 'UNCLOSED_QUOTE', line: startLine };
  else if (record.length > 0) yield { line: startLine, text: record };
}

/** One record's fields: `"` opens a quoted field, `""` inside it is a quote. */
export function splitCsvFields(text: string, separator: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = text.length;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const next = text.indexOf(separator, i);
      field += next < 0 ? text.slice(i) : text.slice(i, next);
      fields.push(field);
      if (next < 0) return fields;
      i = next + separator.length;
    } else {
      const next = text.indexOf(separator, i);
      fields.push(next < 0 ? text.slice(i) : text.slice(i, next));
      if (next < 0) return fields;
      i = next + separator.length;
    }
  }
}
