import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { seedReferenceData } from '../db/seeds/index';
import { seedDemo } from '../demo/index';
import { hashPassword } from '../platform/passwords';
import { testDatabaseUrl } from './config';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate:
      { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
  }
}

/**
 * Migrates and seeds one template database before the suite; every test file then starts from a
 * copy of it. TEST_DATABASE_URL selects a PostgreSQL server; without it the embedded PGlite runs.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = testDatabaseUrl();
  if (url) {
    const template = `pdz_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const database = await openDatabase({ kind: 'postgres', url: templateUrl.toString() });
    await runMigrations(database);
    await seedReferenceData(database.db);
    await seedDemo(database.db, { hashPassword });
    await database.close();
    project.provide('dbTemplate', { kind: 'postgres', url, template });
    return async () => {
      const clones = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'pdz_t_${process.pid}_%' or datname = $1`,
        [template],
      );
      for (const { datname } of clones.rows)
        await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  const client = new PGlite();
  const database = await openDatabase({ kind: 'pglite', instance: client });
  await runMigrations(database);
  await seedReferenceData(database.db);
  await seedDemo(database.db, { hashPassword });
  const dump = await client.dumpDataDir('none');
  await client.close();
  const dir = mkdtempSync(join(tmpdir(), 'pdz-test-'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('dbTemplate', { kind: 'pglite', file });
  return async () => rmSync(dir, { recursive: true, force: true });
}
