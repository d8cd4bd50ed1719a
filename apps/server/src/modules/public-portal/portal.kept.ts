import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchesTag, tagOf, type AnswerStore } from '../../platform/reuse/answers';

/** an approved version's page: its address names the version, its content never changes */
export const versionPageCache = 'public, max-age=31536000, immutable';
/** the page of a plan shows its latest approved version: a new approval changes it */
export const planPageCache = 'public, max-age=300, stale-while-revalidate=86400';

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
