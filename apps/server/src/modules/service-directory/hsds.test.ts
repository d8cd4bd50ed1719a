import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';
import { referenceFolder } from '../../testing/reference';

/**
 * Every answer of the open HSDS API is checked against the Open Referral HSDS 3.0 schemas with a
 * JSON Schema 2020-12 validator. The schemas are the specification's own files, read from the
 * reference folder beside the repository (`../shared/reference/hsds-3.0/`), never copied into
 * it: in CI a missing folder fails the suite; elsewhere the conformance is reported as not
 * checked. What does not need the schemas (errors, parameters) is checked either way.
 */
const reference = referenceFolder('hsds-3.0', [
  'openapi.json',
  'service.json',
  'compiled/service_with_definitions.json',
]);
const base = 'https://hsds.test/schema/';

interface Schemas {
  pageOf(item: string): ValidateFunction;
  schema(file: string): ValidateFunction;
}

function loadSchemas(dir: string): Schemas {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as object;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema({ ...load(f), $id: `${base}${f}` });
  }
  for (const f of readdirSync(join(dir, 'compiled'))) {
    ajv.addSchema({ ...load(`compiled/${f}`), $id: `${base}compiled/${f}` });
  }
  // the page wrapper of every list (openapi.json components.schemas.Page + contents)
  const openapi = load('openapi.json') as { components: { schemas: { Page: object } } };
  return {
    pageOf: (item) =>
      ajv.compile({
        allOf: [openapi.components.schemas.Page],
        type: 'object',
        required: [
          'total_items',
          'total_pages',
          'page_number',
          'size',
          'first_page',
          'last_page',
          'empty',
          'contents',
        ],
        properties: { contents: { type: 'array', items: { $ref: `${base}${item}` } } },
      }),
    schema: (file) => ajv.getSchema(`${base}${file}`)!,
  };
}

function valid(validate: ValidateFunction, body: unknown) {
  const ok = validate(body);
  expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
}

