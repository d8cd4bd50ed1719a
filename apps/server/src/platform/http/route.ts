import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, type Contract } from '@pdz/core';
import type { Db } from '../../db/client';
import { findSession, type SessionActor } from '../sessions';

export const SESSION_COOKIE = 'pdz_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
  }
}

type Out<T> = NonNullable<T> extends z.ZodType ? z.output<NonNullable<T>> : undefined;

export interface RouteContext<C extends Contract, A> {
  params: Out<C['params']>;
  query: Out<C['query']>;
  body: Out<C['body']>;
  actor: A;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Handler<C extends Contract, A> = (
  ctx: RouteContext<C, A>,
) => Promise<z.input<C['response']> | null>;

export interface RouteOptions {
  /**
   * A stricter limit for this route, per client address whatever the session (login): it
   * replaces the API-wide limit of platform/http/rate-limit.ts.
   */
  rateLimit?: { max: number; timeWindow: string };
  /** the session is not read (a public route that must answer while the database does not) */
  sessionless?: boolean;
}

const perAddress = (request: FastifyRequest) => request.ip;

export interface Router {
  /** A route that needs a signed-in user: the handler always gets the actor. */
  route<C extends Contract>(
    contract: C,
    handler: Handler<C, SessionActor>,
    options?: RouteOptions,
  ): void;
  /** A route open to anyone (login): the actor is there only if a session exists. */
  publicRoute<C extends Contract>(
    contract: C,
    handler: Handler<C, SessionActor | null>,
    options?: RouteOptions,
  ): void;
}

const noContent = z.null().describe('Done: the answer has no body');

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Reads the session cookie (if any) into request.actor; remembers why there is none. */
export async function resolveActor(
  request: FastifyRequest,
  deps: { db: Db; sessionTtlMinutes: number },
): Promise<'none' | 'valid' | 'expired'> {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return 'none';
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return 'expired';
  const found = await findSession(deps.db, unsigned.value, deps.sessionTtlMinutes);
  if (found.status !== 'valid') return 'expired';
  request.actor = found.actor;
  return 'valid';
}

/**
 * Registers one route per contract: zod validation of params, query and body, the response
 * schema in OpenAPI, the session check and, for writes, the CSRF header check; the answer in
 * the contract's media type when it states one.
 */
export function createRouter(
  app: FastifyInstance,
  deps: { db: Db; sessionTtlMinutes: number },
): Router {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  function register<C extends Contract, A>(
    contract: C,
    requireAuth: boolean,
    handler: Handler<C, A>,
    options: RouteOptions = {},
  ): void {
    const status = contract.status ?? 200;
    typed.route({
      method: contract.method,
      url: contract.path,
      ...(options.rateLimit
        ? { config: { rateLimit: { ...options.rateLimit, keyGenerator: perAddress } } }
        : {}),
      schema: {
        ...(contract.operationId ? { operationId: contract.operationId } : {}),
        summary: contract.summary,
        ...(contract.description ? { description: contract.description } : {}),
        tags: contract.tags,
        ...(contract.params ? { params: contract.params } : {}),
        ...(contract.query ? { querystring: contract.query } : {}),
        ...(contract.body ? { body: contract.body } : {}),
        response: { [status]: status === 204 ? noContent : contract.response },
        ...(requireAuth ? { security: [{ session: [] }] } : {}),
        // a raw file as the body: the API document describes it (openapi-document.ts)
        ...(contract.upload ? { 'x-upload': contract.upload } : {}),
        ...(contract.download ? { 'x-download': contract.download } : {}),
        ...(contract.mediaType ? { 'x-media-type': contract.mediaType } : {}),
      },
      preHandler: async (request) => {
        if (options.sessionless && !requireAuth) return;
        const state = await resolveActor(request, deps);
        if (!requireAuth) return;
        if (state !== 'valid' || !request.actor) {
          throw new DomainError(state === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
        }
        if (contract.method !== 'GET') {
          const header = request.headers['x-csrf-token'];
          if (typeof header !== 'string' || !sameToken(header, request.actor.csrfToken)) {
            throw new DomainError('CSRF_INVALID');
          }
        }
      },
      handler: async (request, reply) => {
        const result = await handler({
          params: request.params as Out<C['params']>,
          query: request.query as Out<C['query']>,
          body: request.body as Out<C['body']>,
          actor: request.actor as A,
          request,
          reply,
        });
        // the handler answered itself (a 304 to a conditional request)
        if (reply.sent) return reply;
        reply.code(status);
        if (status === 204) return reply.send();
        if (contract.mediaType) reply.type(contract.mediaType);
        return result;
      },
    });
  }

  return {
    route: (contract, handler, options) => register(contract, true, handler, options),
    publicRoute: (contract, handler, options) => register(contract, false, handler, options),
  };
}
