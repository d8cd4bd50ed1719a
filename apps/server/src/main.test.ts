import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { childProcessEnvironment } from './testing/config';

/**
 * The real entry point, as `npm start` runs it: the built server (scripts/build.mjs, brought up
 * to date before the tests) on plain node. A fresh start migrates and seeds, SIGTERM stops
 * cleanly, a restart keeps data and sessions. In the PostgreSQL run it starts on an empty
 * server database through DATABASE_URL instead of the embedded one.
 */
const serverDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pdz-main-'));
let env: Record<string, string>;
let dropDatabase = async () => undefined as void;

/** a start or a CLI command, with the time its processes may take on a busy 2-core machine */
const PROCESSES_TIMEOUT = 120_000;

/** every process the tests started: afterAll stops those still running before removing `dir` */
const children = new Set<ChildProcess>();

function launch(entry: string, args: string[], envOf: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: serverDir,
    env: envOf,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** SIGTERM, SIGKILL after 15 s; resolves the exit code once the process is gone */
function stopProcess(child: ChildProcess): Promise<number | null> {
  if (hasExited(child)) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', (code) => {
      clearTimeout(kill);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function start(extra: Record<string, string> = {}): Promise<Running> {
  const base = childProcessEnvironment();
  const child = launch('dist/main.js', [], {
    ...base,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...env,
    ...extra,
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start in 90 s:\n${out}`)), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`exited ${code}:\n${out}`), { code, out }));
    });
    const poll = setInterval(() => {
      const m = out.match(/Public portal:\s+(http:\/\/\S+?)\/\s/);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ child, url: m[1]!, output: () => out });
      }
    }, 100);
    child.on('exit', () => clearInterval(poll));
  });
}

const stop = (r: Running) => stopProcess(r.child);

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
  await Promise.all([...children].map(stopProcess));
  await dropDatabase();
  rmSync(dir, { recursive: true, force: true });
}, PROCESSES_TIMEOUT);

function cli(
  args: string[],
  extra: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  const child = launch('dist/cli.js', args, {
    ...childProcessEnvironment(),
    LOG_LEVEL: 'warn',
    ...env,
    ...extra,
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

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
