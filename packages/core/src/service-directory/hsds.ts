import type { Service, ServiceStatus } from './service';
import { serviceChoiceLabels } from './service.spreadsheet';

/**
 * Our directory as Open Referral HSDS 3.0 objects (docs/decisions/0006-hsds.md). Pure: the caller
 * gives the records and `uuidFor`, a stable name → UUID function (HSDS wants a UUID for every
 * object, also those we do not store as rows: locations, addresses, phones, schedules, taxonomies).
 */

export type UuidFor = (name: string) => string;

export interface HsdsTaxonomyItem {
  /** the classification row id: the taxonomy term id */
  id: string;
  scheme: string;
  edition: string;
  code: string;
  labelIt: string;
  labelEn: string;
}

export interface HsdsMunicipality {
  id: string;
  name: string;
  province: string;
  postalCode: string;
  region: string;
}

export interface HsdsContext {
  uuidFor: UuidFor;
  municipalities: Map<string, HsdsMunicipality>;
  /** `${scheme}:${code}` → the classification row */
  terms: Map<string, HsdsTaxonomyItem>;
}

/** The classifications published as HSDS taxonomies, with their names. */
export const hsdsTaxonomies: Record<string, { name: string; description: string }> = {
  istatUserArea: {
    name: 'ISTAT – Aree di utenza',
    description:
      'Aree di utenza dell’Indagine ISTAT sugli interventi e i servizi sociali dei comuni (famiglia e minori, disabili, dipendenze, anziani, immigrati, povertà, multiutenza).',
  },
  istatServiceCategory: {
    name: 'ISTAT – Interventi e servizi sociali',
    description:
      'Tipologie di interventi e servizi dell’Indagine ISTAT sugli interventi e i servizi sociali dei comuni singoli e associati.',
  },
  cisisMacroLevel: {
    name: 'CISIS – Macro-livelli del nomenclatore',
    description:
      'Macro-livelli del Nomenclatore degli interventi e servizi sociali (CISIS): interventi e servizi, trasferimenti in denaro, strutture.',
  },
  lombardyFacilityType: {
    name: 'Regione Lombardia – Unità d’offerta',
    description:
      'Unità d’offerta della rete sociale e socio-sanitaria di Regione Lombardia (asili nido, CAG, CSE, SFA, CDD, RSA, …).',
  },
};
export const hsdsSchemes = Object.keys(hsdsTaxonomies);

const statusMap: Record<ServiceStatus, string> = {
  active: 'active',
  suspended: 'temporarily closed',
  closed: 'defunct',
};

const organizationKindLabels: Record<string, string> = {
  municipality: 'Comune',
  healthAgency: 'Agenzia di tutela della salute',
  healthProvider: 'Azienda socio-sanitaria',
  thirdSector: 'Ente del Terzo settore',
  region: 'Regione',
  consortium: 'Consorzio / azienda speciale',
  private: 'Ente privato',
  other: 'Altro ente',
};

export function hsdsTaxonomy(scheme: string, edition: string, uuidFor: UuidFor) {
  const t = hsdsTaxonomies[scheme]!;
  return {
    id: uuidFor(`taxonomy:${scheme}`),
    name: t.name,
    description: t.description,
    version: edition,
  };
}

export function hsdsTaxonomyTerm(item: HsdsTaxonomyItem, uuidFor: UuidFor) {
  return {
    id: item.id,
    code: item.code,
    name: item.labelIt,
    description: item.labelEn ? `${item.labelIt} (en: ${item.labelEn})` : item.labelIt,
    taxonomy: item.scheme,
    taxonomy_id: uuidFor(`taxonomy:${item.scheme}`),
    language: 'it',
  };
}

export interface HsdsOrganizationRow {
  id: string;
  name: string;
  kind: string;
  taxCode: string | null;
  registryNumber: string | null;
}

export function hsdsOrganization(o: HsdsOrganizationRow, uuidFor: UuidFor) {
  const identifiers = [
    ...(o.taxCode
      ? [
          {
            id: uuidFor(`orgid:cf:${o.id}`),
            organization_id: o.id,
            identifier_scheme: 'IT-CF',
            identifier_type: 'Codice fiscale',
            identifier: o.taxCode,
          },
        ]
      : []),
    ...(o.registryNumber
      ? [
          {
            id: uuidFor(`orgid:reg:${o.id}`),
            organization_id: o.id,
            identifier_scheme: 'IT-RUNTS',
            identifier_type: 'Numero di iscrizione al registro',
            identifier: o.registryNumber,
          },
        ]
      : []),
  ];
  return {
    id: o.id,
    name: o.name,
    description: organizationKindLabels[o.kind] ?? organizationKindLabels.other!,
    legal_status: organizationKindLabels[o.kind] ?? organizationKindLabels.other!,
    ...(o.taxCode ? { tax_id: o.taxCode } : {}),
    organization_identifiers: identifiers,
  };
}

