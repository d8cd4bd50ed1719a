import { Worker, parentPort } from 'node:worker_threads';
import { serverBuild } from '../build-info';

/**
 * Work that would hold the server's one thread for long (typesetting a plan, reading a large
 * Word file) runs on a thread of its own: one per kind of work and process, started at the first
 * request and kept. Requests queue in the thread in arrival order; a thread that crashes or
 * takes longer than its limit is replaced, and the requests it held fail.
 */
export interface WorkerClient<Req, Res> {
  call(request: Req): Promise<Res>;
  /** requests waiting or running */
  pending(): number;
  close(): Promise<void>;
}

type Reply<Res> = { id: number; ok: true; value: Res } | { id: number; ok: false; message: string };

export interface WorkerEntry {
  /** the bundled thread's file beside the built server (an entry of scripts/build.mjs) */
  bundled: string;
  /** the TypeScript entry, run through tsx when the server runs from its sources */
  source: URL;
}

function start(entry: WorkerEntry): Worker {
  if (serverBuild) return new Worker(new URL(entry.bundled, import.meta.url));
  return new Worker(new URL('./worker-thread.boot.mjs', import.meta.url), {
    workerData: { entry: entry.source.href },
  });
}

export function createWorkerClient<Req, Res>(
  entry: WorkerEntry,
  options: { timeoutMs: number; what: string },
): WorkerClient<Req, Res> {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve: (v: Res) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
  >();

  const failAll = (err: Error) => {
    for (const [id, w] of waiting) {
      clearTimeout(w.timer);
      w.reject(err);
      waiting.delete(id);
    }
  };

  function ensure(): Worker {
    if (worker) return worker;
    const w = start(entry);
    w.on('message', (reply: Reply<Res>) => {
      const entryOf = waiting.get(reply.id);
      if (!entryOf) return;
      waiting.delete(reply.id);
      clearTimeout(entryOf.timer);
      if (reply.ok) entryOf.resolve(reply.value);
      else entryOf.reject(new Error(`${options.what} failed: ${reply.message}`));
    });
    const lost = (err: Error) => {
      if (worker !== w) return;
      worker = null;
      failAll(err);
    };
    w.on('error', (err) => lost(err));
    w.on('exit', (code) => lost(new Error(`the ${options.what} thread stopped (exit ${code})`)));
    // an idle thread must not keep the process alive
    w.unref();
    worker = w;
    return w;
  }

  return {
    call(request) {
      const w = ensure();
      const id = nextId++;
      return new Promise<Res>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`${options.what} took too long`));
          if (worker === w) {
            worker = null;
            failAll(new Error(`the ${options.what} thread was restarted`));
            void w.terminate();
          }
        }, options.timeoutMs);
        waiting.set(id, { resolve, reject, timer });
        w.postMessage({ id, request });
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

/**
 * The thread's side: answers each request with `handle`'s value (and the buffers to hand over
 * rather than copy), or with the message of what it threw.
 */
export function serveWorker<Req, Res>(
  handle: (request: Req) => Promise<{ value: Res; transfer?: ArrayBuffer[] }>,
): void {
  parentPort?.on('message', ({ id, request }: { id: number; request: Req }) => {
    handle(request).then(
      ({ value, transfer }) => parentPort!.postMessage({ id, ok: true, value }, transfer ?? []),
      (err: unknown) =>
        parentPort!.postMessage({
          id,
          ok: false,
          message: err instanceof Error ? err.message : String(err),
        }),
    );
  });
}
