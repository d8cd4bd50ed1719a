import type { FastifyInstance } from 'fastify';
import { DomainError, getStatus } from '@pdz/core';
import type { Router } from './route';

/** Seconds a client is asked to wait before asking again while the database does not answer. */
export const statusRetryAfterSeconds = 30;

/**
 * `/healthz`: the process answers. `/readyz`: the database answers too (for load balancers and
 * process managers). `GET /api/status`: the same state for API clients and monitors, as the
 * Italian API guidelines ask it (a problem document, 200 or 503 with `Retry-After`).
 */
export function registerHealth(app: FastifyInstance, ping: () => Promise<void>): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await ping();
      return { status: 'ready', database: 'ok' };
    } catch (err) {
      request.log.warn({ err }, 'database not reachable');
      return reply.code(503).type('application/problem+json').send({
        type: 'urn:pdz:problem:not_ready',
        title: 'Database not reachable',
        status: 503,
        code: 'NOT_READY',
      });
    }
  });
}

export function registerStatus(router: Router, ping: () => Promise<void>): void {
  router.publicRoute(
    getStatus,
    async ({ request }) => {
      try {
        await ping();
      } catch (err) {
        request.log.warn({ err }, 'database not reachable');
        throw new DomainError('SERVICE_UNAVAILABLE', 'The database does not answer: retry later', {
          details: { retryAfterSeconds: statusRetryAfterSeconds },
        });
      }
      return { status: 200, title: 'OK', detail: 'The service and its database answer' };
    },
    { sessionless: true },
  );
}
