import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** The same application on a database that has stopped answering. */
async function withDatabaseDown() {
  const app = await buildApp({
    config: t.config,
    database: {
      ...t.database,
      ping: () => Promise.reject(new Error('connection refused')),
    },
    sessionSecret: 'test-secret-that-is-long-enough-for-cookies',
    webDist: '/nonexistent',
  });
  await app.ready();
  return app;
}

describe('GET /api/status', () => {
  it('answers 200 as a problem document when the service and its database answer', async () => {
    const res = await t.anonymous.get('/api/status');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toEqual({
      status: 200,
      title: 'OK',
      detail: 'The service and its database answer',
    });
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After when the database does not', async () => {
    const office = await t.login(demo.planOffice);
    const app = await withDatabaseDown();
    try {
      // with or without a session: the status never reads it from the database
      for (const cookie of [undefined, office.cookie]) {
        const res = await app.inject({
          url: '/api/status',
          headers: cookie ? { cookie } : {},
        });
        expect(res.statusCode).toBe(503);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.headers['retry-after']).toBe('30');
        expect(res.json()).toMatchObject({
          status: 503,
          code: 'SERVICE_UNAVAILABLE',
          detail: expect.stringContaining('database'),
        });
      }
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('is in the API document as getStatus, public, tagged platform', async () => {
    const doc = (await t.anonymous.get('/api/openapi.json')).json();
    // paths are relative to the document's server, …/api
    expect(doc.servers[0].url).toMatch(/\/api$/);
    const op = doc.paths['/status'].get;
    expect(op).toMatchObject({ operationId: 'getStatus', tags: ['platform'] });
    expect(Object.keys(op.responses['200'].content)).toEqual(['application/problem+json']);
    expect(op.responses['503']).toBeDefined();
    expect(op.description).toContain('503');
    expect(op.security).toBeUndefined();
  });
});
