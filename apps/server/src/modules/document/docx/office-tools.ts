import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

/**
 * Test helpers: open a DOCX the way a user's office suite would (LibreOffice converting it to
 * PDF) and read back what a reader sees (the PDF's text, page by page) or what Word reads (the
 * XML parts of the package).
 */

const run = promisify(execFile);

/**
 * Converts DOCX files to PDF with one LibreOffice run. Each run has a profile directory of its
 * own: two instances sharing one would wait on each other's lock or fail.
 */
export async function convertToPdf(files: Record<string, Uint8Array>): Promise<{
  dir: string;
  pdf: (name: string) => string;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'pdz-docx-'));
  const profile = join(tmpdir(), `pdz-soffice-${randomUUID()}`);
  const paths: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(dir, `${name}.docx`);
    await writeFile(path, bytes);
    paths.push(path);
  }
  const cleanup = async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  };
  try {
    await run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...paths,
      ],
      { timeout: 110_000 },
    );
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    dir,
    pdf: (name) => join(dir, `${basename(name)}.pdf`),
    cleanup,
  };
}

/** The text of a PDF, one string per page. */
export async function pdfPages(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = stdout.split('\f');
  // pdftotext ends the last page with a form feed too
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The text parts of a DOCX package by name. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async('string'));
  }
  return parts;
}
