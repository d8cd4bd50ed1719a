import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@pdz/core';

/** Beyond the limit: Fastify's error handler answers 413 problem+json. */
export class UploadTooLarge extends Error {
  readonly statusCode = 413;
  constructor(max: number) {
    super(`The file is larger than ${max / 1024 / 1024} MB`);
  }
}

/**
 * The raw body of an upload whose route hands it over as a stream (its content-type parser
 * passes the payload on), read whole only once the use case has checked who asks: at most `max`
 * bytes, refused with 413 at once when Content-Length announces more, or as soon as more comes.
 * A body some other parser read already comes as bytes, none at all as an empty file; any other
 * body (JSON, text) is not a file (415).
 */
export async function readUploadedFile(request: FastifyRequest, max: number): Promise<Buffer> {
  const body = request.body as Readable | Uint8Array | undefined | null;
  if (body instanceof Uint8Array) {
    if (body.length > max) throw new UploadTooLarge(max);
    return Buffer.from(body.buffer, body.byteOffset, body.length);
  }
  // no body at all: an empty file, which the caller refuses as it refuses any file it cannot read
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof (body as Readable).pipe !== 'function') {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'The body is not a file');
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) throw new UploadTooLarge(max);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > max) {
      // the rest is read and dropped (not the socket destroyed): the client gets the 413
      (body as Readable).resume();
      throw new UploadTooLarge(max);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
