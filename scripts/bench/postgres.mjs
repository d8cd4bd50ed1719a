// The bench's own database on a PostgreSQL server, through the `pg` package of apps/server:
// created empty before the server starts on it (the server migrates and seeds it), dropped at
// the end, also on errors and signals (`drop database if exists … with (force)`).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { POSTGRES_URL, SERVER_PACKAGE } from './config.mjs';
import { addCleanup } from './processes.mjs';

const serverRequire = createRequire(SERVER_PACKAGE);
const pg = serverRequire('pg');

function urlFor(database) {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** runs `fn` with a client on the maintenance database `postgres` */
async function withAdmin(fn) {
  const client = new pg.Client({
    connectionString: urlFor('postgres'),
    connectionTimeoutMillis: 5000,
    query_timeout: 60_000,
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const dropSql = (name) => `drop database if exists "${name}" with (force)`;

/** the synchronous last resort, for the `exit` handler: a short-lived node child does the drop */
function dropDatabaseSync(name) {
  const code = `const pg = require(${JSON.stringify(serverRequire.resolve('pg'))});
const c = new pg.Client({ connectionString: ${JSON.stringify(urlFor('postgres'))}, connectionTimeoutMillis: 5000 });
c.connect().then(() => c.query(${JSON.stringify(dropSql(name))})).finally(() => c.end());`;
  spawnSync(process.execPath, ['-e', code], { stdio: 'ignore', timeout: 10_000 });
}

/** where the PostgreSQL server is, without credentials, for messages and the report */
export const POSTGRES_WHERE = (() => {
  const url = new URL(POSTGRES_URL);
  return `${url.hostname}:${url.port || 5432}`;
})();

/**
 * Creates `pdz_bench_<pid><suffix>`. Resolves `{ skipped }` (a note for the tables) if the server
 * is not reachable; any other failure throws.
 */
export async function createBenchDatabase(suffix = '') {
  let version;
  try {
    version = await withAdmin(async (c) => (await c.query('show server_version')).rows[0]);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    console.log(
      `  PostgreSQL at ${POSTGRES_WHERE} is not reachable (${why}): skipping that target`,
    );
    return { skipped: 'not measured: PostgreSQL not reachable' };
  }
  const name = `pdz_bench_${process.pid}${suffix}`;
  addCleanup(
    async () => {
      await withAdmin((c) => c.query(dropSql(name)));
      console.log(`  dropped database ${name}`);
    },
    () => dropDatabaseSync(name),
  );
  await withAdmin(async (c) => {
    await c.query(dropSql(name)); // a leftover of an earlier run with the same pid
    await c.query(`create database "${name}"`);
  });
  console.log(`  created database ${name} on PostgreSQL ${version.server_version}`);
  return { name, url: urlFor(name), version: version.server_version };
}
