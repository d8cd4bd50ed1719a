import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index';

/** One Drizzle type for both drivers: the code above the repository never knows which it has. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** the server's address (PostgreSQL): other connections than the pool's (LISTEN) use it */
  url?: string;
  /** throws when the database cannot answer */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  /** `template`: an empty database folder copied into a new `dataDir` instead of running initdb */
  | { kind: 'pglite'; dataDir: string; template?: string }
  | { kind: 'pglite'; instance: PGlite };

/**
 * PostgreSQL's default shared_buffers in PGlite is 160 MB, all of it touched in the WebAssembly
 * memory at start (RSS). The demo data and a large plan fit in far less; see docs/benchmarks.md.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

/**
 * A new data folder gets a copy of `template` (made once by scripts/build.mjs): about 0.5 s
 * instead of PGlite's initdb (about 4 s and 0.7 GB in a second instance). PG_VERSION is copied
 * last, so an interrupted copy is not taken for a database and is made again.
 */
function copyTemplate(template: string, dataDir: string): void {
  if (existsSync(join(dataDir, 'PG_VERSION')) || !existsSync(join(template, 'PG_VERSION'))) return;
  const marker = join(template, 'PG_VERSION');
  cpSync(template, dataDir, { recursive: true, filter: (src) => src !== marker });
  copyFileSync(marker, join(dataDir, 'PG_VERSION'));
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // A dropped idle connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    await pool.query('select 1');
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      kind: 'postgres',
      url: target.url,
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if ('instance' in target) {
    client = target.instance;
  } else {
    if (!target.dataDir.startsWith('memory://')) {
      mkdirSync(target.dataDir, { recursive: true });
      if (target.template) copyTemplate(target.template, target.dataDir);
    }
    client = await PGlite.create(target.dataDir, {
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
  }
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}
