// Starts a worker thread from the TypeScript sources (development and tests); the built
// server starts its bundled copies instead (see worker-thread.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
