import type { IncomingMessage } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '@pdz/core';

/**
 * The framework's own refusals, before any handler runs (a body it cannot read, an address it
 * cannot route), with the stable code and the plain detail of every other problem document.
 *
 * A refused body is read to its end and dropped before the answer, up to `discardLimit` bytes:
 * closing the connection while the client is still sending would leave it with a broken pipe
 * instead of the answer. A body announced larger is answered at once; one that keeps coming
 * past the bound gets the answer and the connection closed.
 */
export const discardLimit = 16 * 1024 * 1024;

interface Refusal {
  code: ErrorCode;
  detail: string;
}

const refusals: Record<string, Refusal> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'The body’s media type is not one this operation accepts (see its documentation)',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    detail: 'The body is larger than this operation accepts',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'VALIDATION_FAILED',
    detail: 'The body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'VALIDATION_FAILED',
    detail: 'The body is empty but its content type says JSON',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'VALIDATION_FAILED',
    detail: 'The body’s size does not match its Content-Length',
  },
  FST_ERR_BAD_URL: {
    code: 'VALIDATION_FAILED',
    detail: 'The address is not valid: a part of it is wrongly percent-encoded',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'URI_TOO_LONG',
    detail: 'A part of the address is longer than any identifier this API uses',
  },
};

const byStatus: Partial<Record<number, ErrorCode>> = {
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/**
 * The code and detail of a client error that is not the application's own: one of Fastify's
 * (by its code), else by its status (a module's own 413, a plugin's 404…), else the request is
 * not valid, the status kept.
 */
export function refusalOf(error: FastifyError, status: number): Refusal & { status: number } {
  const known = error.code ? refusals[error.code] : undefined;
  if (known) return { ...known, status };
  return { code: byStatus[status] ?? 'VALIDATION_FAILED', detail: error.message, status };
}

/** Whether the request's body may still be arriving. */
function bodyPending(raw: IncomingMessage): boolean {
  return !raw.complete && !raw.readableEnded && !raw.destroyed;
}

/**
 * Reads what is left of a refused body and drops it; true when it was read to its end, false
 * beyond `limit` bytes or when the client went away.
 */
export function discardBody(raw: IncomingMessage, limit = discardLimit): Promise<boolean> {
  if (!bodyPending(raw)) return Promise.resolve(!raw.destroyed);
  return new Promise((resolve) => {
    let seen = 0;
    const finish = (whole: boolean) => {
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('error', onGone);
      raw.off('close', onGone);
      resolve(whole);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit) finish(false);
    };
    const onEnd = () => finish(true);
    const onGone = () => finish(false);
    raw.on('data', onData);
    raw.on('end', onEnd);
    raw.on('error', onGone);
    raw.on('close', onGone);
    raw.resume();
  });
}

/**
 * Before answering a refusal: drops the rest of the body, and when it was read whole the
 * connection stays open (Fastify asks to close it after a body it could not parse). A body
 * announced larger than `discardLimit` is answered at once, as Fastify or the module chose.
 */
export async function settleBody(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const raw = request.raw;
  if (!bodyPending(raw)) return;
  const declared = Number(raw.headers['content-length']);
  if (Number.isFinite(declared) && declared > discardLimit) return;
  if (await discardBody(raw)) reply.removeHeader('connection');
  else reply.header('connection', 'close');
}

/** Paths of the API (the rest is the portal, the back office and their files). */
export function isApiPath(url: string): boolean {
  return /^\/api(\/|\?|$)/.test(url);
}
