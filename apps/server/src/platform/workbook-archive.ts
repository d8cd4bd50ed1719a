import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

/**
 * An uploaded XLSX is a ZIP archive: before anything inflates it whole (exceljs does, in memory),
 * its central directory is read and every entry inflated as a stream and counted, so that a
 * small file that expands to gigabytes (a "zip bomb"), or one with countless entries, is refused
 * without ever holding more than one stream chunk of it. An entry that declares fewer bytes than
 * it inflates to is caught too: the count stops at the declared size and at the total cap.
 */
export const workbookLimits = {
  /** what all the entries together may inflate to */
  maxUncompressedBytes: 50 * 1024 * 1024,
  /** an exported workbook has a few dozen entries */
  maxEntries: 1000,
};
export type WorkbookLimits = typeof workbookLimits;

/** Not a ZIP archive at all (so not an XLSX workbook). */
export class NotAnArchive extends Error {}

/** An archive that expands beyond the limits. */
export class ArchiveTooLarge extends Error {
  constructor(readonly maxMegabytes: number) {
    super(`the file expands beyond ${maxMegabytes} MB`);
  }
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
function entriesOf(zip: yauzl.ZipFile, limits: WorkbookLimits, tooLarge: () => Error) {
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

export async function checkWorkbookArchive(
  buffer: Buffer,
  limits: WorkbookLimits = workbookLimits,
): Promise<void> {
  const tooLarge = () => new ArchiveTooLarge(Math.round(limits.maxUncompressedBytes / 1024 / 1024));
  const zip = await open(buffer);
  try {
    if (zip.entryCount > limits.maxEntries) throw tooLarge();
    const entries = await entriesOf(zip, limits, tooLarge);
    let left = limits.maxUncompressedBytes;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry).catch((error: Error) => {
        throw new NotAnArchive(error.message);
      });
      const count = new Writable({
        write(chunk: Buffer, _encoding, done) {
          left -= chunk.length;
          done(left < 0 ? tooLarge() : null);
        },
      });
      await pipeline(stream, count).catch((error: unknown) => {
        if (error instanceof ArchiveTooLarge) throw error;
        // more bytes than declared, a broken deflate stream, a bad checksum…
        throw new NotAnArchive(error instanceof Error ? error.message : String(error));
      });
    }
  } finally {
    zip.close();
  }
}
