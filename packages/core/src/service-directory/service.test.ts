import { describe, expect, it } from 'vitest';
import { foldText, serviceAsInput, serviceInput, serviceListQuery, type Service } from './service';
import { planServiceImport } from './service.import';
import {
  serviceCellText,
  serviceColumns,
  serviceToRow,
  type ServiceSheetContext,
} from './service.spreadsheet';
import { hsdsPage, hsdsService, hsdsServiceSummary, type HsdsContext } from './hsds';

const ids = {
  s1: '10000000-0000-4000-8000-000000000001',
  p1: '20000000-0000-4000-8000-000000000001',
  p2: '20000000-0000-4000-8000-000000000002',
  pavia: '30000000-0000-4000-8000-000000000001',
  sommo: '30000000-0000-4000-8000-000000000002',
};

const service: Service = {
  id: ids.s1,
  districtId: '40000000-0000-4000-8000-000000000001',
  name: 'Centro diurno Il Ritrovo',
  description: 'Attività per anziani',
  provider: {
    id: ids.p1,
    name: 'Comune di Pavia',
    kind: 'municipality',
    taxCode: '00296180185',
    registryNumber: null,
  },
  municipalityId: ids.pavia,
  address: 'Piazza Petrarca 4',
  postalCode: '27100',
  servedMunicipalityIds: [ids.pavia, ids.sommo],
  userAreaCodes: ['ELD'],
  istatCategoryCode: 'E4',
  cisisLevelCode: 'ST',
  facilityTypeCode: 'CDA',
  capacity: 40,
  authorization: 'authorized',
  authorizationDate: '2012-03-01',
  eligibility: 'Dai 65 anni',
  costs: 'Gratuito',
  contacts: { phone: '0382 1', email: 'a@b.it', website: 'https://b.it' },
  openingHours: 'lun–ven 14–18',
  status: 'active',
  isDemo: true,
  version: 3,
  updatedAt: '2014-01-01T10:00:00.000Z',
};

const ctx: ServiceSheetContext = {
  services: [service],
  providers: [
    { id: ids.p1, name: 'Comune di Pavia', taxCode: null },
    { id: ids.p2, name: 'Cooperativa Àurora', taxCode: null },
  ],
  municipalities: [
    { id: ids.pavia, name: 'Pavia', istatCode: '018110' },
    { id: ids.sommo, name: 'Sommo', istatCode: '018151' },
  ],
  codes: {
    userAreaCodes: new Set(['ELD', 'FAM']),
    istatCategoryCode: new Set(['E4', 'A1']),
    cisisLevelCode: new Set(['ST', 'IS']),
    facilityTypeCode: new Set(['CDA']),
  },
};
const headers = serviceColumns.map((c) => c.header);
const textRow = () =>
  serviceToRow(service, ctx).map((v, i) => serviceCellText(serviceColumns[i]!, v));

describe('service schemas', () => {
  it('fills defaults, trims, and refuses a date without an authorization', () => {
    const s = serviceInput.parse({ name: '  Nido ', providerId: ids.p1 });
    expect(s).toMatchObject({
      name: 'Nido',
      status: 'active',
      authorization: 'none',
      userAreaCodes: [],
    });
    const bad = serviceInput.safeParse({
      name: 'X',
      providerId: ids.p1,
      authorizationDate: '2012-01-01',
    });
    expect(bad.error?.issues[0]?.path).toEqual(['authorizationDate']);
    expect(
      serviceInput.safeParse({ name: 'X', providerId: ids.p1, contacts: { website: 'www.x.it' } })
        .success,
    ).toBe(false);
  });

  it('reads repeated or single status filters and folds accents for search', () => {
    expect(serviceListQuery.parse({ status: 'active' }).status).toEqual(['active']);
    expect(serviceListQuery.parse({ status: ['active', 'closed'] }).status).toEqual([
      'active',
      'closed',
    ]);
    expect(foldText('Comunità ÀNCORA')).toBe('comunita ancora');
  });

  it('refuses unknown fields, also in the contacts, and an edit without its version', () => {
    const extra = serviceInput.safeParse({ name: 'X', providerId: ids.p1, rating: 5 });
    expect(extra.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['rating'] });
    const contact = serviceInput.safeParse({
      name: 'X',
      providerId: ids.p1,
      contacts: { fax: '0382 1' },
    });
    expect(contact.error?.issues[0]).toMatchObject({ path: ['contacts'], keys: ['fax'] });
    expect(
      serviceListQuery.safeParse({ status: ['active', 'closed', 'active', 'closed'] }).success,
    ).toBe(false);
  });
});

