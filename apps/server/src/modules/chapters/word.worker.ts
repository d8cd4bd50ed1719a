/**
 * The thread that reads Word files for chapters: mammoth reads a whole document at once, which
 * for a large file would hold the server's thread for seconds. A refusal comes back as its
 * problem (the file is not a Word document, too large, too long), anything else as an error.
 */
import type { WordImportProblem, WordImportResult } from '@pdz/core';
import { serveWorker } from '../../platform/worker-thread';
import { WordFileRefused, convertDocx } from './word-convert';

export interface WordRequest {
  bytes: Uint8Array;
}
export type WordReply =
  { ok: true; result: WordImportResult } | { ok: false; problem: WordImportProblem };

serveWorker<WordRequest, WordReply>(async ({ bytes }) => {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { value: { ok: true, result: await convertDocx(buffer) } };
  } catch (e) {
    if (e instanceof WordFileRefused) return { value: { ok: false, problem: e.problem } };
    throw e;
  }
});
