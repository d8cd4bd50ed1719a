import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, text, textLimits } from '@pdz/core';

/**
 * The query parameters of the HSDS lists, each with the rule a client is told when it breaks
 * it: every 4xx of the open API is a problem+json that names the parameter, what it must be and
 * what was sent, in `detail` and in `issues` (`query.<name>` or `params.id`). The same schemas
 * describe the parameters in the API document.
 */
export const maxPerPage = 200;
const maxSearch = textLimits.search;
/** A district's slug, as in `?district=pavia`. */
const maxDistrict = 60;
/** Ids are UUIDs; a longer one is refused before anything is looked up. */
export const maxIdLength = 36;

const uuidOf = (what: string, list: string) =>
  `a UUID: the id of ${what} as listed at /api/hsds/${list}`;
export const queryRules = {
  page: 'a whole number from 1 up (at most 1000000)',
  per_page: `a whole number from 1 to ${maxPerPage}`,
  district: 'the slug of a published district',
  search: `words to search for, at most ${maxSearch} characters`,
  taxonomy_term_id: uuidOf('a taxonomy term', 'taxonomy_terms'),
  taxonomy_id: uuidOf('a taxonomy', 'taxonomies'),
  organization_id: uuidOf('an organization', 'organizations'),
} as const;
type Name = keyof typeof queryRules;

const fields = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(maxPerPage).default(50),
  district: text(maxDistrict).optional(),
  search: text(maxSearch).optional(),
  taxonomy_term_id: z.uuid().optional(),
  taxonomy_id: z.uuid().optional(),
  organization_id: z.uuid().optional(),
};

/** The parameters each kind of request takes. */
export const hsdsQueries = {
  /** services and services at locations: searched and filtered */
  services: z.object(fields),
  /** organizations and taxonomies: one district's or all */
  list: z.object({ page: fields.page, per_page: fields.per_page, district: fields.district }),
  taxonomyTerms: z.object({
    page: fields.page,
    per_page: fields.per_page,
    district: fields.district,
    taxonomy_id: fields.taxonomy_id,
  }),
  /** one object, looked for among one district's or all */
  one: z.object({ district: fields.district }),
};
export type PageQuery = z.output<typeof hsdsQueries.services>;

export const idParams = z.object({ id: text(maxIdLength) });

const shown = (value: unknown) => {
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
};

/** A 400 naming each bad parameter with its rule and the value sent. */
export function badParameters(
  wrong: { name: string; rule: string; value: unknown }[],
): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    wrong.map((w) => `${w.name} must be ${w.rule} (sent ${shown(w.value)})`).join('; '),
    { issues: wrong.map((w) => ({ field: `query.${w.name}`, message: `must be ${w.rule}` })) },
  );
}

/** The query read with the request's own schema, or a 400 naming every parameter at fault. */
export function parseQuery<S extends z.ZodType>(request: FastifyRequest, schema: S): z.output<S> {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0]) as Name))];
  throw badParameters(names.map((name) => ({ name, rule: queryRules[name], value: query[name] })));
}

/** A 404 naming the id that matched nothing, and what kind of object was looked for. */
export function notFound(kind: string, id: string): DomainError {
  const message = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ? `no published ${kind} has this id`
    : `must be a UUID: the id of a published ${kind}`;
  return new DomainError('NOT_FOUND', `id ${message} (sent ${shown(id)})`, {
    issues: [{ field: 'params.id', message }],
  });
}
