import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, type Contract } from '@pdz/core';
import type { SessionActor, SessionReader } from '../sessions';
import { servePlanRead, type PlanRead, type PlanReads } from '../reuse/plan-reads';
import { answerSerializer } from './serializer';

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
  /**
   * A read of a plan's data (the path has :districtId and :planId, the right is plan.read): its
   * answer is tagged, revalidated and reused until the plan changes (platform/reuse).
   */
  planRead?: PlanRead;
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
  /** the same router on another Fastify scope (one with its own body parsers) */
  within(app: FastifyInstance): Router;
}

export interface RouterDeps {
  readSession: SessionReader;
  planReads: PlanReads;
  /** every answer checked against its contract (tests) */
  validateResponses: boolean;
}

const noContent = z.null().describe('Done: the answer has no body');

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Reads the session cookie (if any) into request.actor; remembers why there is none. A read
 * may use the session as kept in memory; a write reads it from the database.
 */
export async function resolveActor(
  request: FastifyRequest,
  readSession: SessionReader,
): Promise<'none' | 'valid' | 'expired'> {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return 'none';
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return 'expired';
  const fresh = request.method !== 'GET' && request.method !== 'HEAD';
  const found = await readSession(unsigned.value, fresh);
  if (found.status !== 'valid') return 'expired';
  request.actor = found.actor;
  return 'valid';
}

/**
 * Registers one route per contract: zod validation of params, query and body, the response
 * schema in OpenAPI, the session check and, for writes, the CSRF header check; the answer in
 * the contract's media type when it states one.
 */
export function createRouter(app: FastifyInstance, deps: RouterDeps): Router {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  function register<C extends Contract, A>(
    contract: C,
    requireAuth: boolean,
    handler: Handler<C, A>,
    options: RouteOptions = {},
  ): void {
    const status = contract.status ?? 200;
    const serialize = answerSerializer(deps.validateResponses)({
      schema: contract.response,
      method: contract.method,
      url: contract.path,
      httpStatus: String(status),
    } as never);
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
        const state = await resolveActor(request, deps.readSession);
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
        const run = () =>
          handler({
            params: request.params as Out<C['params']>,
            query: request.query as Out<C['query']>,
            body: request.body as Out<C['body']>,
            actor: request.actor as A,
            request,
            reply,
          });
        if (options.planRead && request.actor) {
          return servePlanRead(
            deps.planReads,
            options.planRead,
            request,
            reply,
            request.actor,
            async () => serialize(await run()),
          );
        }
        const result = await run();
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
    within: (other) => createRouter(other, deps),
  };
}
