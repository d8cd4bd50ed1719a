import type { z } from 'zod';
import { hsdsQueries, idParams } from './hsds.query';

/**
 * How each operation of the open HSDS API is named, described and parameterized in the API
 * document; the same schemas check the requests (hsds.routes.ts).
 */
export interface HsdsOperation {
  operationId: string;
  summary: string;
  description: string;
  query?: z.ZodObject;
  params?: typeof idParams;
}

const open = 'Public and read-only: no session is needed.';
const pages = `Paginated the HSDS way (\`page\`, \`per_page\` up to 200); \`district\` keeps one district's. ${open} A 400 names each parameter at fault, what it must be and what was sent.`;
const oneOf = (what: string, more = '') =>
  `Gives one ${what} by its id${more}. ${open} A 404 names the id when no published ${what} has it (or when it is not a UUID).`;
const byId = { query: hsdsQueries.one, params: idParams };

export const hsdsOperations = {
  '': {
    operationId: 'getHsdsInfo',
    summary: 'Open Referral HSDS 3.0: the version and profile this API follows',
    description: `Says which version of the Human Services Data Specification the open API follows and where its reference OpenAPI document is. ${open}`,
  },
  '/services': {
    operationId: 'listHsdsServices',
    summary: 'Published services, searched and filtered (HSDS 3.0)',
    description: `Lists the services of the directories that are not closed, each with its organization, searched by words (\`search\`) and filtered by taxonomy term, taxonomy or organization. ${pages}`,
    query: hsdsQueries.services,
  },
  '/services/:id': {
    operationId: 'getHsdsService',
    summary: 'One published service, fully nested (HSDS 3.0)',
    description: oneOf(
      'service',
      ', with its organization, location, address, phones, schedules, service areas and taxonomy attributes',
    ),
    ...byId,
  },
  '/organizations': {
    operationId: 'listHsdsOrganizations',
    summary: 'Organizations providing published services (HSDS 3.0)',
    description: `Lists the organizations that provide at least one published service, by name. ${pages}`,
    query: hsdsQueries.list,
  },
  '/organizations/:id': {
    operationId: 'getHsdsOrganization',
    summary: 'One organization with its published services (HSDS 3.0)',
    description: oneOf('organization', ', with its identifiers and a summary of its services'),
    ...byId,
  },
  '/taxonomies': {
    operationId: 'listHsdsTaxonomies',
    summary: 'Taxonomies classifying the services (HSDS 3.0)',
    description: `Lists the classifications published as taxonomies (ISTAT user areas and service categories, CISIS macro-levels, Lombardy facility types). ${pages}`,
    query: hsdsQueries.list,
  },
  '/taxonomies/:id': {
    operationId: 'getHsdsTaxonomy',
    summary: 'One taxonomy (HSDS 3.0)',
    description: oneOf('taxonomy'),
    params: idParams,
  },
  '/taxonomy_terms': {
    operationId: 'listHsdsTaxonomyTerms',
    summary: 'Terms of the taxonomies (HSDS 3.0)',
    description: `Lists the terms of the taxonomies, or of one (\`taxonomy_id\`). ${pages}`,
    query: hsdsQueries.taxonomyTerms,
  },
  '/taxonomy_terms/:id': {
    operationId: 'getHsdsTaxonomyTerm',
    summary: 'One taxonomy term (HSDS 3.0)',
    description: oneOf('taxonomy term'),
    params: idParams,
  },
  '/service_at_locations': {
    operationId: 'listHsdsServiceAtLocations',
    summary: 'Published services at their locations (HSDS 3.0)',
    description: `Lists the published services that have a location, each at its location with a summary of the service, searched and filtered as the services are. ${pages}`,
    query: hsdsQueries.services,
  },
  '/service_at_locations/:id': {
    operationId: 'getHsdsServiceAtLocation',
    summary: 'One service at its location (HSDS 3.0)',
    description: oneOf('service at location', ', with a summary of the service'),
    ...byId,
  },
} satisfies Record<string, HsdsOperation>;
export type HsdsPath = keyof typeof hsdsOperations;