/** The one-to-one fields of a service (what a list of services carries). */
export function hsdsServiceSummary(s: Service) {
  const auth = s.authorization === 'none' ? '' : serviceChoiceLabels.authorization[s.authorization];
  const date = s.authorizationDate
    ? ` dal ${s.authorizationDate.split('-').reverse().join('/')}`
    : '';
  return {
    id: s.id,
    organization_id: s.provider.id,
    name: s.name,
    description: s.description,
    ...(s.contacts.website ? { url: s.contacts.website } : {}),
    ...(s.contacts.email ? { email: s.contacts.email } : {}),
    status: statusMap[s.status],
    eligibility_description: s.eligibility,
    fees_description: s.costs,
    ...(auth ? { accreditations: `${auth}${date}` } : {}),
    last_modified: new Date(s.updatedAt).toISOString(),
  };
}

/** Where the service is delivered, when known: one physical location with its address. */
export function hsdsLocation(s: Service, ctx: HsdsContext) {
  const m = s.municipalityId ? ctx.municipalities.get(s.municipalityId) : undefined;
  if (!m) return null;
  const id = ctx.uuidFor(`location:${s.id}`);
  return {
    id,
    location_type: 'physical',
    organization_id: s.provider.id,
    name: `${s.name} – ${m.name}`,
    addresses: [
      {
        id: ctx.uuidFor(`address:${s.id}`),
        location_id: id,
        address_1: s.address || m.name,
        city: m.name,
        region: m.region,
        state_province: m.province,
        postal_code: s.postalCode || m.postalCode,
        country: 'IT',
        address_type: 'physical',
      },
    ],
  };
}

export function hsdsServiceAtLocation(s: Service, ctx: HsdsContext) {
  const location = hsdsLocation(s, ctx);
  if (!location) return null;
  return {
    id: ctx.uuidFor(`service_at_location:${s.id}`),
    service_id: s.id,
    location_id: location.id,
    description: s.openingHours,
    location,
  };
}

/** The classification terms of a service as HSDS attributes (service → taxonomy term). */
export function hsdsAttributes(s: Service, ctx: HsdsContext) {
  const pairs: [string, string | null][] = [
    ...s.userAreaCodes.map((c) => ['istatUserArea', c] as [string, string]),
    ['istatServiceCategory', s.istatCategoryCode],
    ['cisisMacroLevel', s.cisisLevelCode],
    ['lombardyFacilityType', s.facilityTypeCode],
  ];
  return pairs.flatMap(([scheme, code]) => {
    const term = code ? ctx.terms.get(`${scheme}:${code}`) : undefined;
    if (!term) return [];
    return [
      {
        id: ctx.uuidFor(`attribute:${s.id}:${term.id}`),
        link_id: s.id,
        link_type: scheme,
        link_entity: 'service',
        taxonomy_term_id: term.id,
        value: term.code,
        taxonomy_term: hsdsTaxonomyTerm(term, ctx.uuidFor),
      },
    ];
  });
}

/** A service with everything nested (GET /services/{id}). */
export function hsdsService(s: Service, ctx: HsdsContext) {
  const sal = hsdsServiceAtLocation(s, ctx);
  return {
    ...hsdsServiceSummary(s),
    organization: hsdsOrganization(s.provider, ctx.uuidFor),
    phones: s.contacts.phone
      ? [{ id: ctx.uuidFor(`phone:${s.id}`), service_id: s.id, number: s.contacts.phone }]
      : [],
    schedules: s.openingHours
      ? [{ id: ctx.uuidFor(`schedule:${s.id}`), service_id: s.id, description: s.openingHours }]
      : [],
    service_areas: s.servedMunicipalityIds.flatMap((id) => {
      const m = ctx.municipalities.get(id);
      return m
        ? [
            {
              id: ctx.uuidFor(`service_area:${s.id}:${id}`),
              service_id: s.id,
              name: m.name,
              extent_type: 'comune',
            },
          ]
        : [];
    }),
    service_at_locations: sal ? [sal] : [],
    attributes: hsdsAttributes(s, ctx),
    languages: [
      { id: ctx.uuidFor(`language:${s.id}:it`), service_id: s.id, name: 'Italiano', code: 'it' },
    ],
  };
}

/** The page wrapper of every HSDS list answer. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
