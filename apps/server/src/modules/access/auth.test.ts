import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('sign-in', () => {
  it('signs in a demo user, sets an HttpOnly SameSite cookie and returns memberships and a CSRF token', async () => {
    const res = await t.anonymous.post('/api/auth/login', {
      email: demo.planOffice,
      password: 'demo-Pavia-2012',
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pdz_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user.email).toBe(demo.planOffice);
    expect(body.memberships).toEqual([expect.objectContaining({ role: 'planOffice' })]);
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('accepts the e-mail in any case and with spaces', async () => {
    const res = await t.anonymous.post('/api/auth/login', {
      email: '  SINDACO@Pavia.demo ',
      password: 'demo-Pavia-2012',
    });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await t.anonymous.post('/api/auth/login', {
      email: demo.mayor,
      password: 'nope',
    });
    const unknown = await t.anonymous.post('/api/auth/login', {
      email: 'nobody@pavia.demo',
      password: 'nope',
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('names the field of a malformed login request', async () => {
    const res = await t.anonymous.post('/api/auth/login', { email: 'not-an-email', password: '' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('refuses an e-mail or password past its limit, a control character and an unknown field, naming each', async () => {
    const long = await t.anonymous.post('/api/auth/login', {
      email: `${'a'.repeat(246)}@pavia.it`,
      password: 'x'.repeat(257),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'body.email',
          code: 'too_big',
          maximum: 254,
          actual: 255,
        }),
        expect.objectContaining({
          field: 'body.password',
          code: 'too_big',
          maximum: 256,
          actual: 257,
        }),
      ]),
    );
    const control = await t.anonymous.post('/api/auth/login', {
      email: 'sindaco@pavia.demo\u0000',
      password: 'demo-Pavia-2012',
    });
    expect(control.statusCode).toBe(400);
    expect(control.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.email',
        code: 'invalid_format',
        format: 'plain-text',
      }),
    ]);
    const extra = await t.anonymous.post('/api/auth/login', {
      email: demo.mayor,
      password: 'demo-Pavia-2012',
      rememberMe: true,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.rememberMe',
        code: 'unrecognized_keys',
        message: expect.stringContaining('rememberMe'),
      }),
    ]);
  });

  it('locks the account after 5 failures, even for the right password, and tells when to retry', async () => {
    for (let i = 1; i <= 4; i += 1) {
      const res = await t.anonymous.post('/api/auth/login', {
        email: demo.region,
        password: `wrong-${i}`,
      });
      expect(res.json().code).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await t.anonymous.post('/api/auth/login', {
      email: demo.region,
      password: 'wrong-5',
    });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    const right = await t.anonymous.post('/api/auth/login', {
      email: demo.region,
      password: 'demo-Pavia-2012',
    });
    expect(right.statusCode).toBe(423);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
  });

  it('lets the user in again once the lock has run out, and the count starts afresh', async () => {
    await t.database.db.execute(
      sql`update users set locked_until = now() - interval '1 minute' where email = ${demo.region}`,
    );
    const wrongAgain = await t.anonymous.post('/api/auth/login', {
      email: demo.region,
      password: 'wrong-again',
    });
    expect(wrongAgain.json().code).toBe('INVALID_CREDENTIALS');
    const right = await t.anonymous.post('/api/auth/login', {
      email: demo.region,
      password: 'demo-Pavia-2012',
    });
    expect(right.statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('answers the current session, and 401 UNAUTHENTICATED without a cookie', async () => {
    const c = await t.login(demo.mayor);
    const me = await c.get('/api/auth/session');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(demo.mayor);
    const anon = await t.anonymous.get('/api/auth/session');
    expect(anon.statusCode).toBe(401);
    expect(anon.json().code).toBe('UNAUTHENTICATED');
  });

  it('says SESSION_EXPIRED once the session is past its expiry, and removes it', async () => {
    const c = await t.login(demo.healthAgency);
    await t.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second' where user_id = (select id from users where email = ${demo.healthAgency})`,
    );
    const res = await c.get('/api/districts');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
    const left = await t.sql(
      sql`select count(*)::int as n from sessions where user_id = (select id from users where email = ${demo.healthAgency})`,
    );
    expect((left.rows[0] as { n: number }).n).toBe(0);
  });

  it('rejects a forged (unsigned) cookie as expired', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/districts',
      headers: { cookie: 'pdz_session=forged-token' },
    });
    expect(res.json().code).toBe('SESSION_EXPIRED');
  });

  it('keeps sessions in the database, so another server process on the same database accepts them', async () => {
    const c = await t.login(demo.partner);
    const { buildApp } = await import('../../app');
    const other = await buildApp({
      config: t.config,
      database: t.database,
      sessionSecret: 'test-secret-that-is-long-enough-for-cookies',
      webDist: '/nonexistent',
    });
    const res = await other.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: c.cookie! },
    });
    expect(res.statusCode).toBe(200);
    await other.close();
  });

  it('signs out: the cookie no longer opens anything', async () => {
    const c = await t.login(demo.partner);
    const out = await c.post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    const after = await c.get('/api/auth/session');
    expect(after.statusCode).toBe(401);
  });

  it('refuses a write without the CSRF header, even with a valid cookie', async () => {
    const c = await t.login(demo.planOffice);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: c.cookie! },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: c.cookie!, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.json().code).toBe('CSRF_INVALID');
  });

  it('stores passwords as argon2id hashes', async () => {
    const rows = await t.sql(sql`select password_hash from users where email = ${demo.planOffice}`);
    expect((rows.rows[0] as { password_hash: string }).password_hash).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/,
    );
  });
});

describe('login rate limit', () => {
  it('answers 429 RATE_LIMITED past the per-minute limit of one client address', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        codes.push(
          (
            await limited.anonymous.post('/api/auth/login', {
              email: 'x@pavia.demo',
              password: 'x',
            })
          ).statusCode,
        );
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[3]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
