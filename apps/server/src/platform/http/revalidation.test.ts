import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let office: Client;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
});
afterAll(async () => t.close());

const ask = (url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: office.cookie!, ...headers } });

describe('revalidation of every read', () => {
  it('tags an API answer from its bytes, private, and answers 304 to the tag', async () => {
    const first = await ask('/api/districts', {});
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^"[\w-]+"$/);
    const again = await ask('/api/districts', { 'if-none-match': tag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // the same bytes, the same tag; another answer, another tag
    expect((await ask('/api/districts', {})).headers.etag).toBe(tag);
    expect((await ask('/api/auth/session', {})).headers.etag).not.toBe(tag);
  });

  it('leaves alone what must not be kept, and what is not a success', async () => {
    const districtId = (await ask('/api/districts', {})).json().items[0].id;
    const plans = (await ask(`/api/districts/${districtId}/plans`, {})).json().items;
    const exported = await ask(`/api/districts/${districtId}/plans/${plans[0].id}/spreadsheet`, {});
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['cache-control']).toBe('no-store');
    expect(exported.headers.etag).toBeUndefined();
    const missing = await ask('/api/districts/00000000-0000-4000-8000-000000000000', {});
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
  });
});
