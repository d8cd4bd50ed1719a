import type { Readable } from 'node:stream';

/** Beyond the limit: Fastify's error handler answers 413 problem+json. */
export class PayloadTooLarge extends Error {
  readonly statusCode = 413;
  constructor(max: number) {
    super(`The file is larger than ${max / 1024 / 1024} MB`);
  }
}

/**
 * The request body as it arrives, stopped with a 413 beyond the limit. A body another parser
 * already read whole (a spreadsheet's media type) comes as bytes: it is read as the same file.
 */
export async function* limited(
  stream: Readable | Uint8Array,
  max: number,
): AsyncGenerator<Uint8Array> {
  if (stream instanceof Uint8Array) {
    if (stream.length > max) throw new PayloadTooLarge(max);
    yield stream;
    return;
  }
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > max) {
      // the rest is read and dropped (not the socket destroyed): the client gets the 413
      stream.resume();
      throw new PayloadTooLarge(max);
    }
    yield chunk;
  }
}
