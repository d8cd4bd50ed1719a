import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let office: Client;
let districtId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
});
afterAll(async () => t.close());

const organizations = () => `/api/districts/${districtId}/organizations`;
const organizationNames = async () =>
  (await office.get(`/api/districts/${districtId}`))
    .json()
    .organizations.map((o: { name: string }) => o.name);

describe('the limits of an organization', () => {
  it('refuses a name past 200 characters and a tax code past 16, naming the limit and the length sent', async () => {
    const res = await office.post(organizations(), {
      name: 'C'.repeat(201),
      kind: 'thirdSector',
      taxCode: '0'.repeat(17),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.name', code: 'too_big', maximum: 200, actual: 201 }),
        expect.objectContaining({
          field: 'body.taxCode',
          code: 'too_big',
          maximum: 16,
          actual: 17,
        }),
      ]),
    );
  });

  it('refuses control characters in a name and a field it does not take, and adds nothing', async () => {
    const before = await organizationNames();
    const control = await office.post(organizations(), {
      name: 'Cooperativa\u0000Aurora',
      kind: 'thirdSector',
    });
    expect(control.statusCode).toBe(400);
    expect(control.json().issues).toEqual([
      expect.objectContaining({ field: 'body.name', code: 'invalid_format', format: 'plain-text' }),
    ]);
    const extra = await office.post(organizations(), {
      name: 'Cooperativa Aurora',
      kind: 'thirdSector',
      website: 'https://aurora.example',
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.website',
        code: 'unrecognized_keys',
        message: expect.stringContaining('website'),
      }),
    ]);
    expect(await organizationNames()).toEqual(before);
  });

  it('still takes a name with a line feed trimmed away and empty identifiers as none', async () => {
    const res = await office.post(organizations(), {
      name: 'Cooperativa Aurora\n',
      kind: 'thirdSector',
      taxCode: '',
      registryNumber: ' ',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Cooperativa Aurora',
      taxCode: null,
      registryNumber: null,
    });
  });
});
