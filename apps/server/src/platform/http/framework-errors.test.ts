import { Agent, get as httpGet, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t.close());

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const problem = res.json() as { status: number; code: string; type: string; detail?: string };
  expect(problem).toMatchObject({ status, code, type: `urn:pdz:problem:${code.toLowerCase()}` });
  return problem;
}

describe('the framework’s own refusals are problem documents with a stable code', () => {
  const login = (payload: string | Buffer, contentType: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': contentType },
      payload,
    });

  it('malformed or empty JSON: 400 VALIDATION_FAILED saying the body is not JSON', async () => {
    const broken = expectProblem(
      await login('{"email": ', 'application/json'),
      400,
      'VALIDATION_FAILED',
    );
    expect(broken.detail).toBe('The body is not valid JSON');
    const empty = expectProblem(await login('', 'application/json'), 400, 'VALIDATION_FAILED');
    expect(empty.detail).toContain('empty');
  });

  it('a body larger than the limit: 413 PAYLOAD_TOO_LARGE', async () => {
    const big = `{"email":"${'a'.repeat(2 * 1024 * 1024)}"}`;
    const res = await login(big, 'application/json');
    expect(expectProblem(res, 413, 'PAYLOAD_TOO_LARGE').detail).toContain('larger');
  });

  it('a media type no parser takes: 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await login('<email/>', 'application/xml');
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a path parameter longer than the router accepts: 414 URI_TOO_LONG', async () => {
    const office = await t.login(demo.planOffice);
    const res = await office.get(`/api/districts/${'a'.repeat(150)}`);
    expectProblem(res, 414, 'URI_TOO_LONG');
  });

  it('a wrongly percent-encoded path parameter: 400 VALIDATION_FAILED', async () => {
    const res = await t.anonymous.get('/api/hsds/services/%E0%A4%A');
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').detail).toContain('percent-encoded');
  });

  it('portal addresses the router refuses get the portal’s HTML page, not JSON', async () => {
    for (const url of ['/distretti/%E0%A4%A', `/distretti/${'a'.repeat(150)}`]) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('text/html');
    }
  });

  it('an unknown API path: 404 NOT_FOUND', async () => {
    expectProblem(await t.anonymous.get('/api/no/such/thing'), 404, 'NOT_FOUND');
  });
});

interface Answer {
  status: number;
  contentType: string;
  body: string;
  /** errors the client met while sending or reading (a broken pipe, a reset) */
  errors: string[];
}

/** POSTs `size` bytes in 64 KB writes, as a client uploading a file does. */
function upload(path: string, contentType: string, size: number, agent?: Agent): Promise<Answer> {
  return new Promise((resolve) => {
    const errors: string[] = [];
    let answer: Omit<Answer, 'errors'> | undefined;
    let sent = false;
    const settle = () => {
      if (answer && sent) resolve({ ...answer, errors });
    };
    const req = httpRequest(
      `${base}${path}`,
      {
        method: 'POST',
        headers: { 'content-type': contentType, 'content-length': size },
        ...(agent ? { agent } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          answer = {
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type']),
            body: Buffer.concat(chunks).toString('utf8'),
          };
          settle();
        });
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      errors.push(err.code ?? err.message);
      sent = true;
      answer ??= { status: 0, contentType: '', body: '' };
      settle();
    });
    req.on('finish', () => {
      sent = true;
      settle();
    });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let left = size;
    const write = () => {
      while (left > 0) {
        const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= part.length;
        if (!req.write(part)) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

describe('a large body refused is answered, not cut off while the client is still sending', () => {
  const cases: [string, number, number, string][] = [
    ['application/xml', 900 * 1024, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['application/xml', 5 * 1024 * 1024, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['image/png', 5 * 1024 * 1024, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['text/plain', 5 * 1024 * 1024, 413, 'PAYLOAD_TOO_LARGE'],
    ['application/json', 5 * 1024 * 1024, 413, 'PAYLOAD_TOO_LARGE'],
  ];
  it.each(cases)('%s, %i bytes: %i %s', async (contentType, size, status, code) => {
    const answer = await upload('/api/auth/login', contentType, size);
    expect(answer.errors).toEqual([]);
    expect(answer.status).toBe(status);
    expect(answer.contentType).toContain('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status, code });
  });

  it('the same with fetch, whose request fails outright when the connection is cut', async () => {
    for (const [contentType, size, status] of cases) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: Buffer.alloc(size, 'a'),
      });
      expect(res.status, `${contentType} ${size}`).toBe(status);
      expect(((await res.json()) as { status: number }).status).toBe(status);
    }
  });

  it('keeps the connection open for the next request after a refused body read whole', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const answer = await upload('/api/auth/login', 'application/json', 2 * 1024 * 1024, agent);
      expect(answer).toMatchObject({ status: 413, errors: [] });
      const reused = await new Promise<boolean>((resolve, reject) => {
        const req = httpGet(`${base}/healthz`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(req.reusedSocket));
        });
        req.on('error', reject);
      });
      expect(reused).toBe(true);
    } finally {
      agent.destroy();
    }
  });
});
