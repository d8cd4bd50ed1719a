import type { FastifyInstance } from 'fastify';

/** `/healthz`: the process answers. `/readyz`: the database answers too (for load balancers). */
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
