import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import {
  PROCESSES_TIMEOUT,
  runCli,
  startServer,
  stopAll,
  stopProcess,
  type Running,
} from './testing/server-process';
import { until } from './testing/until';

/**
 * The real entry point, as `npm start` runs it: the built server (scripts/build.mjs, brought up
 * to date before the tests) on plain node. A fresh start migrates and seeds, SIGTERM stops
 * cleanly, a restart keeps data and sessions. In the PostgreSQL run it starts on an empty
 * server database through DATABASE_URL instead of the embedded one.
 */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pdz-main-'));
let env: Record<string, string>;
let dropDatabase = async () => undefined as void;

const start = (extra: Record<string, string> = {}) => startServer({ ...env, ...extra });
const stop = (r: Running) => stopProcess(r.child);
const cli = (args: string[], extra: Record<string, string>) => runCli(args, { ...env, ...extra });

async function login(url: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ufficio.piano@pavia.demo', password: 'demo-Pavia-2012' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

beforeAll(async () => {
  // what `npm start` and `npm run cli` run: built once, reused while the sources are unchanged
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'server', 'template'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0)
    throw new Error(`the server build failed:\n${build.stdout}${build.stderr}`);
  const template = inject('dbTemplate');
  if (template.kind === 'postgres') {
    const name = `pdz_t_${process.ppid}_main_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: template.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(template.url);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString(), SESSION_SECRET: randomBytes(32).toString('hex') };
    dropDatabase = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    env = { DATA_DIR: join(dir, 'data') };
  }
}, PROCESSES_TIMEOUT);
afterAll(async () => {
  // a server a failed test left running would still write into `dir` (ENOTEMPTY)
  await stopAll();
  await dropDatabase();
  rmSync(dir, { recursive: true, force: true });
}, PROCESSES_TIMEOUT);

describe('npm start', { timeout: PROCESSES_TIMEOUT }, () => {
  it('starts on an empty database, stops on SIGTERM, and restarts with data and sessions kept', async () => {
    const first = await start();
    expect(first.output()).toMatch(/Demo accounts/);
    expect(first.output()).toContain('ufficio.piano@pavia.demo');
    const ready = await fetch(`${first.url}/readyz`);
    expect(ready.status).toBe(200);
    const { cookie, csrf } = await login(first.url);
    const districts = (await (
      await fetch(`${first.url}/api/districts`, { headers: { cookie } })
    ).json()) as { items: { id: string }[] };
    const districtId = districts.items[0]!.id;
    const created = await fetch(`${first.url}/api/districts/${districtId}/plans`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Piano di Zona 2015–2017',
        period: { startYear: 2015, endYear: 2017 },
      }),
    });
    expect(created.status).toBe(201);
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('stopped cleanly');
    if (env.DATA_DIR) {
      // the generated session secret lives in the data folder: nothing is written beside it
      expect(readdirSync(dir)).toEqual(['data']);
      expect(existsSync(join(env.DATA_DIR, 'session-secret'))).toBe(true);
    }

    const second = await start();
    try {
      const plans = (await (
        await fetch(`${second.url}/api/districts/${districtId}/plans`, { headers: { cookie } })
      ).json()) as {
        items: { title: string }[];
      };
      expect(plans.items.map((p) => p.title)).toEqual([
        'Piano di Zona 2015–2017',
        'Piano di Zona 2012–2014',
      ]);
    } finally {
      expect(await stop(second)).toBe(0);
    }
  });

  it('refuses to start on a bad configuration, listing every problem', async () => {
    const failure = await start({ PORT: 'eighty', LOG_LEVEL: 'chatty' }).then(
      () => expect.unreachable(),
      (err: { code: number; out: string }) => err,
    );
    expect(failure.code).toBe(78);
    expect(failure.out).toContain('PORT');
    expect(failure.out).toContain('LOG_LEVEL');
  });

  it('sets up a clean installation from the CLI: a district and its first administrator, who can sign in', async () => {
    const clean = { DEMO_DATA: 'false', ...(env.DATA_DIR ? { DATA_DIR: join(dir, 'clean') } : {}) };
    const district = await cli(
      [
        'create-district',
        '--slug',
        'ambito-test',
        '--name',
        'Ambito di prova',
        '--region',
        'Lombardia',
      ],
      clean,
    );
    expect(district.out).toContain('district ambito-test created');
    expect(district.code).toBe(0);
    const admin = await cli(
      [
        'create-admin',
        '--email',
        'Admin@Ambito.test',
        '--name',
        'Prima Amministratrice',
        '--district',
        'ambito-test',
      ],
      {
        ...clean,
        PDZ_PASSWORD: 'una-password-lunga',
      },
    );
    expect(admin.code).toBe(0);
    const again = await cli(
      ['create-district', '--slug', 'ambito-test', '--name', 'Doppio', '--region', 'Lombardia'],
      clean,
    );
    expect(again.code).toBe(1);
    expect(again.out).toContain('exists');
    const weak = await cli(['create-admin', '--email', 'b@ambito.test', '--name', 'B'], {
      ...clean,
      PDZ_PASSWORD: 'short',
    });
    expect(weak.code).toBe(1);
    expect(weak.out).toContain('password');

    const server = await start(clean);
    try {
      expect(server.output()).not.toContain('Demo accounts');
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@ambito.test', password: 'una-password-lunga' }),
      });
      expect(res.status).toBe(200);
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      const districts = (await (
        await fetch(`${server.url}/api/districts`, { headers: { cookie } })
      ).json()) as {
        items: { slug: string; roles: string[] }[];
      };
      expect(districts.items).toEqual([
        expect.objectContaining({ slug: 'ambito-test', roles: ['admin'] }),
      ]);
    } finally {
      await stop(server);
    }
  });
});

// Two processes on one embedded database cannot be: the embedded one has a single owner.
describe.runIf(inject('dbTemplate').kind === 'postgres')(
  'several server processes on one PostgreSQL database',
  { timeout: PROCESSES_TIMEOUT },
  () => {
    it('a write, a sign-out and a role taken away through one process hold at once in the other', async () => {
      const [a, b] = await Promise.all([start(), start()]);
      try {
        const office = await login(a.url);
        const get = (r: Running, path: string, cookie = office.cookie) =>
          fetch(`${r.url}${path}`, { headers: { cookie } });
        const districtId = (
          (await (await get(b, '/api/districts')).json()) as {
            items: { id: string }[];
          }
        ).items[0]!.id;
        const plans = (await (await get(b, `/api/districts/${districtId}/plans`)).json()) as {
          items: { id: string }[];
        };
        const path = `/api/districts/${districtId}/plans/${plans.items.at(-1)!.id}`;
        // B reads the plan twice: the second answer is the one it kept
        const before = await get(b, path);
        const { version } = (await before.json()) as { version: number };
        expect((await get(b, path)).headers.get('etag')).toBe(before.headers.get('etag'));
        const title = `Piano riscritto da un altro processo ${version}`;
        const renamed = await fetch(`${a.url}${path}`, {
          method: 'PATCH',
          headers: {
            cookie: office.cookie,
            'x-csrf-token': office.csrf,
            'content-type': 'application/merge-patch+json',
          },
          body: JSON.stringify({ title, version }),
        });
        expect(renamed.status).toBe(200);
        const after = await get(b, path);
        expect(((await after.json()) as { title: string }).title).toBe(title);
        expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));

        // B keeps the session it read; signing out through A ends it in B too
        expect((await get(b, '/api/auth/session')).status).toBe(200);
        const out = await fetch(`${a.url}/api/auth/logout`, {
          method: 'POST',
          headers: { cookie: office.cookie, 'x-csrf-token': office.csrf },
        });
        expect(out.status).toBe(204);
        expect(await until(async () => (await get(b, '/api/auth/session')).status, 401)).toBe(401);

        // a role taken away by the CLI (a third process) is gone in B
        const mayor = await fetch(`${a.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'sindaco@pavia.demo', password: 'demo-Pavia-2012' }),
        });
        const mayorCookie = mayor.headers.get('set-cookie')!.split(';')[0]!;
        const theirPlans = `/api/districts/${districtId}/plans`;
        expect((await get(b, theirPlans, mayorCookie)).status).toBe(200);
        const removed = await cli(
          ['remove-member', '--email', 'sindaco@pavia.demo', '--district', 'pavia'],
          {},
        );
        expect(removed.code, removed.out).toBe(0);
        expect(await until(async () => (await get(b, theirPlans, mayorCookie)).status, 404)).toBe(
          404,
        );
      } finally {
        await Promise.all([stop(a), stop(b)]);
      }
    });
  },
);
