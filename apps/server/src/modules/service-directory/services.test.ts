import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let office: Client;
let mayor: Client;
let base: string;
let towns: { id: string; name: string }[];
let providers: { id: string; name: string }[];

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  mayor = await t.login(demo.mayor);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  base = `/api/districts/${districtId}/services`;
  towns = (await office.get(`/api/districts/${districtId}`)).json().municipalities;
  providers = (await office.get(`${base}/providers`)).json().items;
});
afterAll(async () => t.close());

const town = (name: string) => towns.find((m) => m.name === name)!.id;
const provider = (prefix: string) => providers.find((p) => p.name.startsWith(prefix))!.id;
const newService = (over: Record<string, unknown> = {}) => ({
  name: 'Spazio compiti Àncora',
  description: 'Doposcuola per ragazzi delle medie',
  providerId: provider('Cooperativa sociale Aurora'),
  municipalityId: town('Zinasco'),
  address: 'Via Roma 3',
  postalCode: '27030',
  servedMunicipalityIds: [town('Zinasco'), town('Sommo')],
  userAreaCodes: ['FAM'],
  istatCategoryCode: 'B2',
  cisisLevelCode: 'IS',
  facilityTypeCode: null,
  capacity: 18,
  authorization: 'authorized',
  authorizationDate: '2013-09-01',
  eligibility: 'Ragazzi dagli 11 ai 14 anni',
  costs: 'Gratuito',
  contacts: {
    phone: '0382 100200',
    email: 'compiti@esempio.demo',
    website: 'https://esempio.demo',
  },
  openingHours: 'lunedì–venerdì 14:30–17:30',
  status: 'active',
  ...over,
});
const names = (res: { json(): { items: { name: string }[] } }) =>
  res.json().items.map((s) => s.name);

