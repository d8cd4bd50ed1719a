import type { FastifyInstance, FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { conformDocument } from './openapi-document';

export const API_VERSION = '0.1.0';

const description = [
  'API of the Piano di Zona platform: the three-year social plan of an Italian social district',
  '(needs, objectives, actions, money, indicators, chapters), its service directory and the',
  'population data behind it.',
  '',
  'It follows the Italian technical interoperability guidelines for public administrations',
  "(AgID, *Linee guida sull'interoperabilità tecnica delle Pubbliche Amministrazioni*, ModI):",
  'its document passes the "Italian Guidelines Full" profile of the national API checker',
  '(italia/api-oas-checker) with no errors and no warnings.',
  '',
  '- Errors are problem details (RFC 9457, `application/problem+json`) with a stable `code`;',
  '  a request that breaks a limit gets 400 with `issues` naming each field and the limit.',
  '- Every input is bounded: texts have a maximum length and may not hold control characters',
  '  (tab and line breaks excepted); lists have a maximum number of items; unknown fields are refused.',
  '- PATCH bodies are JSON Merge Patch (RFC 7396): fields left out stay as they are.',
  '- Writes need the session cookie and the `x-csrf-token` header returned by `POST /auth/login`;',
  '  a write that quotes an old `version` gets 409 with the current record.',
  '- Every answer carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`;',
  '  a 429 carries `Retry-After`.',
  '- `GET /status` says whether the API can serve (200) or not (503).',
].join('\n');

export interface OpenApiOptions {
  /** the installation's address (PUBLIC_URL); the request's own otherwise */
  publicUrl?: string;
  /** who runs the installation, and their address (PORTAL_OWNER, PORTAL_CONTACT_EMAIL) */
  owner?: string;
  contactEmail?: string;
}

function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}

/** OpenAPI 3.1 generated from the zod contracts, at /api/openapi.json, with a docs page. */
export async function registerOpenApi(
  app: FastifyInstance,
  options: OpenApiOptions = {},
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Piano di Zona API',
        version: API_VERSION,
        summary: 'Plans, money, indicators and services of Italian social districts',
        'x-summary': 'Plans, money, indicators and services of Italian social districts',
        'x-api-id': 'piano-di-zona',
        description,
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      } as never,
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pdz_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  let generated: Record<string, unknown> | undefined;
  const published = (request: FastifyRequest) => {
    generated ??= app.swagger() as unknown as Record<string, unknown>;
    const base = origin(request, options.publicUrl);
    const doc = conformDocument(generated, base);
    const info = doc.info as Record<string, unknown>;
    // the legal notes and the body that publishes the portal are this installation's
    info.termsOfService = `${base}/note-legali`;
    info.contact = {
      name: options.owner ?? 'Piano di Zona',
      url: `${base}/note-legali`,
      ...(options.contactEmail ? { email: options.contactEmail } : {}),
    };
    return doc;
  };
  // Our own CSP (security.ts) covers the docs page: its scripts are files, its styles partly
  // inline. The page reads the same published document as /api/openapi.json.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    transformSpecificationClone: false,
    transformSpecification: (_spec, request) => published(request as FastifyRequest),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async (request) => published(request));
}
