// The fuzz test's transport inside the server suite (see document.ts): app.inject, no sockets.
import type { FastifyInstance, HTTPMethods } from 'fastify';
import type { Transport } from './run';

export function injectTransport(app: FastifyInstance): Transport {
  return async (request) => {
    const answer = await app.inject({
      method: request.method as HTTPMethods,
      url: request.url,
      headers: request.headers,
      ...(request.body !== undefined
        ? { payload: typeof request.body === 'string' ? request.body : Buffer.from(request.body) }
        : {}),
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined)
        headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return { status: answer.statusCode, headers, body: answer.body };
  };
}
