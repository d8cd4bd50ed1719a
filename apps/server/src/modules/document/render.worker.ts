/**
 * The document renderer's thread: builds the plan document's tree and turns it into a PDF or a
 * DOCX away from the
 * server's event loop, so that other requests keep their response times while a large plan is typeset. One message in, one file (or one error) out.
 */
import { parentPort } from 'node:worker_threads';
import { planDocument, type Locale, type PlanDocumentInput } from '@pdz/core';
import { writeDocx } from './docx/docx-writer';
import { writePdf } from './pdf/pdf-writer';

export interface RenderRequest {
  id: number;
  format: 'pdf' | 'docx';
  /** what the document is made from: the tree is built here too, off the server's thread */
  input: PlanDocumentInput;
  locale: Locale;
}
export type RenderReply =
  | { id: number; ok: true; bytes: Uint8Array; ms: number }
  | { id: number; ok: false; message: string };

parentPort?.on('message', (request: RenderRequest) => {
  const started = performance.now();
  const done = (written: Uint8Array) => {
    // a view into a shared pool must not be handed over: give the file its own buffer
    const own =
      written.byteOffset === 0 && written.byteLength === written.buffer.byteLength
        ? written
        : written.slice();
    const reply: RenderReply = {
      id: request.id,
      ok: true,
      bytes: own,
      ms: performance.now() - started,
    };
    parentPort!.postMessage(reply, [own.buffer as ArrayBuffer]);
  };
  const fail = (err: unknown) => {
    const reply: RenderReply = {
      id: request.id,
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    };
    parentPort!.postMessage(reply);
  };
  try {
    const doc = planDocument(request.input, request.locale);
    if (request.format === 'pdf') done(writePdf(doc));
    else writeDocx(doc).then(done, fail);
  } catch (err) {
    fail(err);
  }
});
