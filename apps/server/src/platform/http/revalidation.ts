import type { FastifyInstance } from 'fastify';
import { matchesTag, tagOf } from '../reuse/answers';
import { isApiPath } from './framework-errors';

/**
 * Every answer of a read that was not tagged by its route (the plan reads and the portal's kept
 * pages are) gets a strong tag from its bytes: asked again with the tag, it is answered 304 and
 * no body. What it saves is the transfer, not the work; it is what makes the rest of the API
 * and the portal revalidatable by browsers and proxies. API answers are private, portal pages
 * public; both are revalidated on every use unless their route says otherwise. Answers marked
 * `no-store` (exports, import reports) are left alone.
 */
export function registerRevalidation(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200 || reply.getHeader('etag')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const cacheControl = reply.getHeader('cache-control');
    if (typeof cacheControl === 'string' && cacheControl.includes('no-store')) return payload;
    const tag = tagOf(payload);
    reply.header('etag', tag);
    if (!cacheControl) {
      reply.header(
        'cache-control',
        isApiPath(request.url) ? 'private, no-cache' : 'public, no-cache',
      );
    }
    if (matchesTag(request.headers['if-none-match'], tag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
