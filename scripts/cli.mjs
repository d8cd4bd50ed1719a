// `npm run cli -- <command> …`: builds the server if it is missing or out of date (see
// scripts/build.mjs), then runs the built administration CLI in this very process.
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY, ensureBuilt } from './build.mjs';

try {
  // messages on stderr: what the command prints on stdout stays its own
  await ensureBuilt(process.env.DATABASE_URL ? ['server'] : ['server', 'template'], {
    log: console.error,
  });
} catch (err) {
  console.error(`npm run cli: the build failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
await import(pathToFileURL(CLI_ENTRY).href);
