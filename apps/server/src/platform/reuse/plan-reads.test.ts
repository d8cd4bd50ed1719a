import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

/**
 * Plan reads are reused until the plan changes: each answer carries a strong tag, a matching
 * If-None-Match gets 304, and any write to the plan or to its district's data makes every read
 * of that plan new at once (a new tag, the new content), whichever module owns the write.
 */
let t: TestApp;
let office: Client;
let districtId: string;
let base: string;

const reads: [name: string, path: () => string][] = [
  ['tree', () => base],
  ['coherence', () => `${base}/coherence`],
  ['versions', () => `${base}/versions`],
  ['budget', () => `${base}/budget`],
  ['municipal share rule', () => `${base}/budget/municipal-share/rule`],
  ['municipal share', () => `${base}/budget/municipal-share`],
  ['indicators', () => `${base}/indicators`],
  ['needs', () => `${base}/needs`],
  ['chapters', () => `${base}/chapters`],
];

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
  const chapters = (await office.get(`${base}/chapters`)).json().items;
  if (chapters[0]) reads.push(['a chapter', () => `${base}/chapters/${chapters[0].id}`]);
});
afterAll(async () => t.close());

const conditional = (client: Client, url: string, tag: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie!, 'if-none-match': tag } });

/** the tag of every read, checking that each is answered 304 when asked with it */
async function tagsNow(): Promise<Map<string, { tag: string; body: string }>> {
  const tags = new Map<string, { tag: string; body: string }>();
  for (const [name, path] of reads) {
    const res = await office.get(path());
    expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
    const tag = res.headers.etag as string;
    expect(tag, name).toMatch(/^"[\w-]+"$/);
    expect(res.headers['cache-control'], name).toBe('private, no-cache');
    const again = await conditional(office, path(), tag);
    expect(again.statusCode, name).toBe(304);
    expect(again.body, name).toBe('');
    expect(again.headers.etag, name).toBe(tag);
    tags.set(name, { tag, body: res.body });
  }
  return tags;
}

const tree = async () => (await office.get(base)).json();

/** every kind of write, each through the module that owns it */
const writes: [name: string, write: () => Promise<{ statusCode: number; body: string }>][] = [
  [
    'the plan renamed',
    async () =>
      office.patch(base, { title: `Piano ${Date.now()}`, version: (await tree()).version }),
  ],
  ['an area added', async () => office.post(`${base}/areas`, { title: 'Area nuova' })],
  [
    'an objective added',
    async () =>
      office.post(`${base}/objectives`, {
        areaId: (await tree()).areas[0].id,
        code: `OBX${Date.now() % 1000}`,
        title: 'Obiettivo nuovo',
      }),
  ],
  [
    'an action added',
    async () =>
      office.post(`${base}/actions`, {
        objectiveId: (await tree()).areas[0].objectives[0].id,
        title: 'Azione nuova',
      }),
  ],
  [
    'money made available',
    async () => {
      const { period } = await tree();
      const budget = (await office.get(`${base}/budget`)).json();
      const row = budget.availability.find(
        (a: { sourceCode: string; year: number }) =>
          a.sourceCode === 'FNPS' && a.year === period.startYear,
      );
      return office.put(`${base}/budget/availability`, {
        sourceCode: 'FNPS',
        year: period.startYear,
        amount: (row?.amount ?? 0) + 1_000,
        carryOver: row?.carryOver ?? 0,
        version: row?.version ?? null,
      });
    },
  ],
  [
    'an indicator added',
    async () => {
      const { period, areas } = await tree();
      return office.post(`${base}/indicators`, {
        objectiveId: areas[0].objectives[0].id,
        name: 'Indicatore nuovo',
        kind: 'output',
        unit: 'persone',
        dataSource: 'Cartella sociale',
        frequency: 'annual',
        reportedBy: 'Ufficio di Piano',
        direction: 'increase',
        baselineValue: 1,
        baselineYear: period.startYear - 1,
        targets: [{ year: period.startYear, value: 2 }],
        partialPercent: 50,
        achievedPercent: 90,
      });
    },
  ],
  [
    'a need added',
    async () =>
      office.post(`${base}/needs`, {
        areaId: (await tree()).areas[0].id,
        title: 'Bisogno nuovo',
        statement: 'Un bisogno emerso al tavolo.',
        evidence: [],
      }),
  ],
  [
    'a chapter added',
    async () => office.post(`${base}/chapters`, { title: 'Capitolo nuovo', body: 'Testo.' }),
  ],
  [
    'an organization of the district added',
    async () =>
      office.post(`/api/districts/${districtId}/organizations`, {
        name: `Associazione ${Date.now()}`,
        kind: 'thirdSector',
        taxCode: null,
        registryNumber: null,
      }),
  ],
  [
    'population figures imported',
    async () =>
      t.app.inject({
        method: 'POST',
        url: `/api/districts/${districtId}/population/imports?kind=foreign`,
        headers: {
          cookie: office.cookie!,
          'x-csrf-token': office.csrf!,
          'content-type': 'text/csv',
        },
        payload: `codice_istat;anno;stranieri\n018110;2015;${1 + (Date.now() % 500)}\n`,
      }),
  ],
];

