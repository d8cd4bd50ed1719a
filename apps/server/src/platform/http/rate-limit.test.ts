import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const limitHeaders = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];

describe('rate-limit headers on every API answer', () => {
  it('on 2xx and 4xx answers of the API, not on the portal’s pages', async () => {
    const office = await t.login(demo.planOffice);
    const answers = [
      await t.anonymous.get('/api/meta'),
      await t.anonymous.get('/api/hsds/services?page=0'),
      await t.anonymous.get('/api/districts'),
      await t.anonymous.get('/api/no/such/thing'),
      await office.get('/api/districts'),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 400, 401, 404, 200]);
    for (const [i, res] of answers.entries()) {
      for (const h of limitHeaders) expect(res.headers[h], `answer ${i}: ${h}`).toBeDefined();
      expect(res.headers['ratelimit-limit']).toBe('1000000');
    }
    const portal = await t.anonymous.get('/');
    expect(portal.statusCode).toBe(200);
    for (const h of limitHeaders) expect(portal.headers[h]).toBeUndefined();
  });
});

describe('past the limit', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => small.close());

  it('answers 429 RATE_LIMITED with Retry-After, per session, else per address', async () => {
    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const res = await small.anonymous.get('/api/meta');
      expect(res.statusCode).toBe(200);
      remaining.push(res.headers['ratelimit-remaining']);
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const refused = await small.anonymous.get('/api/meta');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);

    // login keeps its own limit, per address; then the session has a budget of its own
    const office = await small.login(demo.planOffice);
    const mine = await office.get('/api/meta');
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['ratelimit-remaining']).toBe('2');

    // a cookie the server did not sign is no session: it shares the address's budget
    const forged = await small.app.inject({
      url: '/api/meta',
      headers: { cookie: 'pdz_session=made-up' },
    });
    expect(forged.statusCode).toBe(429);
  });
});

describe('RATE_LIMIT_PER_MINUTE=0', () => {
  it('turns the API-wide limit off: no headers, no 429', async () => {
    const off = await createTestApp({ RATE_LIMIT_PER_MINUTE: '0' });
    try {
      for (let i = 0; i < 5; i++) {
        const res = await off.anonymous.get('/api/meta');
        expect(res.statusCode).toBe(200);
        expect(res.headers['ratelimit-limit']).toBeUndefined();
      }
    } finally {
      await off.close();
    }
  });
});
