import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

/**
 * The portal's pages of approved versions are made once and revalidated by their tags; the
 * draft being written meanwhile changes none of them, a new approval changes the plan's page
 * and leaves the earlier version's page as it was.
 */
let t: TestApp;
let office: Client;
let base: string;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
});
afterAll(async () => t.close());

const get = (url: string, tag?: string) =>
  t.app.inject({ method: 'GET', url, headers: tag ? { 'if-none-match': tag } : {} });

describe('portal pages kept and revalidated', () => {
  it('tags every page and answers 304 to its tag, with no body', async () => {
    for (const url of [
      '/',
      '/distretti/pavia',
      `/distretti/pavia/piani/${planId}`,
      `/distretti/pavia/piani/${planId}/versioni/1`,
      '/distretti/pavia/servizi',
    ]) {
      const first = await get(url);
      expect(first.statusCode, url).toBe(200);
      const tag = first.headers.etag as string;
      expect(tag, url).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control'], url).toMatch(/^public/);
      const again = await get(url, tag);
      expect(again.statusCode, url).toBe(304);
      expect(again.body, url).toBe('');
    }
  });

  it('says how long a proxy may keep each page', async () => {
    const plan = await get(`/distretti/pavia/piani/${planId}`);
    expect(plan.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=86400');
    const version = await get(`/distretti/pavia/piani/${planId}/versioni/1`);
    expect(version.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const english = await get(`/distretti/pavia/piani/${planId}?lang=en`);
    expect(english.headers.etag).not.toBe(plan.headers.etag);
    expect(english.body).toContain('<html lang="en">');
  });

  it('serves the approved version while the draft changes, and the new one once approved', async () => {
    const url = `/distretti/pavia/piani/${planId}`;
    const before = await get(url);
    const versionOne = await get(`${url}/versioni/1`);

    const ob = (await office.get(base)).json().areas[0].objectives[0];
    const edited = await office.patch(`${base}/objectives/${ob.id}`, {
      title: 'Titolo della bozza in corso',
      version: ob.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const during = await get(url);
    expect(during.headers.etag).toBe(before.headers.etag);
    expect(during.body).toBe(before.body);
    expect(during.body).not.toContain('Titolo della bozza in corso');

    const tree = (await office.get(base)).json();
    const approved = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: tree.version,
      resolution: 'Delibera n. 9 del 15/12/2012',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const after = await get(url);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body).toContain('Titolo della bozza in corso');
    expect(after.body).toContain('Delibera n. 9 del 15/12/2012');
    // the tag a proxy kept of the page before no longer matches
    expect((await get(url, before.headers.etag as string)).statusCode).toBe(200);
    // version 1's page is what it was, byte for byte
    const oldVersion = await get(`${url}/versioni/1`);
    expect(oldVersion.body).toBe(versionOne.body);
    expect(oldVersion.headers.etag).toBe(versionOne.headers.etag);
    expect(oldVersion.body).not.toContain('Titolo della bozza in corso');
  });
});
