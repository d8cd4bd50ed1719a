import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ByteLru } from './byte-lru';

/**
 * An answer kept for reuse: the JSON (or HTML) bytes as written once, and its compressed
 * copies, each made the first time a client asks for that encoding.
 */
export interface KeptAnswer {
  body: Buffer;
  contentType: string;
  br?: Buffer;
  gzip?: Buffer;
}

export type Encoding = 'br' | 'gzip' | 'identity';

const sizeOf = (a: KeptAnswer) =>
  a.body.byteLength + (a.br?.byteLength ?? 0) + (a.gzip?.byteLength ?? 0) + 256;

/** below this an answer is sent as it is (as the server's compression does) */
const COMPRESS_FROM_BYTES = 1024;

/**
 * The encoding a client accepts that we prefer: brotli, then gzip, else none. `q=0` refuses
 * an encoding; `*` accepts any.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const accepted = new Map<string, number>();
  for (const part of text.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

/** whether If-None-Match names this tag, in whichever encoding the client kept it */
export function matchesTag(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const base = tag.slice(1, -1);
  return header.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === tag || v === `"${base}-br"` || v === `"${base}-gzip"`;
  });
}

/** a strong entity tag for a key (the same key always names the same bytes) or for the bytes */
export function tagOf(key: string | Buffer): string {
  return `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
}

/** The answers kept for reuse, bounded in bytes (least recently used out). */
export class AnswerStore {
  private readonly lru: ByteLru<KeptAnswer>;

  constructor(limitBytes: number) {
    this.lru = new ByteLru(limitBytes, sizeOf);
  }

  get(key: string): KeptAnswer | undefined {
    return this.lru.get(key);
  }

  set(key: string, answer: KeptAnswer): void {
    this.lru.set(key, answer);
  }

  clear(): void {
    this.lru.clear();
  }

  get size() {
    return this.lru.size;
  }

  /**
   * Sends a kept answer with its tag, in the encoding the client prefers (compressed once,
   * then kept with the answer).
   */
  send(
    request: FastifyRequest,
    reply: FastifyReply,
    key: string | null,
    answer: KeptAnswer,
    tag: string | null,
  ): FastifyReply {
    const encoding =
      answer.body.byteLength >= COMPRESS_FROM_BYTES
        ? negotiateEncoding(request.headers['accept-encoding'])
        : 'identity';
    reply.type(answer.contentType).header('vary', 'accept-encoding');
    if (encoding === 'identity') {
      if (tag) reply.header('etag', tag);
      return reply.send(answer.body);
    }
    let bytes = answer[encoding];
    if (!bytes) {
      bytes =
        encoding === 'br'
          ? brotliCompressSync(answer.body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: answer.body.byteLength,
              },
            })
          : gzipSync(answer.body, { level: 6 });
      answer[encoding] = bytes;
      if (key) this.lru.resize(key);
    }
    if (tag) reply.header('etag', `${tag.slice(0, -1)}-${encoding}"`);
    return reply.header('content-encoding', encoding).send(bytes);
  }
}
