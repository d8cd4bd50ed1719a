import { deflateRawSync, constants } from 'node:zlib';

/**
 * A ZIP archive written by hand for the upload tests: a few small entries, as an XLSX has, and
 * one that inflates to `megabytes` MiB of zeros from a few kilobytes per MiB. `declared` is the
 * uncompressed size its headers give (by default the true one; smaller: an archive that lies).
 * Only the deflated bytes are ever held, one MiB of zeros at a time.
 */
export function zipBomb(megabytes: number, declared?: number): Buffer {
  const mib = Buffer.alloc(1024 * 1024);
  // one MiB of zeros as a deflate block that does not end the stream, repeated, then an end
  const block = deflateRawSync(mib, { finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  const bomb = Buffer.concat([...Array.from({ length: megabytes }, () => block), end]);
  return zip([
    { name: '[Content_Types].xml', data: deflateRawSync(Buffer.from('<Types/>')), size: 8 },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: bomb,
      size: declared ?? megabytes * 1024 * 1024,
    },
  ]);
}

/** An entry of a hand-written archive. */
export interface ZipEntry {
  name: string;
  /** raw deflate data */
  data: Buffer;
  /** uncompressed size as the headers declare it */
  size: number;
}

/** A ZIP archive of raw deflate entries, written by hand (the CRC is left at 0). */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 14); // crc (not checked by the readers here)
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}
