import type { Locale, PlanDocumentInput } from '@pdz/core';
import { createWorkerClient } from '../../platform/worker-thread';
import type { RenderReply, RenderRequest } from './render.worker';

/** A render that takes longer than this is stopped: the thread is replaced, the request fails. */
const RENDER_TIMEOUT_MS = 180_000;

export interface Renderer {
  render(input: PlanDocumentInput, locale: Locale, format: 'pdf' | 'docx'): Promise<Uint8Array>;
  /** renders waiting or running */
  pending(): number;
  close(): Promise<void>;
}

/**
 * The plan document's own thread (platform/worker-thread.ts): the tree is built and typeset
 * there, never on the thread that answers requests.
 */
export function createRenderer(): Renderer {
  const client = createWorkerClient<RenderRequest, RenderReply>(
    {
      bundled: './document-worker.js',
      source: new URL('./render.worker.ts', import.meta.url),
    },
    { timeoutMs: RENDER_TIMEOUT_MS, what: 'rendering the document' },
  );
  return {
    render: async (input, locale, format) => (await client.call({ input, locale, format })).bytes,
    pending: () => client.pending(),
    close: () => client.close(),
  };
}
