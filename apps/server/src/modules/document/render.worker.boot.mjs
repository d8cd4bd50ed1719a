// Starts the renderer's thread from the TypeScript sources (development and tests); the built
// server starts its bundled copy instead (see renderer.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
