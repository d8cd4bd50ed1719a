import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

// The open HSDS API's parameters: bounded, refused with the rule they break, and documented.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('HSDS parameters', () => {
  it('refuses values past their bounds, naming the parameter and its rule', async () => {
    const cases: [string, string, string][] = [
      [`services?district=${'p'.repeat(61)}`, 'district', 'the slug of a published district'],
      ['services?page=1000001', 'page', 'at most 1000000'],
      ['taxonomy_terms?per_page=201', 'per_page', 'from 1 to 200'],
    ];
    for (const [url, name, rule] of cases) {
      const res = await t.anonymous.get(`/api/hsds/${url}`);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().issues, url).toEqual([
        { field: `query.${name}`, message: expect.stringContaining(rule) },
      ]);
      expect(res.json().detail).toMatch(new RegExp(`^${name} must be .*\\(sent `));
    }
  });

  it('refuses control characters in a parameter, naming it', async () => {
    for (const [url, name] of [
      ['services?search=nido%00', 'search'],
      ['service_at_locations?search=%07', 'search'],
      ['organizations?district=pavia%00', 'district'],
    ]) {
      const res = await t.anonymous.get(`/api/hsds/${url}`);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().issues, url).toEqual([
        expect.objectContaining({ field: `query.${name}`, format: 'plain-text' }),
      ]);
    }
  });

  it('refuses an id longer than a UUID or with control characters with a 400 naming params.id', async () => {
    const long = await t.anonymous.get(`/api/hsds/services/${'a'.repeat(37)}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().issues[0]).toMatchObject({
      field: 'params.id',
      code: 'too_big',
      maximum: 36,
    });
    const nul = await t.anonymous.get('/api/hsds/taxonomy_terms/ab%00cd');
    expect(nul.statusCode).toBe(400);
    expect(nul.json().issues[0]).toMatchObject({ field: 'params.id', code: 'invalid_format' });
  });

  it('ignores parameters it does not know, as HSDS clients send their own', async () => {
    const res = await t.anonymous.get('/api/hsds/services?per_page=2&full_service=true');
    expect(res.statusCode).toBe(200);
    expect(res.json().contents).toHaveLength(2);
  });

  it('names, describes and bounds every operation in the API document', async () => {
    const doc = (await t.anonymous.get('/api/openapi.json')).json();
    type Parameter = { name: string; in: string; schema: Record<string, unknown> };
    type Operation = { operationId: string; description: string; tags: string[] };
    type Item = { get: Operation & { parameters?: Parameter[] } };
    const ops = Object.entries(doc.paths as Record<string, Item>)
      // paths of the document are under its server, /api
      .filter(([path]) => path.startsWith('/hsds'))
      .map(([path, item]) => ({ path, ...item.get }));
    expect(ops.map((o) => o.operationId).sort()).toEqual([
      'getHsdsInfo',
      'getHsdsOrganization',
      'getHsdsService',
      'getHsdsServiceAtLocation',
      'getHsdsTaxonomy',
      'getHsdsTaxonomyTerm',
      'listHsdsOrganizations',
      'listHsdsServiceAtLocations',
      'listHsdsServices',
      'listHsdsTaxonomies',
      'listHsdsTaxonomyTerms',
    ]);
    for (const op of ops) {
      expect(op.description, op.path).toEqual(expect.any(String));
      expect(op.tags, op.path).toEqual(['hsds']);
    }
    const params = (path: string) =>
      (ops.find((o) => o.path === path)!.parameters ?? []).map((p) => [p.name, p.schema]);
    expect(Object.fromEntries(params('/hsds/services'))).toMatchObject({
      search: { type: 'string', maxLength: 200 },
      district: { type: 'string', maxLength: 60 },
      per_page: { minimum: 1, maximum: 200 },
      page: { minimum: 1, maximum: 1_000_000 },
      taxonomy_term_id: { format: 'uuid' },
    });
    expect(Object.fromEntries(params('/hsds/services/{id}'))).toMatchObject({
      id: { type: 'string', maxLength: 36 },
    });
  });
});
