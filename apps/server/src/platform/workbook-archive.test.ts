import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipBomb } from '../testing/zip-bomb';
import {
  ArchiveTooLarge,
  NotAnArchive,
  checkWorkbookArchive,
  workbookLimits,
} from './workbook-archive';

const mib = 1024 * 1024;
/** what the process holds outside the V8 heap's free space: buffers and the heap in use */
const held = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

describe('checking an uploaded workbook before it is read', () => {
  it('lets an ordinary workbook through', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Obiettivi').addRow(['Codice', 'Titolo']);
    await expect(
      checkWorkbookArchive(Buffer.from(await wb.xlsx.writeBuffer())),
    ).resolves.toBeUndefined();
  });

  it('refuses a 2 MB archive that declares 2 GiB, from its directory, inflating nothing', async () => {
    const bomb = zipBomb(2048);
    expect(bomb.length).toBeLessThan(3 * mib);
    const before = held();
    await expect(checkWorkbookArchive(bomb)).rejects.toEqual(new ArchiveTooLarge(50));
    expect(held() - before).toBeLessThan(64 * mib);
  });

  it('stops inflating an entry that lies about its size, at the size it declares', async () => {
    // 300 MiB of zeros declared as 1 KiB: the count stops just past the kilobyte
    const liar = zipBomb(300, 1024);
    const before = held();
    await expect(checkWorkbookArchive(liar)).rejects.toBeInstanceOf(NotAnArchive);
    expect(held() - before).toBeLessThan(64 * mib);
  });

  it('stops at the total cap whatever the entries declare, and at too many entries', async () => {
    const limits = { maxUncompressedBytes: 2 * mib, maxEntries: 10 };
    await expect(checkWorkbookArchive(zipBomb(3), limits)).rejects.toEqual(new ArchiveTooLarge(2));
    await expect(checkWorkbookArchive(zipBomb(1), limits)).resolves.toBeUndefined();
    await expect(
      checkWorkbookArchive(zipBomb(1), { ...limits, maxEntries: 1 }),
    ).rejects.toBeInstanceOf(ArchiveTooLarge);
    expect(workbookLimits.maxUncompressedBytes).toBe(50 * mib);
  });

  it('says random bytes are not an archive', async () => {
    await expect(checkWorkbookArchive(randomBytes(64 * 1024))).rejects.toBeInstanceOf(NotAnArchive);
    await expect(checkWorkbookArchive(Buffer.from('Codice;Titolo\n'))).rejects.toBeInstanceOf(
      NotAnArchive,
    );
  });
});
