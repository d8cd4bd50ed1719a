// The settings of `npm run bench`, read once from the environment (defaults are the documented
// run) and shared by the modules in this folder.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** what `npm start` runs: the built server, in this process (the bench builds first) */
export const SERVER_ENTRY = 'scripts/start.mjs';
/** what `npm run cli` runs: the built administration CLI; `seed-synthetic-plan` loads the large plan */
export const CLI_ENTRY = 'scripts/cli.mjs';
/** core's TypeScript entry, imported through tsx for the in-process timings */
export const CORE_ENTRY = fileURLToPath(
  new URL('../../packages/core/src/index.ts', import.meta.url),
);
export const BARE_ENTRY = fileURLToPath(new URL('./bare-server.mjs', import.meta.url));
/** the server's package.json, for createRequire of its dependencies (fastify, pg) */
export const SERVER_PACKAGE = fileURLToPath(
  new URL('../../apps/server/package.json', import.meta.url),
);

const intFromEnv = (name, fallback, min, max) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}`);
  }
  return n;
};

export const STARTS = intFromEnv('BENCH_STARTS', 3, 1, 10);
export const DURATION_S = intFromEnv('BENCH_DURATION', 10, 1, 120);
export const WARMUP_S = 2;
export const ROUNDS = intFromEnv('BENCH_ROUNDS', 2, 1, 10);
export const CONNECTIONS = 50;
/**
 * connections of the large plan's load runs: its endpoints take a hundred ms or more each, so a
 * few connections already keep the server busy (more only lengthen the queue)
 */
export const LARGE_CONNECTIONS = 5;
/** the district the large plan is seeded into (the demo district) */
export const LARGE_DISTRICT = 'pavia';
/** warm renders of each format of the plan document (after the cold one) */
export const DOCUMENT_RUNS = intFromEnv('BENCH_DOCUMENT_RUNS', 3, 1, 20);
/** timed calls of core's planDocument (after one untimed call) */
export const DOCUMENT_TREE_RUNS = 5;
/** a folder to copy the plan document's files to (PDF, DOCX, LibreOffice's PDF); none by default */
export const DOCUMENT_KEEP = process.env.BENCH_DOCUMENT_KEEP
  ? resolve(process.env.BENCH_DOCUMENT_KEEP)
  : null;
export const LOG_LEVEL = process.env.BENCH_LOG_LEVEL || 'warn';
export const OUTPUT = resolve(ROOT, process.env.BENCH_OUTPUT || 'docs/benchmarks.md');
/** the PostgreSQL server (no database in the path): the bench creates its own database on it */
export const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432';
/** fixed, so that the PostgreSQL server's sessions survive its warm restart */
export const POSTGRES_SESSION_SECRET = 'pdz-bench-session-secret-not-for-production-use';
export const READY_DEADLINE_MS = 120_000;
export const STOP_DEADLINE_MS = 20_000;
export const SEED_DEADLINE_MS = 180_000;
export const CLEANUP_DEADLINE_MS = 15_000;
export const READY_POLL_MS = 25;
export const DEMO = { email: 'ufficio.piano@pavia.demo', password: 'demo-Pavia-2012' };
