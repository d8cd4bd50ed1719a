import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