let t: TestApp;
const get = async (url: string) => {
  const res = await t.anonymous.get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

if (!reference.present && reference.required) {
  describe('HSDS 3.0 conformance', () => {
    it('needs the HSDS 3.0 reference schemas', () => {
      throw new Error(
        `HSDS reference schemas not found at ${reference.path}: CI must check the conformance`,
      );
    });
  });
}

describe.skipIf(!reference.present)(
  reference.present
    ? 'HSDS 3.0 open API: every answer valid against the specification’s schemas'
    : `HSDS reference schemas not found at ${reference.path}: conformance not checked`,
  () => {
    let pageOf: Schemas['pageOf'];
    let schema: Schemas['schema'];
    beforeAll(() => {
      ({ pageOf, schema } = loadSchemas(reference.path));
    });

    it('lists the demo services, paginated, every page valid, no session needed', async () => {
      const first = await get('/api/hsds/services?per_page=20');
      valid(pageOf('compiled/service_list.json'), first);
      expect(first.total_items).toBeGreaterThanOrEqual(40);
      expect(first.size).toBe(20);
      expect(first.first_page).toBe(true);
      expect(first.contents[0].organization.name).toBeTruthy();
      const last = await get(`/api/hsds/services?per_page=20&page=${first.total_pages}`);
      valid(pageOf('compiled/service_list.json'), last);
      expect(last.last_page).toBe(true);
      // closed services are not published; suspended ones are, as temporarily closed
      const all = (await get('/api/hsds/services?per_page=200')).contents;
      expect(all.map((s: { name: string }) => s.name)).not.toContain('Ludoteca Giocamondo');
      expect(
        all.find((s: { name: string }) => s.name === 'Centro diurno anziani Il Glicine').status,
      ).toBe('temporarily closed');
    });

    it('answers one service fully nested, valid against the compiled service schema', async () => {
      const list = await get('/api/hsds/services?search=asilo%20nido%20girasole');
      expect(list.total_items).toBe(1);
      const one = await get(`/api/hsds/services/${list.contents[0].id}`);
      valid(schema('compiled/service_with_definitions.json'), one);
      expect(one.service_at_locations[0].location.addresses[0]).toMatchObject({
        city: 'Pavia',
        country: 'IT',
        state_province: 'PV',
      });
      const codes = one.attributes.map(
        (a: { taxonomy_term: { code: string } }) => a.taxonomy_term.code,
      );
      expect(codes).toEqual(expect.arrayContaining(['FAM', 'E1', 'ST', 'NIDO']));
      expect(one.service_areas.map((a: { name: string }) => a.name)).toEqual(['Pavia']);
    });

    it('publishes every published service valid one by one', async () => {
      const all = (await get('/api/hsds/services?per_page=200')).contents as { id: string }[];
      const validate = schema('compiled/service_with_definitions.json');
      for (const s of all) valid(validate, await get(`/api/hsds/services/${s.id}`));
    });

    it('lists organizations and one organization with its identifiers', async () => {
      const page = await get('/api/hsds/organizations');
      valid(pageOf('compiled/organization_list.json'), page);
      const aurora = page.contents.find((o: { name: string }) =>
        o.name.startsWith('Cooperativa sociale Aurora'),
      );
      const one = await get(`/api/hsds/organizations/${aurora.id}`);
      valid(schema('organization.json'), one);
      expect(one.organization_identifiers.map((i: { identifier: string }) => i.identifier)).toEqual(
        ['01234560189', 'RUNTS 100231'],
      );
      expect(one.services.length).toBeGreaterThan(3);
      const byOrg = await get(`/api/hsds/services?organization_id=${aurora.id}`);
      expect(byOrg.total_items).toBe(one.services.length);
    });

    it('exposes the Italian classifications as taxonomies and terms, and filters by term', async () => {
      const taxonomies = await get('/api/hsds/taxonomies');
      valid(pageOf('taxonomy.json'), taxonomies);
      expect(taxonomies.contents.map((x: { name: string }) => x.name)).toEqual([
        'ISTAT – Aree di utenza',
        'ISTAT – Interventi e servizi sociali',
        'CISIS – Macro-livelli del nomenclatore',
        'Regione Lombardia – Unità d’offerta',
      ]);
      valid(
        schema('taxonomy.json'),
        await get(`/api/hsds/taxonomies/${taxonomies.contents[3].id}`),
      );
      const terms = await get(
        `/api/hsds/taxonomy_terms?per_page=200&taxonomy_id=${taxonomies.contents[3].id}`,
      );
      valid(pageOf('taxonomy_term.json'), terms);
      const cag = terms.contents.find((x: { code: string }) => x.code === 'CAG');
      valid(schema('taxonomy_term.json'), await get(`/api/hsds/taxonomy_terms/${cag.id}`));
      const youth = await get(`/api/hsds/services?taxonomy_term_id=${cag.id}`);
      expect(youth.contents.map((s: { name: string }) => s.name).sort()).toEqual([
        'Centro di aggregazione giovanile La Tana',
        'Centro di aggregazione giovanile Spazio Giovani',
      ]);
    });

    it('lists services at locations and answers one', async () => {
      const page = await get('/api/hsds/service_at_locations?per_page=5');
      valid(pageOf('compiled/service_at_location_list.json'), page);
      valid(
        schema('service_at_location.json'),
        await get(`/api/hsds/service_at_locations/${page.contents[0].id}`),
      );
    });
  },
);

describe('HSDS 3.0 open API: errors and parameters', () => {
  it('answers 404 problems for unknown ids and 400 for a bad page, and shows an edit at once', async () => {
    for (const url of ['/api/hsds/services/nope', `/api/hsds/services/${crypto.randomUUID()}`]) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const bad = await t.anonymous.get('/api/hsds/services?page=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('query.page');

    const office = await t.login(demo.planOffice);
    const districtId = (await office.get('/api/districts')).json().items[0].id;
    const list = (await office.get(`/api/districts/${districtId}/services?q=girasole`)).json();
    const s = list.items[0];
    const { id: _id, districtId: _d, provider, isDemo: _x, updatedAt: _u, ...rest } = s;
    const closed = await office.put(`/api/districts/${districtId}/services/${s.id}`, {
      ...rest,
      providerId: provider.id,
      status: 'closed',
    });
    expect(closed.statusCode).toBe(200);
    expect((await t.anonymous.get(`/api/hsds/services/${s.id}`)).statusCode).toBe(404);
  });

  it('names the bad parameter and what it must be in every 4xx, as problem+json', async () => {
    const cases: [string, string, string][] = [
      ['services?page=0', 'page', 'from 1 up'],
      ['services?per_page=500', 'per_page', 'from 1 to 200'],
      ['organizations?per_page=many', 'per_page', 'from 1 to 200'],
      ['services?taxonomy_term_id=ELD', 'taxonomy_term_id', '/api/hsds/taxonomy_terms'],
      ['taxonomy_terms?taxonomy_id=istat', 'taxonomy_id', '/api/hsds/taxonomies'],
      ['services?organization_id=42', 'organization_id', '/api/hsds/organizations'],
      [`services?search=${'a'.repeat(201)}`, 'search', 'at most 200 characters'],
      ['services?district=nowhere', 'district', 'one of pavia'],
    ];
    for (const [url, name, rule] of cases) {
      const res = await t.anonymous.get(`/api/hsds/${url}`);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json();
      expect(problem.issues.map((i: { field: string }) => i.field)).toEqual([`query.${name}`]);
      expect(problem.issues[0].message).toContain(rule);
      expect(problem.detail).toMatch(
        new RegExp(`^${name} must be .*${rule.replace(/[/]/g, '\\/')}`),
      );
    }
    const two = (await t.anonymous.get('/api/hsds/services?page=x&per_page=0')).json();
    expect(two.issues.map((i: { field: string }) => i.field)).toEqual([
      'query.page',
      'query.per_page',
    ]);

    const uuid = crypto.randomUUID();
    const ids: [string, string][] = [
      [`services/${uuid}`, 'no published service has this id'],
      ['organizations/nope', 'must be a UUID: the id of a published organization'],
      [`taxonomy_terms/${uuid}`, 'no published taxonomy term has this id'],
    ];
    for (const [url, message] of ids) {
      const res = await t.anonymous.get(`/api/hsds/${url}`);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().issues).toEqual([{ field: 'params.id', message }]);
      expect(res.json().detail).toContain(`(sent "${url.split('/')[1]}")`);
    }
    const unknown = await t.anonymous.get('/api/hsds/locations');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json().detail).toContain('/api/hsds/services, /api/hsds/organizations');
  });

  it('answers with a trailing slash as without it', async () => {
    const root = await get('/api/hsds');
    expect(await get('/api/hsds/')).toEqual(root);
    expect(root.version).toBe('3.0');
    const list = await get('/api/hsds/services/?per_page=2&search=nido');
    expect(list).toEqual(await get('/api/hsds/services?per_page=2&search=nido'));
  });
});