describe('service directory (back office)', () => {
  it('lists the demo directory to every member, paginated, with the total', async () => {
    const res = await mayor.get(`${base}?perPage=10`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThanOrEqual(40);
    expect(res.json().items).toHaveLength(10);
    const page2 = (await mayor.get(`${base}?perPage=10&page=2`)).json().items;
    expect(page2[0].name).not.toBe(res.json().items[0].name);
  });

  it('searches ignoring case and accents, and filters by area, municipality, type, provider and status', async () => {
    expect(names(await office.get(`${base}?q=ATTIVITA%20girasole`))).toEqual([]);
    expect(names(await office.get(`${base}?q=CITTA`))).toEqual([]);
    expect(names(await office.get(`${base}?q=autonomia%20verso`))).toEqual([
      'Servizio di formazione all’autonomia Verso l’autonomia',
    ]);
    expect(names(await office.get(`${base}?q=CASA%20TICINO`))).toEqual([
      'Comunità alloggio Casa Ticino',
    ]);
    // accents: "comunita" finds "Comunità"
    expect(names(await office.get(`${base}?q=comunita%20ticino`))).toEqual([
      'Comunità alloggio Casa Ticino',
    ]);
    const youth = names(await office.get(`${base}?facilityType=CAG`));
    expect(youth).toEqual([
      'Centro di aggregazione giovanile La Tana',
      'Centro di aggregazione giovanile Spazio Giovani',
    ]);
    // served in Sommo (delivered elsewhere too) and for older people
    const sommo = names(
      await office.get(`${base}?municipalityId=${town('Sommo')}&userArea=ELD&perPage=100`),
    );
    expect(sommo).toContain('Centro diurno anziani Il Glicine');
    expect(sommo).toContain('RSA Santa Margherita');
    expect(sommo).not.toContain('Centro diurno anziani Il Ritrovo');
    const byProvider = names(
      await office.get(`${base}?providerId=${provider('Associazione Porta Aperta')}`),
    );
    expect(byProvider).toEqual(['Dormitorio Casa della Notte']);
    expect(names(await office.get(`${base}?status=closed`))).toEqual(['Ludoteca Giocamondo']);
    expect((await office.get(`${base}?istatCategory=A1`)).json().total).toBe(12);
    const bad = await office.get(`${base}?municipalityId=nope`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('query.municipalityId');
  });

  it('creates, edits at the version read (409 with the current record otherwise) and deletes, leaving audit events', async () => {
    const created = await office.post(base, newService());
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({
      name: 'Spazio compiti Àncora',
      version: 1,
      isDemo: false,
      capacity: 18,
    });
    expect(s.provider.name).toBe('Cooperativa sociale Aurora (demo)');
    expect(names(await office.get(`${base}?q=ancora`))).toEqual(['Spazio compiti Àncora']);

    const edited = await office.put(`${base}/${s.id}`, newService({ capacity: 20, version: 1 }));
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ capacity: 20, version: 2 });
    const stale = await office.put(`${base}/${s.id}`, newService({ capacity: 25, version: 1 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect(stale.json().current.capacity).toBe(20);

    expect((await office.delete(`${base}/${s.id}?version=1`)).statusCode).toBe(409);
    expect((await office.delete(`${base}/${s.id}?version=2`)).statusCode).toBe(204);
    expect((await office.get(`${base}/${s.id}`)).statusCode).toBe(404);
    const events = await t.sql(
      sql`select action from audit_events where entity_id = ${s.id} order by at, action`,
    );
    expect(events.rows.map((r) => r.action)).toEqual([
      'service.created',
      'service.updated',
      'service.deleted',
    ]);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'body.name'],
      [{ postalCode: '271' }, 'body.postalCode'],
      [{ contacts: { phone: '', email: 'not-an-email', website: '' } }, 'body.contacts.email'],
      [{ authorization: 'none', authorizationDate: '2012-01-01' }, 'body.authorizationDate'],
      [{ userAreaCodes: ['XYZ'] }, 'body.userAreaCodes'],
      [{ facilityTypeCode: 'NOPE' }, 'body.facilityTypeCode'],
      [{ municipalityId: crypto.randomUUID() }, 'body.municipalityId'],
      [{ providerId: crypto.randomUUID() }, 'body.providerId'],
      [{ name: 'Micronido Piccoli Passi' }, 'body.name'],
    ];
    for (const [over, field] of cases) {
      const res = await office.post(base, newService(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().issues.map((i: { field: string }) => i.field)).toContain(field);
    }
  });

  it('lets other roles read but not write (403), and hides unknown services (404)', async () => {
    expect((await mayor.post(base, newService({ name: 'Del sindaco' }))).statusCode).toBe(403);
    const one = (await mayor.get(`${base}?perPage=1`)).json().items[0];
    expect((await mayor.get(`${base}/${one.id}`)).json().name).toBe(one.name);
    expect(
      (await mayor.put(`${base}/${one.id}`, newService({ version: one.version }))).statusCode,
    ).toBe(403);
    expect((await office.get(`${base}/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await t.anonymous.get(base)).statusCode).toBe(401);
  });
});

describe('bounds of the service directory inputs', () => {
  it('refuses, naming the field and the limit, a name too long, unknown fields and control characters', async () => {
    const long = await office.post(base, newService({ name: 'N'.repeat(201) }));
    expect(long.statusCode).toBe(400);
    expect(long.json().issues).toEqual([
      expect.objectContaining({ field: 'body.name', code: 'too_big', maximum: 200, actual: 201 }),
    ]);

    const extra = await office.post(
      base,
      newService({ contacts: { phone: '', email: '', website: '', fax: '0382 1' } }),
    );
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({ field: 'body.contacts.fax', code: 'unrecognized_keys' }),
    ]);

    const nul = await office.post(base, newService({ description: 'Doposcuola\u0000' }));
    expect(nul.statusCode).toBe(400);
    expect(nul.json().issues).toEqual([
      expect.objectContaining({ field: 'body.description', code: 'invalid_format' }),
    ]);
    expect(names(await office.get(`${base}?q=compiti`))).not.toContain('Spazio compiti Àncora');

    for (const [query, field] of [
      ['q=nido%00', 'query.q'],
      ['userArea=FAM%00', 'query.userArea'],
      [`q=${'a'.repeat(201)}`, 'query.q'],
      ['page=10001', 'query.page'],
      ['status=active&status=closed&status=active&status=closed', 'query.status'],
    ]) {
      const res = await mayor.get(`${base}?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().issues[0].field, query).toBe(field);
    }
  });
});
