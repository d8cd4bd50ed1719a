import type { FastifyInstance } from 'fastify';

/**
 * Graceful close: once closing has begun, answers still in flight tell the client to drop the
 * connection. Without this a keep-alive connection that carried an in-flight request stays open
 * after its answer, and the server waits for the client to let go before it can stop.
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}
