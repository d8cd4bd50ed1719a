import type { FastifyReply } from 'fastify';
import { matchesTag } from '../../platform/reuse/answers';
import { documentContracts as c, documentMediaTypes } from '@pdz/core';
import type { DocumentFile } from './document.service';
import type { DocumentService } from './document.service';
import type { Router } from '../../platform/http/route';

/** The file as an attachment, with its fingerprint in the headers (RFC 9530 Repr-Digest). */
export function sendDocument(
  reply: FastifyReply,
  file: DocumentFile,
  format: 'pdf' | 'docx',
  cacheControl: string,
): Buffer {
  const digest = Buffer.from(file.sha256, 'hex').toString('base64');
  reply
    .type(documentMediaTypes[format])
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('repr-digest', `sha-256=:${digest}:`)
    .header('cache-control', cacheControl);
  if (file.kept) reply.header('etag', `"${file.sha256}"`);
  return Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
}

export function registerDocumentRoutes(router: Router, service: DocumentService): void {
  router.route(c.draft, async ({ actor, params, query, reply, request }) => {
    const file = await service.draft(actor, params.districtId, params.planId, query);
    // the same plan version gives the same content: a weak tag, as the bytes may be made again
    const etag = `"plan-${file.planVersion}-${query.format}-${query.lang}"`;
    if (matchesTag(request.headers['if-none-match'], etag))
      return reply.code(304).header('etag', `W/${etag}`).send();
    reply.header('etag', `W/${etag}`);
    return sendDocument(reply, file, query.format, 'private, no-cache') as unknown as string;
  });

  router.route(c.version, async ({ actor, params, query, reply, request }) => {
    const sha = await service.keptSha(
      actor,
      params.districtId,
      params.planId,
      params.number,
      query,
    );
    if (sha && matchesTag(request.headers['if-none-match'], `"${sha}"`))
      return reply.code(304).header('etag', `"${sha}"`).send();
    const file = await service.version(
      actor,
      params.districtId,
      params.planId,
      params.number,
      query,
    );
    return sendDocument(reply, file, query.format, 'private, no-cache') as unknown as string;
  });

  router.route(c.kept, async ({ actor, params }) => ({
    items: await service.kept(actor, params.districtId, params.planId, params.number),
  }));
}
