import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let reader: Client;
beforeAll(async () => {
  t = await createTestApp();
  reader = await t.login(demo.partner);
});
afterAll(async () => t.close());

const codes = async (scheme: string) =>
  (await reader.get(`/api/classifications/${scheme}`))
    .json()
    .items.map((i: { code: string }) => i.code);

describe('classifications', () => {
  it('serves the funding-source catalogue with codes and labels in both languages', async () => {
    const res = await reader.get('/api/classifications/fundingSource');
    expect(res.statusCode).toBe(200);
    const fnps = res.json().items.find((i: { code: string }) => i.code === 'FNPS');
    expect(fnps).toMatchObject({
      labelIt: 'Fondo nazionale per le politiche sociali',
      labelEn: 'National social policy fund',
    });
    expect(await codes('fundingSource')).toEqual(
      expect.arrayContaining(['FSR', 'FNA', 'COM', 'COMP']),
    );
  });

  it('serves the ISTAT user areas, the LEPS, the policy sectors and the staff profiles', async () => {
    expect(await codes('istatUserArea')).toEqual([
      'FAM',
      'DIS',
      'ADD',
      'ELD',
      'IMMNOM',
      'POV',
      'MULBEN',
    ]);
    expect(await codes('leps')).toContain('PUA');
    expect(await codes('policySector')).toHaveLength(11);
    expect(await codes('staffProfile')).toContain('AS');
  });

  it('answers 404 for a classification that does not exist, and 401 without a session', async () => {
    expect((await reader.get('/api/classifications/nothing')).statusCode).toBe(404);
    expect((await t.anonymous.get('/api/classifications/fundingSource')).statusCode).toBe(401);
  });
});

describe('extending the classifications for a new planning round', () => {
  const item = {
    code: 'PNRR-M5C3',
    labelIt: 'PNRR Missione 5 Componente 3',
    labelEn: 'Recovery plan Mission 5 Component 3',
    edition: 'PdZ-2025-2027',
  };

  it('lets the region add a funding source, at the end of the catalogue, for every district', async () => {
    const region = await t.login(demo.region);
    const res = await region.post('/api/classifications/fundingSource', item);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...item, scheme: 'fundingSource' });
    const all = (await reader.get('/api/classifications/fundingSource')).json().items;
    expect(all.at(-1)).toMatchObject({ code: 'PNRR-M5C3', edition: 'PdZ-2025-2027' });
    const events = (
      await t.sql(
        sql`select action, entity_id from audit_events where action = 'classification.extended'`,
      )
    ).rows;
    expect(events).toEqual([
      { action: 'classification.extended', entity_id: 'fundingSource:PNRR-M5C3' },
    ]);
  });

  it('refuses a code already in the scheme with 409 naming the code, and a malformed code', async () => {
    const admin = await t.login(demo.admin);
    const again = await admin.post('/api/classifications/fundingSource', { ...item, code: 'FNPS' });
    expect(again.statusCode).toBe(409);
    expect(again.json().issues[0].field).toBe('body.code');
    const bad = await admin.post('/api/classifications/fundingSource', {
      ...item,
      code: 'fondo x',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('code');
    const unknown = await admin.post('/api/classifications/nothing', item);
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses the plan office and the mayor (403), changing nothing', async () => {
    for (const email of [demo.planOffice, demo.mayor]) {
      const res = await (
        await t.login(email)
      ).post('/api/classifications/leps', {
        ...item,
        code: 'NEW',
      });
      expect(res.statusCode).toBe(403);
    }
    expect(await codes('leps')).not.toContain('NEW');
  });

  it('lists the schemes with their sizes', async () => {
    const schemes = (await reader.get('/api/classifications')).json().items;
    expect(schemes).toEqual(
      expect.arrayContaining([
        { scheme: 'istatUserArea', count: 7 },
        expect.objectContaining({ scheme: 'fundingSource' }),
      ]),
    );
  });

  it('refuses, naming the field and the limit, a label too long, an unknown field and control characters', async () => {
    const admin = await t.login(demo.admin);
    const url = '/api/classifications/fundingSource';
    const long = await admin.post(url, { ...item, code: 'LONG', labelIt: 'x'.repeat(301) });
    expect(long.statusCode).toBe(400);
    expect(long.json().issues).toEqual([
      expect.objectContaining({ field: 'body.labelIt', code: 'too_big', maximum: 300 }),
    ]);

    const extra = await admin.post(url, { ...item, code: 'EXTRA', position: 1 });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({ field: 'body.position', code: 'unrecognized_keys' }),
    ]);

    const nul = await admin.post(url, { ...item, code: 'NUL', edition: 'PdZ\u00002025' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().issues).toEqual([
      expect.objectContaining({ field: 'body.edition', code: 'invalid_format' }),
    ]);
    const stored = await codes('fundingSource');
    for (const code of ['LONG', 'EXTRA', 'NUL']) expect(stored).not.toContain(code);

    for (const scheme of ['funding%00Source', 'a'.repeat(61)]) {
      const res = await reader.get(`/api/classifications/${scheme}`);
      expect(res.statusCode, scheme).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().issues[0].field).toBe('params.scheme');
    }
    const tooLong = await reader.get(`/api/classifications/${'a'.repeat(61)}`);
    expect(tooLong.json().issues[0]).toMatchObject({ code: 'too_big', maximum: 60 });
  });
});
