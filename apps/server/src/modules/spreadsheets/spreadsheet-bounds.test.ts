import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

// What the plan's spreadsheet routes refuse before reading a row, and control characters in a cell.

let t: TestApp;
let office: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const plan = await office.post(`/api/districts/${districtId}/plans`, {
    title: 'Piano dei limiti',
    period: { startYear: 2050, endYear: 2052 },
  });
  base = `/api/districts/${districtId}/plans/${plan.json().id}`;
  const area = (await office.post(`${base}/areas`, { title: 'Anziani' })).json();
  await office.post(`${base}/objectives`, { areaId: area.id, code: 'OB1', title: 'Domiciliarità' });
});
afterAll(async () => t.close());

const upload = (query: string, body: string | Buffer, type = 'text/csv') =>
  t.app.inject({
    method: 'POST',
    url: `${base}/spreadsheet?${query}`,
    headers: {
      cookie: office.cookie ?? '',
      'x-csrf-token': office.csrf ?? '',
      'content-type': type,
    },
    payload: body,
  });

const exported = async () =>
  (
    await t.app.inject({
      method: 'GET',
      url: `${base}/spreadsheet?format=csv&sheet=objectives`,
      headers: { cookie: office.cookie ?? '' },
    })
  ).rawPayload.toString('utf8');

describe('plan spreadsheet bounds', () => {
  it('refuses a format or a sheet not in the list, naming the parameter and the values allowed', async () => {
    const get = (query: string) =>
      t.app.inject({
        method: 'GET',
        url: `${base}/spreadsheet?${query}`,
        headers: { cookie: office.cookie ?? '' },
      });
    for (const [query, field] of [
      ['format=ods&sheet=objectives', 'query.format'],
      ['format=csv&sheet=budget', 'query.sheet'],
    ] as const) {
      const res = await get(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().issues[0]).toMatchObject({ field, code: 'invalid_value' });
      expect(res.json().issues[0].values.length).toBeGreaterThan(0);
    }
    const control = await get('format=csv&sheet=objectives%00');
    expect(control.statusCode).toBe(400);
    expect(control.json().issues[0]).toMatchObject({
      field: 'query.sheet',
      code: 'invalid_format',
      format: 'plain-text',
    });
  });

  it('refuses a cell with a control character, naming sheet, row and column, and writes nothing', async () => {
    const csv = await exported();
    const res = await upload(
      'format=csv&sheet=objectives',
      csv.replace('Domiciliarità', 'Dom\u0007i'),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().problems).toEqual([
      {
        sheet: 'objectives',
        row: 2,
        column: 'Titolo',
        columnLetter: 'C',
        code: 'controlCharacters',
      },
    ]);
    expect(await exported()).toBe(csv);
  });

  it('refuses a file larger than 5 MB with a 413 problem', async () => {
    const res = await upload('format=csv&sheet=objectives', Buffer.alloc(5 * 1024 * 1024 + 1, 59));
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
