import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/index';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';

/**
 * A supplier's view of the API: types generated from the served document (openapi-typescript),
 * a client program written against them and checked by the TypeScript compiler, then run
 * against the listening server with openapi-fetch. Operation names are what such programs use:
 * renaming one breaks this test, as it would break them.
 */
const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const run = promisify(execFile);

const program = `
import createClient from 'openapi-fetch';
import type { operations, paths } from './api';

type Plans = operations['listPlans']['responses'][200]['content']['application/json'];
type Budget = operations['getBudget']['responses'][200]['content']['application/json'];

const api = createClient<paths>({ baseUrl: process.argv[2] });
const out: Record<string, unknown> = {};

const status = await api.GET('/status');
out.status = status.response.status;

const signIn = await api.POST('/auth/login', {
  body: { email: process.argv[3], password: process.argv[4] },
});
if (!signIn.data) throw new Error('login failed: ' + signIn.response.status);
const cookie = (signIn.response.headers.get('set-cookie') ?? '').split(';')[0];
const csrf: string = signIn.data.csrfToken;
const headers = { cookie };

const session = await api.GET('/auth/session', { headers });
out.user = session.data?.user.email;

const districts = await api.GET('/districts', { headers });
const districtId = districts.data!.items[0].id;
const plans = await api.GET('/districts/{districtId}/plans', { params: { path: { districtId } }, headers });
const list: Plans['items'] = plans.data!.items;
// the demo plan: approved, and being updated
const draft = list[0];
const planId = draft.id;
out.plans = list.length;

const budget = await api.GET('/districts/{districtId}/plans/{planId}/budget', {
  params: { path: { districtId, planId } },
  headers,
});
const cells: Budget['availability'] = budget.data!.availability;
out.budgetCells = cells.length;

const renamed = await api.PATCH('/districts/{districtId}/plans/{planId}', {
  params: { path: { districtId, planId } },
  headers: { ...headers, 'x-csrf-token': csrf, 'content-type': 'application/merge-patch+json' },
  body: { title: draft.title + ' (rivisto)', version: draft.version },
});
out.renamed = renamed.data?.title;

const stale = await api.PATCH('/districts/{districtId}/plans/{planId}', {
  params: { path: { districtId, planId } },
  headers: { ...headers, 'x-csrf-token': csrf, 'content-type': 'application/merge-patch+json' },
  body: { title: 'Altro titolo', version: draft.version },
});
out.staleStatus = stale.response.status;
out.staleCode = (stale.error as { code?: string } | undefined)?.code;
out.staleType = stale.response.headers.get('content-type');

console.log(JSON.stringify(out));
`;

let t: TestApp;
let dir: string;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
  dir = mkdtempSync(join(tmpdir(), 'pdz-client-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

describe('a client generated from the API document', () => {
  it('compiles against the generated types and works against the server', async () => {
    const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as {
      servers: Array<{ url: string }>;
    };
    expect(doc.servers[0]?.url).toBe(`${base}/api`);
    writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(doc as never)));
    writeFileSync(join(dir, 'client.ts'), program);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        files: ['client.ts', 'api.ts'],
      }),
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const typecheck = await run(process.execPath, [tsc, '-p', dir]).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout, failed: true }),
    );
    expect(typecheck.stdout).toBe('');

    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
    const { stdout } = await run(process.execPath, [
      tsx,
      join(dir, 'client.ts'),
      `${base}/api`,
      demo.planOffice,
      demoPassword,
    ]);
    const out = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(out).toMatchObject({
      status: 200,
      user: demo.planOffice,
      renamed: expect.stringContaining('(rivisto)'),
      staleStatus: 409,
      staleCode: 'VERSION_CONFLICT',
      staleType: expect.stringContaining('application/problem+json'),
    });
    expect(out.plans).toBeGreaterThan(0);
    expect(out.budgetCells).toBeGreaterThan(0);
  }, 240_000);
});
