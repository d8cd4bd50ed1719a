import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('platform', () => {
  it('is alive at /healthz and ready at /readyz when the database answers', async () => {
    expect((await t.anonymous.get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.anonymous.get('/readyz')).json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('serves an OpenAPI 3.1 document generated from the contracts, with a docs page', async () => {
    const doc = (await t.anonymous.get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/auth/login',
        '/districts/{districtId}/plans/{planId}',
        '/districts/{districtId}/plans/{planId}/transitions',
      ]),
    );
    const post = doc.paths['/districts/{districtId}/plans/{planId}/objectives'].post;
    expect(post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['areaId', 'title']),
    );
    expect((await t.anonymous.get('/api/docs/')).statusCode).toBe(200);
    // the docs page reads the very document published at /api/openapi.json
    expect((await t.anonymous.get('/api/docs/json')).json()).toEqual(doc);
    // the documentation page's own files, served by swagger-ui's copy of @fastify/static
    const script = await t.anonymous.get('/api/docs/static/swagger-ui-bundle.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
  });

  it('answers unknown API paths and malformed JSON with problem+json, never a 5xx', async () => {
    const missing = await t.anonymous.get('/api/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json().code).toBe('NOT_FOUND');
    const office = await t.login(demo.planOffice);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    const notUuid = await office.get('/api/districts/not-a-uuid');
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json().issues[0].field).toBe('params.districtId');
  });

  it('sends security headers on every answer', async () => {
    const res = await t.anonymous.get('/');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('tells whether demo data is loaded', async () => {
    expect((await t.anonymous.get('/api/meta')).json()).toMatchObject({ demoData: true });
  });
});

describe('back office files', () => {
  it('serves the built back office at /app/, its client-side routes, and 404 for missing assets', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { buildApp } = await import('../../app');
    const dist = mkdtempSync(join(tmpdir(), 'pdz-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>back office</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const app = await buildApp({
      config: t.config,
      database: t.database,
      sessionSecret: 'x'.repeat(40),
      webDist: dist,
    });
    try {
      for (const url of ['/app/', '/app/login', '/app/districts/x/plans/y']) {
        const res = await app.inject({ url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('back office');
      }
      expect((await app.inject({ url: '/app' })).headers.location).toBe('/app/');
      expect((await app.inject({ url: '/app/assets/app.js' })).body).toBe('console.log(1)');
      expect((await app.inject({ url: '/app/assets/missing.js' })).statusCode).toBe(404);
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('graceful shutdown', () => {
  it('lets a request in flight finish while closing, and refuses new connections after', async () => {
    const { buildApp } = await import('../../app');
    const app = await buildApp({
      config: t.config,
      database: t.database,
      sessionSecret: 'x'.repeat(40),
      webDist: '/nonexistent',
    });
    let release!: () => void;
    const started = new Promise<void>((resolve) => {
      app.get('/slow-for-test', async () => {
        resolve();
        await new Promise<void>((r) => (release = r));
        return { finished: true };
      });
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const inFlight = fetch(`${address}/slow-for-test`);
    await started;
    const closing = app.close();
    setTimeout(() => release(), 200);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    await closing;
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  });
});

describe('compression', () => {
  it('compresses the design-system stylesheet for clients that accept it', async () => {
    const res = await t.app.inject({
      url: '/assets/bootstrap-italia/css/bootstrap-italia.min.css',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.rawPayload.length).toBeLessThan(150_000);
  });
});
