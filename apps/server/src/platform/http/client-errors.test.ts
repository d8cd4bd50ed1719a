import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** What Node's HTTP parser refuses still answers as problem details, through a real socket. */
let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as { port: number }).port;
});
afterAll(async () => t.close());

function raw(request: string): Promise<{ status: number; type: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, body = ''] = text.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1]),
        type: /content-type: ([^\r\n]+)/i.exec(head ?? '')?.[1] ?? '',
        body: body ? JSON.parse(body) : null,
      });
    });
    socket.write(request);
  });
}

describe('requests the HTTP parser refuses', () => {
  it('a query string beyond 16 KB: 431 HEADERS_TOO_LARGE as problem details', async () => {
    const res = await raw(`GET /api/districts?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('a header beyond 16 KB: 431 as problem details', async () => {
    const res = await raw(
      `GET /api/status HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    );
    expect(res.status).toBe(431);
    expect(res.body).toMatchObject({ code: 'HEADERS_TOO_LARGE' });
  });

  it('a request that is not HTTP: 400 as problem details', async () => {
    const res = await raw('HELLO THERE\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });
});
