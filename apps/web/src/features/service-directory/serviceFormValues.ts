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

/**
 * Where a message about a path of the body shows: under its form field (`contacts.email` →
 * `email`, `servedMunicipalityIds.2` → `servedMunicipalityIds`), or '' (above the form) for a
 * path the form has no field for.
 */
export function fieldOfPath(path: string): keyof ServiceFormValues | '' {
  const [head = '', next = ''] = path.replace(/^body\./, '').split('.');
  const name = head === 'contacts' ? next : head;
  return Object.hasOwn(emptyServiceValues, name) ? (name as keyof ServiceFormValues) : '';
}

/** The form's field labels by path of the body, for messages that name the field. */
export function serviceLabels(label: (field: keyof ServiceFormValues) => string) {
  const labels: Record<string, string> = {};
  for (const name of Object.keys(emptyServiceValues) as (keyof ServiceFormValues)[]) {
    const contact = name === 'phone' || name === 'email' || name === 'website';
    labels[contact ? `contacts.${name}` : name] = label(name);
  }
  return labels;
}

/** Messages by path of the body → by form field; the first message of a field wins. */
export function byField(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) out[fieldOfPath(path)] ??= message;
  return out;
}
