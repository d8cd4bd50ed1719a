import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, errorStatus, type ErrorCode, type FieldIssue } from '@pdz/core';
import { fieldIssue, inputOf, valueAt } from './issues';
import { isApiPath, refusalOf, settleBody } from './framework-errors';

/**
 * Every error leaves as RFC 9457 application/problem+json with a stable `code`. A 5xx never
 * carries internals: the detail stays in the log under the request id.
 */
const titles: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is not valid',
  UNAUTHENTICATED: 'Sign in required',
  INVALID_CREDENTIALS: 'Wrong e-mail or password',
  SESSION_EXPIRED: 'The session has expired',
  FORBIDDEN: 'Not allowed',
  CSRF_INVALID: 'Missing or wrong CSRF token',
  NOT_FOUND: 'Not found',
  VERSION_CONFLICT: 'Changed by someone else meanwhile',
  PLAN_NOT_EDITABLE: 'The plan cannot be edited in its current phase',
  INVALID_TRANSITION: 'The plan cannot take this step from its current phase',
  PLAN_INCOHERENT: 'The plan has blocking problems',
  PERIOD_CLOSED: 'The reporting period is closed',
  DUPLICATE: 'Already exists',
  PAYLOAD_TOO_LARGE: 'The body is too large',
  URI_TOO_LONG: 'The address is too long',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  HEADERS_TOO_LARGE: 'The request line or headers are too large',
  ACCOUNT_LOCKED: 'Account temporarily locked',
  RATE_LIMITED: 'Too many requests',
  INTERNAL: 'Internal error',
  SERVICE_UNAVAILABLE: 'Service unavailable',
};

/** The fields every problem document opens with, for a code and its status. */
export function problemHead(code: ErrorCode, status: number = errorStatus[code]) {
  return { type: `urn:pdz:problem:${code.toLowerCase()}`, title: titles[code], status, code };
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  extra: {
    detail?: string;
    issues?: FieldIssue[];
    current?: unknown;
    problems?: unknown[];
    status?: number;
  } = {},
): FastifyReply {
  const status = extra.status ?? errorStatus[code];
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      ...problemHead(code, status),
      ...(extra.detail ? { detail: extra.detail } : {}),
      instance: request.url,
      ...(extra.issues ? { issues: extra.issues } : {}),
      ...(extra.current !== undefined ? { current: extra.current } : {}),
      ...(extra.problems ? { problems: extra.problems } : {}),
    });
}

const contextNames: Record<string, string> = {
  querystring: 'query',
  body: 'body',
  params: 'params',
  headers: 'headers',
};

function statusCode(error: FastifyError): number | undefined {
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return sendProblem(reply, request, error.code, {
        detail: error.message === error.code ? undefined : error.message,
        issues: error.issues,
        current: error.details?.current,
        problems: Array.isArray(error.details?.problems) ? error.details.problems : undefined,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const where = contextNames[context] ?? 'body';
      const input = inputOf(request, context);
      const issues = error.validation.flatMap((v) => {
        const path = v.instancePath.split('/').filter(Boolean);
        const keys = (v.params as { keys?: unknown } | undefined)?.keys;
        if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
          // one issue per field the schema does not take, named by its own path
          return keys.map((key) => ({
            field: [where, ...path, String(key)].join('.'),
            code: 'unrecognized_keys',
            message: `Unrecognized key: "${String(key)}"`,
          }));
        }
        return [
          fieldIssue(
            [where, ...path].join('.'),
            v.keyword,
            v.message ?? 'invalid',
            v.params,
            valueAt(input, path),
          ),
        ];
      });
      return sendProblem(reply, request, 'VALIDATION_FAILED', { issues });
    }
    const status = statusCode(error);
    if (status !== undefined && status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, wrong content type, body too large…), a
      // module's own (a file too large), the rate limit: the body is dropped before answering.
      const refusal = refusalOf(error, status);
      await settleBody(request, reply);
      return sendProblem(reply, request, refusal.code, {
        status: refusal.status,
        detail: refusal.detail,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 'INTERNAL');
  });
}

/**
 * Fastify's `frameworkErrors` option: an address it cannot decode, a path parameter longer than
 * the router accepts. API paths get a problem document, other paths `elsewhere` (the portal's
 * page for an address that leads nowhere).
 */
export function answerFrameworkErrors(
  elsewhere: (request: FastifyRequest, reply: FastifyReply) => unknown,
) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    if (!isApiPath(request.url)) {
      void elsewhere(request, reply);
      return;
    }
    const refusal = refusalOf(error, statusCode(error) ?? 400);
    sendProblem(reply, request, refusal.code, { status: refusal.status, detail: refusal.detail });
  };
}