describe('services spreadsheet codec', () => {
  it('refuses a cell with control characters, naming its row and column', () => {
    const row = textRow();
    row[headers.indexOf('Orari')] = 'Lun\u0007-Ven';
    const plan = planServiceImport(ctx, { headers, rows: [{ row: 2, cells: row }] });
    expect(plan.errors).toEqual([
      {
        sheet: 'Servizi',
        row: 2,
        column: 'Orari',
        columnLetter: 'V',
        code: 'controlCharacters',
      },
    ]);
    expect(plan.update).toEqual([]);
  });

  it('writes a row with names, lists, Italian dates and words, and reads it back unchanged', () => {
    const row = textRow();
    expect(row[headers.indexOf('Comuni serviti')]).toBe('Pavia; Sommo');
    expect(row[headers.indexOf('Data autorizzazione')]).toBe('01/03/2012');
    expect(row[headers.indexOf('Autorizzazione')]).toBe('Autorizzato');
    expect(row[headers.indexOf('Stato')]).toBe('Attivo');
    const plan = planServiceImport(ctx, { headers, rows: [{ row: 2, cells: row }] });
    expect(plan).toMatchObject({ errors: [], conflicts: [], create: [], update: [], unchanged: 1 });
  });

  it('turns a changed row into an update, a row without ID into a new service', () => {
    const row = textRow();
    row[headers.indexOf('Posti')] = '45';
    const fresh = headers.map(() => '');
    fresh[headers.indexOf('Nome')] = 'Sportello';
    fresh[headers.indexOf('Ente gestore')] = 'cooperativa aurora';
    const plan = planServiceImport(ctx, {
      headers,
      rows: [
        { row: 2, cells: row },
        { row: 3, cells: fresh },
      ],
    });
    expect(plan.errors).toEqual([]);
    expect(plan.update).toEqual([
      { id: ids.s1, version: 3, input: { ...serviceAsInput(service), capacity: 45 } },
    ]);
    expect(plan.create[0]).toMatchObject({
      name: 'Sportello',
      providerId: ids.p2,
      status: 'active',
    });
  });

  it('collects every error by row and column, and a stale version as a conflict', () => {
    const row = textRow();
    row[headers.indexOf('Aree utenza')] = 'ELD; ZZZ';
    row[headers.indexOf('Comune')] = 'Milano';
    const errors = planServiceImport(ctx, { headers, rows: [{ row: 2, cells: row }] }).errors;
    expect(errors.map((e) => [e.row, e.column, e.columnLetter, e.code])).toEqual([
      [2, 'Comune', 'F', 'unknownMunicipality'],
      [2, 'Aree utenza', 'J', 'unknownCode'],
    ]);
    const stale = textRow();
    stale[headers.indexOf('Costi')] = '5 €';
    stale[headers.indexOf('Versione')] = '2';
    const plan = planServiceImport(ctx, { headers, rows: [{ row: 2, cells: stale }] });
    expect(plan.conflicts[0]).toMatchObject({ row: 2, code: 'staleRow', data: { version: 3 } });
    const missing = planServiceImport(ctx, { headers: ['ID', 'Descrizione'], rows: [] });
    expect(missing.errors.map((e) => e.column)).toEqual(['Nome', 'Ente gestore']);
  });
});

describe('HSDS mapping', () => {
  const hctx: HsdsContext = {
    uuidFor: (name) => `00000000-0000-5000-8000-${String(name.length).padStart(12, '0')}`,
    municipalities: new Map([
      [
        ids.pavia,
        { id: ids.pavia, name: 'Pavia', province: 'PV', postalCode: '27100', region: 'Lombardia' },
      ],
      [
        ids.sommo,
        { id: ids.sommo, name: 'Sommo', province: 'PV', postalCode: '27048', region: 'Lombardia' },
      ],
    ]),
    terms: new Map([
      [
        'lombardyFacilityType:CDA',
        {
          id: ids.p2,
          scheme: 'lombardyFacilityType',
          edition: 'LOM',
          code: 'CDA',
          labelIt: 'Centro diurno anziani',
          labelEn: 'Day centre',
        },
      ],
    ]),
  };

  it('maps status, fees, eligibility and accreditation of a service', () => {
    expect(hsdsServiceSummary({ ...service, status: 'suspended' })).toMatchObject({
      status: 'temporarily closed',
      fees_description: 'Gratuito',
      eligibility_description: 'Dai 65 anni',
      accreditations: 'Autorizzato dal 01/03/2012',
      url: 'https://b.it',
      organization_id: ids.p1,
    });
    expect(hsdsServiceSummary({ ...service, status: 'closed' }).status).toBe('defunct');
  });

  it('nests location, address, phones, schedules, areas and taxonomy attributes', () => {
    const h = hsdsService(service, hctx);
    expect(h.service_at_locations[0]!.location.addresses[0]).toMatchObject({
      address_1: 'Piazza Petrarca 4',
      city: 'Pavia',
      postal_code: '27100',
      country: 'IT',
    });
    expect(h.phones[0]!.number).toBe('0382 1');
    expect(h.schedules[0]!.description).toBe('lun–ven 14–18');
    expect(h.service_areas.map((a) => a.name)).toEqual(['Pavia', 'Sommo']);
    expect(h.attributes.map((a) => a.taxonomy_term.code)).toEqual(['CDA']);
    expect(h.organization.organization_identifiers[0]!.identifier).toBe('00296180185');
    expect(hsdsService({ ...service, municipalityId: null }, hctx).service_at_locations).toEqual(
      [],
    );
  });

  it('pages the HSDS way', () => {
    expect(hsdsPage([1, 2], 5, 3, 2)).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 3,
      size: 2,
      first_page: false,
      last_page: true,
      empty: false,
      contents: [1, 2],
    });
  });
});
