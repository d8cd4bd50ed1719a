import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { openDatabase, type Database } from '../db/client';
import { createTestApp, demo, type Client, type TestApp } from '../testing/test-app';
import { removeMembership, setPassword } from './access/index';
import { until } from '../testing/until';

/**
 * Two server processes on one database: on PostgreSQL a second app on a connection pool of its
 * own (its own memory, its own listening connection), as a second process would be; on the
 * embedded database, which one process owns, a second app on the same handle.
 */
let t: TestApp;
let second: Database | undefined;
let other: FastifyInstance;
const template = inject('dbTemplate');

beforeAll(async () => {
  t = await createTestApp();
  if (template.kind === 'postgres') {
    const name = (await t.sql(sql`select current_database() as name`)).rows[0]!.name as string;
    const url = new URL(template.url);
    url.pathname = `/${name}`;
    second = await openDatabase({ kind: 'postgres', url: url.toString() });
  }
  other = await buildApp({
    config: t.config,
    database: second ?? t.database,
    sessionSecret: 'test-secret-that-is-long-enough-for-cookies',
    webDist: '/nonexistent',
  });
  await other.ready();
});
afterAll(async () => {
  await other?.close();
  await second?.close();
  await t?.close();
});

const onOther = (client: Client, url: string) =>
  other.inject({ method: 'GET', url, headers: { cookie: client.cookie! } });

describe('several processes on one database', () => {
  it('a sign-out through one process is refused by the other, which kept the session', async () => {
    const c = await t.login(demo.partner);
    // the other process reads the session and keeps it
    expect((await onOther(c, '/api/auth/session')).statusCode).toBe(200);
    expect((await onOther(c, '/api/auth/session')).statusCode).toBe(200);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    const status = await until(async () => (await onOther(c, '/api/auth/session')).statusCode, 401);
    // well before the session's memory runs out (15 s)
    expect(status).toBe(401);
    // and a write never trusts memory
    const write = await other.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: c.cookie!, 'x-csrf-token': c.csrf! },
    });
    expect(write.statusCode).toBe(401);
  });

  it('a role taken away (from the CLI, a third process) is gone in the other process at once', async () => {
    const mayor = await t.login(demo.mayor);
    const districtId = (await onOther(mayor, '/api/districts')).json().items[0].id as string;
    const plans = `/api/districts/${districtId}/plans`;
    expect((await onOther(mayor, plans)).statusCode).toBe(200);
    expect((await onOther(mayor, plans)).statusCode).toBe(200);
    expect(
      await removeMembership(t.database.db, { email: demo.mayor, districtSlug: 'pavia' }),
    ).toBe(1);
    // no longer a member: the district's plans are as unknown to them as another district's
    expect(await until(async () => (await onOther(mayor, plans)).statusCode, 404)).toBe(404);
  });

  it('a password changed ends every session of the user, in every process', async () => {
    const region = await t.login(demo.region);
    expect((await onOther(region, '/api/auth/session')).statusCode).toBe(200);
    expect((await onOther(region, '/api/auth/session')).statusCode).toBe(200);
    await setPassword(t.database.db, { email: demo.region, password: 'una-password-nuova-2026' });
    expect(
      await until(async () => (await onOther(region, '/api/auth/session')).statusCode, 401),
    ).toBe(401);
    expect((await region.get('/api/auth/session')).statusCode).toBe(401);
    await t.login(demo.region, 'una-password-nuova-2026');
  });

  it('a write through one process is read at once through the other, which kept the plan', async () => {
    const office = await t.login(demo.planOffice);
    const districtId = (await office.get('/api/districts')).json().items[0].id as string;
    const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
    const base = `/api/districts/${districtId}/plans/${planId}`;
    const before = await onOther(office, base);
    expect(before.statusCode).toBe(200);
    const title = `Piano scritto altrove ${Date.now()}`;
    const renamed = await office.patch(base, { title, version: before.json().version });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const after = await onOther(office, base);
    expect(after.json().title).toBe(title);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // the tag the other process gave before the write no longer matches anywhere
    const stale = await other.inject({
      method: 'GET',
      url: base,
      headers: { cookie: office.cookie!, 'if-none-match': before.headers.etag as string },
    });
    expect(stale.statusCode).toBe(200);
  });
});
