import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';
import { controlCharacterIssues } from './plain-text';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const plainText = (field: string) => ({
  field,
  code: 'invalid_format',
  format: 'plain-text',
  message: expect.stringContaining('control characters'),
});

function expectRefused(
  res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  fields: string[],
) {
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const problem = res.json() as { code: string; issues: unknown[] };
  expect(problem.code).toBe('VALIDATION_FAILED');
  expect(problem.issues).toEqual(fields.map(plainText));
}

describe('control characters in API input: 400 naming the field, never a 5xx', () => {
  it('in a path parameter', async () => {
    expectRefused(await t.anonymous.get('/api/hsds/services/a%00b'), ['params.id']);
    const office = await t.login(demo.planOffice);
    expectRefused(await office.get('/api/classifications/istat%00Category'), ['params.scheme']);
  });

  it('in a query value, alone or repeated', async () => {
    expectRefused(await t.anonymous.get('/api/hsds/services?search=%00'), ['query.search']);
    expectRefused(await t.anonymous.get('/api/hsds/services?search=a&search=b%1B'), [
      'query.search.1',
    ]);
  });

  it('in any string or key of a JSON body, at any depth', async () => {
    const office = await t.login(demo.planOffice);
    const districtId = (await office.get('/api/districts')).json().items[0].id as string;
    const res = await office.post(`/api/districts/${districtId}/plans`, {
      title: 'Piano\u0000',
      notes: { lines: ['ok', 'bell\u0007'] },
      'key\u0001': 1,
    });
    expectRefused(res, ['body.title', 'body.notes.lines.1', 'body.key\\u0001']);
    const login = await t.anonymous.post('/api/auth/login', {
      email: 'ufficio.piano@pavia.demo\u0000',
      password: 'x',
    });
    expectRefused(login, ['body.email']);
  });

  it('lets tab, line feed and carriage return through', async () => {
    const res = await t.anonymous.get('/api/hsds/services?search=asilo%09nido%0A%0D');
    expect(res.statusCode).toBe(200);
  });

  it('names at most 20 fields, and stays within bounds on a deeply nested body', async () => {
    const many = await t.anonymous.post('/api/auth/login', {
      items: Array.from({ length: 500 }, () => '\u0000'),
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().issues).toHaveLength(20);
    const depth = 50_000;
    const deep = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: `${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`,
    });
    expect(deep.statusCode).toBe(400);
    const field = deep.json().issues[0].field as string;
    expect(field.startsWith('body.0.0.0')).toBe(true);
    expect(field.endsWith('.…')).toBe(true);
  });
});

describe('control characters in the portal’s addresses: its own page, never a 5xx', () => {
  it.each([
    '/distretti/a%00b',
    '/distretti/pavia/servizi?q=%00',
    '/distretti/pavia/piani/x%07',
    '/?lang=%00',
  ])('%s', async (url) => {
    const res = await t.anonymous.get(url);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html');
  });
});

describe('controlCharacterIssues', () => {
  it('walks arrays and objects, skips what is not text, and escapes keys it names', () => {
    expect(
      controlCharacterIssues('body', {
        a: [1, null, true, { b: 'x\u001F' }],
        c: 'fine\ttext\r\n',
        'd\u007F': 'x',
      }).map((i) => i.field),
    ).toEqual(['body.a.3.b', 'body.d\\u007f']);
    expect(controlCharacterIssues('body', Buffer.from([0, 1, 2]))).toEqual([]);
    expect(controlCharacterIssues('query', undefined)).toEqual([]);
  });
});
