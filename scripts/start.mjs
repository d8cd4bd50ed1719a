// `npm start`: builds what is missing or out of date (the back office, the server, the empty
// embedded database; see scripts/build.mjs), then runs the built server in this very process
// (`node`, no TypeScript loader; one process, whose pid is the server's).
import { pathToFileURL } from 'node:url';
import { ensureBuilt, SERVER_ENTRY } from './build.mjs';

try {
  // the empty embedded database is only of use without DATABASE_URL
  await ensureBuilt(process.env.DATABASE_URL ? ['web', 'server'] : ['web', 'server', 'template']);
} catch (err) {
  console.error(`npm start: the build failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
await import(pathToFileURL(SERVER_ENTRY).href);
