import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { matchesTag, tagOf, type AnswerStore } from '../../platform/reuse/answers';

/** an approved version's page: its address names the version, its content never changes */
export const versionPageCache = 'public, max-age=31536000, immutable';
/** the page of a plan shows its latest approved version: a new approval changes it */
export const planPageCache = 'public, max-age=300, stale-while-revalidate=86400';
/** every other portal page: kept by browsers and proxies, asked again (with its tag) each time */
const otherPageCache = 'public, no-cache';

/**
 * Pages of approved versions made once per version, language and build, and kept with the
 * plan reads (the same bounded memory). `key` names everything the page shows; its tag is
 * derived from it, so a matching If-None-Match is answered 304 before anything is read.
 */
export function createPortalPages(store: AnswerStore, build: string) {
  return async function servePage(
    request: FastifyRequest,
    reply: FastifyReply,
    page: { key: string; cacheControl: string },
    render: () => Promise<string>,
  ): Promise<FastifyReply> {
    const key = `portal|${page.key}`;
    const tag = tagOf(`${build}|${key}`);
    reply.header('cache-control', page.cacheControl);
    if (matchesTag(request.headers['if-none-match'], tag)) {
      return reply.code(304).header('etag', tag).send();
    }
    let kept = store.get(key);
    if (!kept) {
      kept = { body: Buffer.from(await render(), 'utf8'), contentType: 'text/html; charset=utf-8' };
      store.set(key, kept);
    }
    return store.send(request, reply, key, kept, tag);
  };
}

export type ServePortalPage = ReturnType<typeof createPortalPages>;

/**
 * Every other HTML page of the portal gets a strong tag from its bytes and is revalidated: a
 * browser or proxy asking again with the tag gets 304 and no body.
 */
export function registerPortalRevalidation(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200 || reply.getHeader('etag')) return payload;
    if (typeof payload !== 'string') return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html')) return payload;
    const tag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
    reply.header('etag', tag);
    if (!reply.getHeader('cache-control')) reply.header('cache-control', otherPageCache);
    if (matchesTag(request.headers['if-none-match'], tag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
