import type { FastifyInstance } from 'fastify';

export const MERGE_PATCH = 'application/merge-patch+json';

/**
 * PATCH bodies are JSON Merge Patch (RFC 7396): the fields sent replace the stored ones, those
 * left out stay, `null` empties a field that may be empty, a list is replaced whole. They are
 * parsed as JSON, with the same guards against prototype poisoning; `application/json` is still
 * read for clients written before.
 */
export function registerMergePatch(app: FastifyInstance): void {
  app.addContentTypeParser(
    MERGE_PATCH,
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );
}
