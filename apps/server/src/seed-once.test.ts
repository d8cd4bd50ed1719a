import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './testing/test-app';
import { hashPassword } from './platform/passwords';
import { runMigrations } from './db/migrate';
import { seedOnce } from './seed-once';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the seed at start', () => {
  it('runs once per build and DEMO_DATA, and always when run from the sources', async () => {
    const db = t.database.db;
    const once = (build: string | undefined, demo = true) =>
      seedOnce(db, { demo, hashPassword, build });
    expect(await once('build-1')).toBe('seeded');
    expect(await once('build-1')).toBe('already seeded');
    expect(await once('build-1', false)).toBe('seeded');
    expect(await once('build-1', false)).toBe('already seeded');
    expect(await once('build-2')).toBe('seeded');
    expect(await once(undefined)).toBe('seeded');
    expect(await once(undefined)).toBe('seeded');
    const districts = await t.sql(
      sql`select count(*)::int as n from districts where slug = 'pavia'`,
    );
    expect(districts.rows[0]!.n).toBe(1);
  });

  it('finds every migration applied with one query, and applies none again', async () => {
    const count = async () =>
      (await t.sql(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)).rows[0]!.n;
    const before = await count();
    await runMigrations(t.database);
    expect(await count()).toBe(before);
  });
});
