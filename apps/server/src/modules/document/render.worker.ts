/**
 * The document renderer's thread: builds the plan document's tree and turns it into a PDF or a
 * DOCX away from the server's event loop, so that other requests keep their response times while
 * a large plan is typeset. One request in, one file (or one error) out.
 */
import { planDocument, type Locale, type PlanDocumentInput } from '@pdz/core';
import { serveWorker } from '../../platform/worker-thread';
import { writeDocx } from './docx/docx-writer';
import { writePdf } from './pdf/pdf-writer';

export interface RenderRequest {
  format: 'pdf' | 'docx';
  /** what the document is made from: the tree is built here too, off the server's thread */
  input: PlanDocumentInput;
  locale: Locale;
}
export interface RenderReply {
  bytes: Uint8Array;
}

serveWorker<RenderRequest, RenderReply>(async (request) => {
  const doc = planDocument(request.input, request.locale);
  const written = request.format === 'pdf' ? writePdf(doc) : await writeDocx(doc);
  // a view into a shared pool must not be handed over: give the file its own buffer
  const bytes =
    written.byteOffset === 0 && written.byteLength === written.buffer.byteLength
      ? written
      : written.slice();
  return { value: { bytes }, transfer: [bytes.buffer as ArrayBuffer] };
});
