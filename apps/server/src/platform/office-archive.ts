import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

/**
 * An uploaded Office file (an XLSX workbook, a DOCX document) is a ZIP archive: before anything
 * inflates it whole (exceljs and mammoth do, in memory), its central directory is read and every
 * entry inflated as a stream and counted, so that a small file that expands to gigabytes (a "zip
 * bomb"), or one with countless entries, is refused without ever holding more than one stream
 * chunk of it. An entry that declares fewer bytes than it inflates to is caught too: the count
 * stops at the declared size and at the total cap.
 */
export const officeArchiveLimits = {
  /** what all the entries together may inflate to */
  maxUncompressedBytes: 50 * 1024 * 1024,
  /** an exported workbook has a few dozen entries, a document with many pictures a few hundred */
  maxEntries: 1000,
};
export type OfficeArchiveLimits = typeof officeArchiveLimits;

/** Not a ZIP archive at all (so not an Office file). */
export class NotAnArchive extends Error {}

/** An archive that expands beyond the limits. */
export class ArchiveTooLarge extends Error {
  constructor(readonly maxMegabytes: number) {
    super(`the file expands beyond ${maxMegabytes} MB`);
  }
}

/** What the check saw: the name of every entry and the bytes of the entries asked for. */
export interface OfficeArchive {
  names: string[];
  files: Map<string, Buffer>;
}

const open = (buffer: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, autoClose: false },
      (error, zip) => (error ? reject(new NotAnArchive(error.message)) : resolve(zip)),
    ),
  );

/** Every entry of the central directory, read one by one (nothing inflated). */
function entriesOf(zip: yauzl.ZipFile, limits: OfficeArchiveLimits, tooLarge: () => Error) {
  return new Promise<yauzl.Entry[]>((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) return reject(tooLarge());
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(new NotAnArchive(error.message)));
    zip.readEntry();
  });
}

/**
 * Refuses an archive that is not one (NotAnArchive) or that expands beyond the limits
 * (ArchiveTooLarge); otherwise answers its entry names and the inflated bytes of the entries
 * `keep` chooses (held within the same limits), for a caller that needs to look inside.
 */
export async function checkOfficeArchive(
  buffer: Buffer,
  limits: OfficeArchiveLimits = officeArchiveLimits,
  keep: (name: string) => boolean = () => false,
): Promise<OfficeArchive> {
  const tooLarge = () => new ArchiveTooLarge(Math.round(limits.maxUncompressedBytes / 1024 / 1024));
  const zip = await open(buffer);
  const files = new Map<string, Buffer>();
  try {
    if (zip.entryCount > limits.maxEntries) throw tooLarge();
    const entries = await entriesOf(zip, limits, tooLarge);
    let left = limits.maxUncompressedBytes;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry).catch((error: Error) => {
        throw new NotAnArchive(error.message);
      });
      const kept: Buffer[] | null = keep(entry.fileName) ? [] : null;
      const count = new Writable({
        write(chunk: Buffer, _encoding, done) {
          left -= chunk.length;
          kept?.push(chunk);
          done(left < 0 ? tooLarge() : null);
        },
      });
      await pipeline(stream, count).catch((error: unknown) => {
        if (error instanceof ArchiveTooLarge) throw error;
        // more bytes than declared, a broken deflate stream, a bad checksum…
        throw new NotAnArchive(error instanceof Error ? error.message : String(error));
      });
      if (kept) files.set(entry.fileName, Buffer.concat(kept));
    }
    return { names: entries.map((e) => e.fileName), files };
  } finally {
    zip.close();
  }
}
