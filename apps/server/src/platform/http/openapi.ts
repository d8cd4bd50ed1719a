import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3.1 generated from the zod contracts, at /api/openapi.json, with a docs page. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Piano di Zona API',
        version: '0.1.0',
        description:
          'API of the Piano di Zona platform. Errors are application/problem+json (RFC 9457) with a stable `code`. Writes need the session cookie and the `x-csrf-token` header returned by /api/auth/login.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pdz_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  // Our own CSP (security.ts) covers the docs page: its scripts are files, its styles partly inline.
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
