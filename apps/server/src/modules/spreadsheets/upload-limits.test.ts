import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { zipBomb } from '../../testing/zip-bomb';

// Every import that reads an uploaded workbook checks how far it expands before reading it.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const mib = 1024 * 1024;

let t: TestApp;
let office: Client;
let imports: { name: string; url: string }[];

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  imports = [
    {
      name: 'plan spreadsheet',
      url: `/api/districts/${districtId}/plans/${planId}/spreadsheet?format=xlsx`,
    },
    { name: 'services', url: `/api/districts/${districtId}/services/file?format=xlsx` },
  ];
});
afterAll(async () => t.close());

const upload = (url: string, payload: Buffer) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: office.cookie ?? '',
      'x-csrf-token': office.csrf ?? '',
      'content-type': XLSX,
    },
    payload,
  });

describe('uploaded workbooks', () => {
  it('refuses a 2 MB workbook that inflates to 2 GiB, without the server’s memory growing', async () => {
    const bomb = zipBomb(2048);
    expect(bomb.length).toBeLessThan(3 * mib);
    for (const { name, url } of imports) {
      global.gc?.();
      const before = process.memoryUsage().rss;
      const res = await upload(url, bomb);
      const grown = process.memoryUsage().rss - before;
      expect(res.statusCode, name).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().problems, name).toEqual([
        expect.objectContaining({ row: null, code: 'expandsTooMuch', data: { max: 50 } }),
      ]);
      // a generous bound: reading the bomb whole would take gigabytes
      expect(grown, `${name}: ${Math.round(grown / mib)} MiB`).toBeLessThan(200 * mib);
    }
  });

  it('refuses a workbook whose entry lies about its size as unreadable, inflating only what it declares', async () => {
    for (const { name, url } of imports) {
      const res = await upload(url, zipBomb(300, 1024));
      expect(res.statusCode, name).toBe(400);
      expect(res.json().problems.map((p: { code: string }) => p.code)).toEqual(['unreadableFile']);
    }
  });

  it('answers random bytes sent as a workbook with a 400 saying the file cannot be read', async () => {
    for (const { name, url } of imports) {
      const res = await upload(url, randomBytes(200 * 1024));
      expect(res.statusCode, name).toBe(400);
      expect(res.json().problems.map((p: { code: string }) => p.code)).toEqual(['unreadableFile']);
    }
  });
});
