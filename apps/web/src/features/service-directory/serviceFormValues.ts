import type { Service } from '@pdz/core';

/** What the form holds: text for every input, lists for the checkbox groups. */
export interface ServiceFormValues {
  name: string;
  description: string;
  providerId: string;
  municipalityId: string;
  address: string;
  postalCode: string;
  servedMunicipalityIds: string[];
  userAreaCodes: string[];
  istatCategoryCode: string;
  cisisLevelCode: string;
  facilityTypeCode: string;
  capacity: string;
  authorization: string;
  authorizationDate: string;
  eligibility: string;
  costs: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  status: string;
}

export const emptyServiceValues: ServiceFormValues = {
  name: '',
  description: '',
  providerId: '',
  municipalityId: '',
  address: '',
  postalCode: '',
  servedMunicipalityIds: [],
  userAreaCodes: [],
  istatCategoryCode: '',
  cisisLevelCode: '',
  facilityTypeCode: '',
  capacity: '',
  authorization: 'none',
  authorizationDate: '',
  eligibility: '',
  costs: '',
  phone: '',
  email: '',
  website: '',
  openingHours: '',
  status: 'active',
};

export function valuesOf(s: Service): ServiceFormValues {
  return {
    name: s.name,
    description: s.description,
    providerId: s.provider.id,
    municipalityId: s.municipalityId ?? '',
    address: s.address,
    postalCode: s.postalCode,
    servedMunicipalityIds: s.servedMunicipalityIds,
    userAreaCodes: s.userAreaCodes,
    istatCategoryCode: s.istatCategoryCode ?? '',
    cisisLevelCode: s.cisisLevelCode ?? '',
    facilityTypeCode: s.facilityTypeCode ?? '',
    capacity: s.capacity === null ? '' : String(s.capacity),
    authorization: s.authorization,
    authorizationDate: s.authorizationDate ?? '',
    eligibility: s.eligibility,
    costs: s.costs,
    phone: s.contacts.phone,
    email: s.contacts.email,
    website: s.contacts.website,
    openingHours: s.openingHours,
    status: s.status,
  };
}

/** The values as the body the contract expects (empty → null where the field is optional). */
export function bodyOf(v: ServiceFormValues) {
  const capacity = v.capacity.trim() === '' ? null : Number(v.capacity.replace(/\./g, ''));
  return {
    name: v.name,
    description: v.description,
    providerId: v.providerId,
    municipalityId: v.municipalityId || null,
    address: v.address,
    postalCode: v.postalCode,
    servedMunicipalityIds: v.servedMunicipalityIds,
    userAreaCodes: v.userAreaCodes,
    istatCategoryCode: v.istatCategoryCode || null,
    cisisLevelCode: v.cisisLevelCode || null,
    facilityTypeCode: v.facilityTypeCode || null,
    capacity,
    authorization: v.authorization as Service['authorization'],
    authorizationDate: v.authorizationDate || null,
    eligibility: v.eligibility,
    costs: v.costs,
    contacts: { phone: v.phone, email: v.email, website: v.website },
    openingHours: v.openingHours,
    status: v.status as Service['status'],
  };
}

/** Error paths of the body (`contacts.email`) → the form field that shows them. */
export function fieldOfPath(path: string): string {
  return path.startsWith('contacts.') ? path.slice('contacts.'.length) : path;
}
