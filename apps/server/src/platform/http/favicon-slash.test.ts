import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { withoutTrailingSlash } from './trailing-slash';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('icons', () => {
  it('serves a real favicon: an ICO of PNGs, an SVG and a touch icon', async () => {
    const ico = await t.anonymous.get('/favicon.ico');
    expect(ico.statusCode).toBe(200);
    expect(ico.headers['content-type']).toBe('image/x-icon');
    const bytes = ico.rawPayload;
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICONDIR, type icon
    expect(bytes.readUInt16LE(4)).toBe(3); // 16, 32 and 48 px
    const svg = await t.anonymous.get('/favicon.svg');
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    const touch = await t.anonymous.get('/apple-touch-icon.png');
    expect(touch.headers['content-type']).toBe('image/png');
    expect(touch.rawPayload.readUInt32BE(16)).toBe(180); // PNG width
  });

  it('is linked from the portal pages and the back office page', async () => {
    const links = [
      '<link rel="icon" href="/favicon.ico" sizes="32x32" />',
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
      '<link rel="apple-touch-icon" href="/apple-touch-icon.png" />',
    ];
    const backOffice = readFileSync(new URL('../../../../web/index.html', import.meta.url), 'utf8');
    for (const body of [
      (await t.anonymous.get('/')).body,
      (await t.anonymous.get('/nowhere')).body,
      backOffice,
    ]) {
      for (const l of links) expect(body).toContain(l);
    }
  });
});

describe('trailing slash', () => {
  it('answers an address ending in / as the same address without it', async () => {
    for (const root of [
      '/api/hsds',
      '/api/meta',
      '/api/openapi.json',
      '/api/docs',
      '/distretti/pavia',
    ]) {
      const plain = await t.anonymous.get(root);
      const slash = await t.anonymous.get(`${root}/`);
      expect(plain.statusCode, root).toBe(200);
      expect(slash.statusCode, `${root}/`).toBe(200);
      expect(slash.body).toEqual(plain.body);
    }
    const query = await t.anonymous.get('/api/hsds/services/?per_page=1');
    expect(query.json().size).toBe(1);
  });

  it('answers /api itself as an API address: a problem, not a page', async () => {
    for (const url of ['/api', '/api/', '/api?x=1']) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('leaves the root, the back office and the query alone', () => {
    expect(withoutTrailingSlash('/')).toBe('/');
    expect(withoutTrailingSlash('/app/')).toBe('/app/');
    expect(withoutTrailingSlash('/app/districts/')).toBe('/app/districts/');
    expect(withoutTrailingSlash('/api/hsds//?a=b/')).toBe('/api/hsds?a=b/');
    expect(withoutTrailingSlash('/?lang=en')).toBe('/?lang=en');
  });
});
