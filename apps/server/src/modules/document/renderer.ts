import { Worker } from 'node:worker_threads';
import type { Locale, PlanDocumentInput } from '@pdz/core';
import { serverBuild } from '../../build-info';
import type { RenderReply, RenderRequest } from './render.worker';

/** The bundled thread's file beside the built server (scripts/build.mjs makes it). */
const BUNDLED_WORKER = './document-worker.js';
/** A render that takes longer than this is stopped: the thread is replaced, the request fails. */
const RENDER_TIMEOUT_MS = 180_000;

export interface Renderer {
  render(input: PlanDocumentInput, locale: Locale, format: 'pdf' | 'docx'): Promise<Uint8Array>;
  /** renders waiting or running */
  pending(): number;
  close(): Promise<void>;
}

function startWorker(): Worker {
  if (serverBuild) return new Worker(new URL(BUNDLED_WORKER, import.meta.url));
  return new Worker(new URL('./render.worker.boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./render.worker.ts', import.meta.url).href },
  });
}

/**
 * One rendering thread per process, started at the first document and kept: typesetting never
 * runs on the thread that answers requests. Renders queue in the thread in arrival order; a
 * thread that crashes or hangs is replaced and the renders it held fail (a 503 to the user).
 */
export function createRenderer(): Renderer {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve: (b: Uint8Array) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
  >();

  const failAll = (err: Error) => {
    for (const [id, w] of waiting) {
      clearTimeout(w.timer);
      w.reject(err);
      waiting.delete(id);
    }
  };

  function ensureWorker(): Worker {
    if (worker) return worker;
    const w = startWorker();
    w.on('message', (reply: RenderReply) => {
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      clearTimeout(entry.timer);
      if (reply.ok) entry.resolve(reply.bytes);
      else entry.reject(new Error(`the document could not be rendered: ${reply.message}`));
    });
    const lost = (err: Error) => {
      if (worker !== w) return;
      worker = null;
      failAll(err);
    };
    w.on('error', (err) => lost(err));
    w.on('exit', (code) => lost(new Error(`the rendering thread stopped (exit ${code})`)));
    // an idle renderer must not keep the process alive
    w.unref();
    worker = w;
    return w;
  }

  return {
    render(input, locale, format) {
      const w = ensureWorker();
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error('the document took too long to render'));
          if (worker === w) {
            worker = null;
            failAll(new Error('the rendering thread was restarted'));
            void w.terminate();
          }
        }, RENDER_TIMEOUT_MS);
        waiting.set(id, { resolve, reject, timer });
        const request: RenderRequest = { id, format, input, locale };
        w.postMessage(request);
      });
    },
    pending: () => waiting.size,
    async close() {
      const w = worker;
      worker = null;
      failAll(new Error('the server is closing'));
      if (w) await w.terminate();
    },
  };
}
