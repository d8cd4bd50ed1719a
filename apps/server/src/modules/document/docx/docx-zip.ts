import { crc32, deflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';

/**
 * The final package: the parts the `docx` package wrote (styles, numbering, settings, headers,
 * footers, properties) with the body written by this module put into `word/document.xml`, zipped
 * so that the bytes depend only on the content.
 *
 * An approved version's file is stored with its SHA-256 and signed, so the same document must
 * give the same bytes: every entry carries the document's own date (also stamped in
 * `docProps/core.xml`, where the package puts the time of writing), in the same order. The zip is
 * written here rather than by JSZip, whose pure-JavaScript DEFLATE took half a second on a large
 * plan; Node's zlib takes a tenth of that. Its output is that of the zlib Node is built with: the
 * same on every run of one installation, possibly not across Node versions (a kept file is kept,
 * never made again).
 */
export async function assembleDocx(
  source: JSZip,
  body: { marker: string; xml: string },
  date: Date,
  extra: readonly AddedPart[] = [],
): Promise<Uint8Array> {
  const entries: { name: string; file: JSZip.JSZipObject }[] = [];
  // Folder entries are optional in OPC packages and would carry their own dates: left out.
  source.forEach((name, file) => {
    if (!file.dir) entries.push({ name, file });
  });
  const parts: ZipPart[] = [];
  for (const { name, file } of entries) {
    if (name === 'word/document.xml') {
      parts.push({ name, data: spliceBody(await file.async('string'), body) });
    } else if (name === '[Content_Types].xml' && extra.length > 0) {
      parts.push({ name, data: addContentTypes(await file.async('string'), extra) });
    } else if (name === 'docProps/core.xml') {
      parts.push({ name, data: stampCoreDates(await file.async('string'), date) });
    } else {
      parts.push({ name, data: await file.async('uint8array') });
    }
  }
  for (const { name, data } of extra) parts.push({ name, data });
  return zip(parts, date);
}

/** A part written by this module beside those of the `docx` package (the charts). */
export interface AddedPart {
  name: string;
  data: string;
  contentType: string;
}

/** An `Override` in `[Content_Types].xml` for each added part, in order. */
function addContentTypes(xml: string, extra: readonly AddedPart[]): string {
  const at = xml.lastIndexOf('</Types>');
  if (at < 0) throw new Error('docx: [Content_Types].xml has no end');
  const overrides = extra
    .map((p) => `<Override PartName="/${p.name}" ContentType="${p.contentType}"/>`)
    .join('');
  return xml.slice(0, at) + overrides + xml.slice(at);
}

/**
 * The body in place of the paragraph that holds its place, encoded apart: joined to the rest of
 * the part as a string, the body (several megabytes built from many pieces) would be copied
 * once more before being encoded.
 */
function spliceBody(xml: string, body: { marker: string; xml: string }): Uint8Array {
  const at = xml.lastIndexOf(body.marker);
  if (at < 0) throw new Error('docx: the placeholder of the body is missing');
  return Buffer.concat([
    Buffer.from(xml.slice(0, at), 'utf8'),
    Buffer.from(body.xml, 'utf8'),
    Buffer.from(xml.slice(at + body.marker.length), 'utf8'),
  ]);
}

/** `dcterms:created` and `dcterms:modified` set to the document's date, to the second. */
function stampCoreDates(xml: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_m, open: string, _tag: string, close: string) => `${open}${stamp}${close}`,
  );
}

interface ZipPart {
  name: string;
  data: string | Uint8Array;
}

/** DEFLATE level: 6 (zlib's default) keeps the file as small as JSZip made it. */
const LEVEL = 6;

/**
 * A plain zip (no data descriptors, no extra fields, DOS platform), every entry with the same
 * date. Zip entry times are DOS times in two-second steps from 1980, here in UTC.
 */
function zip(parts: ZipPart[], date: Date): Uint8Array {
  const when = date.getTime() < Date.UTC(1980, 0, 2) ? new Date(Date.UTC(1980, 0, 2)) : date;
  const dosTime =
    (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate =
    ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const deflated = deflateRawSync(raw, { level: LEVEL });
    const stored = deflated.length >= raw.length;
    const data = stored ? raw : deflated;
    const name = Buffer.from(part.name, 'utf8');
    const entry = {
      method: stored ? 0 : 8,
      crc: crc32(raw),
      size: data.length,
      rawSize: raw.length,
      // bit 11: the name is UTF-8
      flags: /^[\x20-\x7e]*$/.test(part.name) ? 0 : 0x0800,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, entry, dosTime, dosDate, name.length);
    chunks.push(local, name, data);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4); // made by: DOS, zip 2.0
    writeCommon(head, 6, entry, dosTime, dosDate, name.length);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, ...central, end]);
  // a buffer of its own (not a view into Node's pool), as the render thread hands it over
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The fields local and central headers share, from "version needed" to the extra length. */
function writeCommon(
  b: Buffer,
  at: number,
  e: { method: number; crc: number; size: number; rawSize: number; flags: number },
  time: number,
  date: number,
  nameLength: number,
): void {
  b.writeUInt16LE(20, at); // version needed: 2.0
  b.writeUInt16LE(e.flags, at + 2);
  b.writeUInt16LE(e.method, at + 4);
  b.writeUInt16LE(time, at + 6);
  b.writeUInt16LE(date, at + 8);
  b.writeUInt32LE(e.crc >>> 0, at + 10);
  b.writeUInt32LE(e.size, at + 14);
  b.writeUInt32LE(e.rawSize, at + 18);
  b.writeUInt16LE(nameLength, at + 22);
  b.writeUInt16LE(0, at + 24); // extra field length
}
