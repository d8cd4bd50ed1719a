import { describe, expect, it } from 'vitest';
import { Paragraph } from 'docx';
import { docxFile } from '../testing/word-files';
import { zipBomb } from '../testing/zip-bomb';
import { ArchiveTooLarge, checkOfficeArchive, officeArchiveLimits } from './office-archive';
import { checkWorkbookArchive, workbookLimits } from './workbook-archive';

describe('checking any uploaded Office file before it is read', () => {
  it('answers the entry names and the bytes of the entries asked for', async () => {
    const docx = await docxFile([new Paragraph('Testo del capitolo')]);
    const archive = await checkOfficeArchive(docx, undefined, (n) => n === 'word/document.xml');
    expect(archive.names).toContain('[Content_Types].xml');
    expect(archive.names).toContain('word/document.xml');
    expect([...archive.files.keys()]).toEqual(['word/document.xml']);
    expect(archive.files.get('word/document.xml')!.toString('utf8')).toContain(
      'Testo del capitolo',
    );
  });

  it('refuses a bomb whatever it keeps, and keeps the workbook names working', async () => {
    await expect(checkOfficeArchive(zipBomb(2048), undefined, () => true)).rejects.toEqual(
      new ArchiveTooLarge(50),
    );
    await expect(
      checkOfficeArchive(
        zipBomb(3),
        { maxUncompressedBytes: 2 * 1024 * 1024, maxEntries: 10 },
        () => true,
      ),
    ).rejects.toEqual(new ArchiveTooLarge(2));
    expect(workbookLimits).toBe(officeArchiveLimits);
    await expect(checkWorkbookArchive(zipBomb(1))).resolves.toBeUndefined();
  });
});
