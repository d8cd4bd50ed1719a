import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  hsdsOrganization,
  hsdsPage,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsServiceSummary,
  hsdsTaxonomy,
  hsdsTaxonomyTerm,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { filterPublished, loadPublishedDirectory, uuidFor } from './hsds.service';
import { hsdsQueries, idParams, notFound, parseQuery } from './hsds.query';
import { hsdsOperations, type HsdsOperation, type HsdsPath } from './hsds.operations';

/**
 * The directory as an open, read-only Open Referral HSDS 3.0 API (no session): every district's
 * services that are not closed, or one district's with `?district=<slug>`. Lists are paginated
 * the HSDS way (`page`, `per_page` → `total_items`, `total_pages`, `page_number`, `contents`…).
 * Errors name the parameter at fault and what it must be (hsds.query.ts); each operation is
 * named, described and parameterized for the API document in hsds.operations.ts.
 */
const endpoints = [
  'services',
  'organizations',
  'taxonomies',
  'taxonomy_terms',
  'service_at_locations',
];

function paged<T>(all: T[], q: { page: number; per_page: number }) {
  const start = (q.page - 1) * q.per_page;
  return hsdsPage(all.slice(start, start + q.per_page), all.length, q.page, q.per_page);
}

function one<T>(found: T | undefined | null, kind: string, id: string): T {
  if (!found) throw notFound(kind, id);
  return found;
}

/**
 * The schemas document and check the parameters, but a bad one is answered with the rule it
 * must follow and the value sent (parseQuery), as every 4xx of this API is.
 */
function routeOptions(op: HsdsOperation) {
  return {
    attachValidation: true,
    schema: {
      operationId: op.operationId,
      summary: op.summary,
      description: op.description,
      tags: ['hsds'],
      ...(op.query ? { querystring: op.query } : {}),
      ...(op.params ? { params: op.params } : {}),
    },
  };
}

export function registerHsdsRoutes(app: FastifyInstance, db: Db): void {
  const get = (
    path: HsdsPath,
    handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
  ) => {
    const op: HsdsOperation = hsdsOperations[path];
    app.get(`/api/hsds${path}`, routeOptions(op), async (request, reply) => {
      const invalid = request.validationError;
      if (invalid) {
        if (invalid.validationContext === 'querystring' && op.query) parseQuery(request, op.query);
        throw invalid;
      }
      const body = await handler(request, reply);
      return reply
        .header('cache-control', 'public, max-age=300')
        .header('access-control-allow-origin', '*')
        .send(body);
    });
  };
  const load = (q: { district?: string | undefined }) => loadPublishedDirectory(db, q.district);
  const services = (r: FastifyRequest) => parseQuery(r, hsdsQueries.services);
  const list = (r: FastifyRequest) => parseQuery(r, hsdsQueries.list);
  const inDistrict = (r: FastifyRequest) => parseQuery(r, hsdsQueries.one);
  const idOf = (request: FastifyRequest) => idParams.parse(request.params).id.toLowerCase();

  get('', async () => ({
    version: '3.0',
    profile: 'https://docs.openreferral.org/en/latest/hsds/',
    openapi_url:
      'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
  }));

  get('/services', async (request) => {
    const q = services(request);
    const dir = await load(q);
    return paged(
      filterPublished(dir, q).map((s) => ({
        ...hsdsServiceSummary(s),
        organization: hsdsOrganization(s.provider, uuidFor),
      })),
      q,
    );
  });
  get('/services/:id', async (request) => {
    const id = idOf(request);
    const dir = await load(inDistrict(request));
    return hsdsService(
      one(
        dir.services.find((s) => s.id === id),
        'service',
        id,
      ),
      dir.ctx,
    );
  });

  get('/organizations', async (request) => {
    const q = list(request);
    const dir = await load(q);
    const byId = new Map(dir.services.map((s) => [s.provider.id, s.provider]));
    const orgs = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'));
    return paged(
      orgs.map((o) => hsdsOrganization(o, uuidFor)),
      q,
    );
  });
  get('/organizations/:id', async (request) => {
    const id = idOf(request);
    const dir = await load(inDistrict(request));
    const own = dir.services.filter((s) => s.provider.id === id);
    const org = one(own[0]?.provider, 'organization', id);
    return { ...hsdsOrganization(org, uuidFor), services: own.map(hsdsServiceSummary) };
  });

  get('/taxonomies', async (request) => {
    const q = list(request);
    const dir = await load(q);
    return paged(
      dir.taxonomies.map((t) => hsdsTaxonomy(t.scheme, t.edition, uuidFor)),
      q,
    );
  });
  get('/taxonomies/:id', async (request) => {
    const id = idOf(request);
    const dir = await load({});
    const t = one(
      dir.taxonomies.find((x) => uuidFor(`taxonomy:${x.scheme}`) === id),
      'taxonomy',
      id,
    );
    return hsdsTaxonomy(t.scheme, t.edition, uuidFor);
  });

  get('/taxonomy_terms', async (request) => {
    const q = parseQuery(request, hsdsQueries.taxonomyTerms);
    const dir = await load(q);
    const terms = q.taxonomy_id
      ? dir.terms.filter((t) => uuidFor(`taxonomy:${t.scheme}`) === q.taxonomy_id)
      : dir.terms;
    return paged(
      terms.map((t) => hsdsTaxonomyTerm(t, uuidFor)),
      q,
    );
  });
  get('/taxonomy_terms/:id', async (request) => {
    const id = idOf(request);
    const dir = await load({});
    return hsdsTaxonomyTerm(
      one(
        dir.terms.find((t) => t.id === id),
        'taxonomy term',
        id,
      ),
      uuidFor,
    );
  });

  get('/service_at_locations', async (request) => {
    const q = services(request);
    const dir = await load(q);
    const list = filterPublished(dir, q).flatMap((s) => {
      const sal = hsdsServiceAtLocation(s, dir.ctx);
      return sal ? [{ ...sal, service: hsdsServiceSummary(s) }] : [];
    });
    return paged(list, q);
  });
  get('/service_at_locations/:id', async (request) => {
    const id = idOf(request);
    const dir = await load(inDistrict(request));
    const kind = 'service at location';
    const s = one(
      dir.services.find((x) => uuidFor(`service_at_location:${x.id}`) === id),
      kind,
      id,
    );
    return { ...one(hsdsServiceAtLocation(s, dir.ctx), kind, id), service: hsdsServiceSummary(s) };
  });

  // any other address under the API names the ones there are
  app.get('/api/hsds/*', { schema: { hide: true } }, async (request) => {
    throw new DomainError(
      'NOT_FOUND',
      `${request.url.split('?')[0]} is not an endpoint of this API; the endpoints are /api/hsds and ${endpoints.map((e) => `/api/hsds/${e}`).join(', ')}, each list also with /{id}`,
    );
  });
}