describe('plan reads reused until the plan changes', () => {
  it('answers 304 to a matching tag, and the full answer to another', async () => {
    const [name, path] = reads[0]!;
    const first = await office.get(path());
    const tag = first.headers.etag as string;
    const other = await conditional(office, path(), '"something-else"');
    expect(other.statusCode, name).toBe(200);
    expect(other.body).toBe(first.body);
    expect((await conditional(office, path(), `W/${tag}, "x"`)).statusCode).toBe(304);
  });

  for (const [what, write] of writes) {
    it(`gives every read a new tag once ${what}`, async () => {
      const before = await tagsNow();
      const res = await write();
      expect(res.statusCode, res.body).toBeLessThan(300);
      const after = await tagsNow();
      for (const [name, path] of reads) {
        expect(after.get(name)!.tag, `${name} after ${what}`).not.toBe(before.get(name)!.tag);
        // the old tag no longer matches: the reader gets the answer as it is now
        const stale = await conditional(office, path(), before.get(name)!.tag);
        expect(stale.statusCode, `${name} after ${what}`).toBe(200);
      }
    });
  }

  it('shows what was written at once (the rename in the tree, the money in the budget)', async () => {
    await office.get(base);
    const title = `Piano rinominato ${Date.now()}`;
    await office.patch(base, { title, version: (await tree()).version });
    expect((await office.get(base)).json().title).toBe(title);
  });

  it('compresses a reused answer once and tags each encoding apart', async () => {
    const plain = await office.get(base);
    const br = await t.app.inject({
      method: 'GET',
      url: base,
      headers: { cookie: office.cookie!, 'accept-encoding': 'gzip, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const { brotliDecompressSync } = await import('node:zlib');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    const revalidated = await t.app.inject({
      method: 'GET',
      url: base,
      headers: {
        cookie: office.cookie!,
        'accept-encoding': 'br',
        'if-none-match': br.headers.etag as string,
      },
    });
    expect(revalidated.statusCode).toBe(304);
  });

  it('checks the right before anything kept: no session, another district, an unknown plan', async () => {
    const tag = (await office.get(base)).headers.etag as string;
    const anonymous = await t.app.inject({
      method: 'GET',
      url: base,
      headers: { 'if-none-match': tag },
    });
    expect(anonymous.statusCode).toBe(401);
    const other = `/api/districts/00000000-0000-4000-8000-000000000000/plans/${base.split('/').pop()}`;
    expect((await office.get(other)).statusCode).toBe(404);
    const unknown = `/api/districts/${districtId}/plans/00000000-0000-4000-8000-000000000000`;
    expect((await office.get(unknown)).statusCode).toBe(404);
  });
});
