import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/client';
import { demoPassword } from '../demo/index';
import { forgetKept } from '../platform/reuse/change-feed';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** signs in and returns what a browser would hold: the cookie and the CSRF token */
  login(email: string, password?: string): Promise<Client>;
  anonymous: Client;
  /**
   * runs SQL straight on the test database (to set up a state or check one); what the app kept
   * in memory is forgotten, since no write path announced the change
   */
  sql(query: SQL): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

export interface Client {
  cookie: string | undefined;
  csrf: string | undefined;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const template = inject('dbTemplate');
  if (template.kind === 'pglite') {
    const blob = new Blob([readFileSync(template.file)]);
    const client = await PGlite.create({ loadDataDir: blob });
    return {
      database: await openDatabase({ kind: 'pglite', instance: client }),
      drop: async () => undefined,
    };
  }
  const name = `pdz_t_${process.ppid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template.template}`);
  const url = new URL(template.url);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function client(app: FastifyInstance, cookie?: string, csrf?: string): Client {
  const headers = () => ({
    ...(cookie ? { cookie } : {}),
    ...(csrf ? { 'x-csrf-token': csrf } : {}),
  });
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: headers(),
      ...(body !== undefined ? { payload: body as object } : {}),
    });
  return {
    cookie,
    csrf,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    delete: (url) => send('DELETE', url),
  };
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { database, drop } = await openTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    // on, as in production, but beyond what a suite sends
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const app = await buildApp({
    config,
    database,
    sessionSecret: 'test-secret-that-is-long-enough-for-cookies',
    webDist: '/nonexistent',
  });
  await app.ready();
  return {
    app,
    database,
    config,
    anonymous: client(app),
    async sql(query) {
      const result = await database.db.execute(query);
      // a change behind the product's back: the app forgets what it kept, as after a restart
      forgetKept(database.db);
      return result as unknown as { rows: Record<string, unknown>[] };
    },
    async login(email, password = demoPassword) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.cookies.find((c) => c.name === 'pdz_session');
      return client(app, `pdz_session=${setCookie!.value}`, res.json().csrfToken as string);
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

export const demo = {
  planOffice: 'ufficio.piano@pavia.demo',
  mayor: 'sindaco@pavia.demo',
  partner: 'terzo.settore@pavia.demo',
  healthAgency: 'ats@pavia.demo',
  region: 'regione@pavia.demo',
  admin: 'admin@pavia.demo',
} as const;
