import { z } from 'zod';
import { organizationKindSchema } from '../access/roles';
import { text, textLimits } from '../shared/text';

/**
 * The network of services (rete d’offerta, read during the knowledge phase): one entry per service
 * delivered in the district, with its provider, where it is delivered and whom it serves, its
 * classifications (ISTAT service category, CISIS macro-level, Lombardy facility type), places,
 * authorization, eligibility and costs, contacts, opening hours and status.
 */

export const serviceStatuses = ['active', 'suspended', 'closed'] as const;
export const serviceStatusSchema = z.enum(serviceStatuses);
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;

/** none: no title needed or none held; pending: applied for. */
export const authorizationStatuses = ['none', 'authorized', 'accredited', 'pending'] as const;
export const authorizationStatusSchema = z.enum(authorizationStatuses);
export type AuthorizationStatus = z.infer<typeof authorizationStatusSchema>;

/** Classification schemes a service uses (rows of classification_items). */
export const serviceSchemes = {
  userArea: 'istatUserArea',
  istatCategory: 'istatServiceCategory',
  cisisLevel: 'cisisMacroLevel',
  facilityType: 'lombardyFacilityType',
} as const;

export const serviceContactsSchema = z.object({
  phone: z.string(),
  email: z.string(),
  website: z.string(),
});
export type ServiceContacts = z.infer<typeof serviceContactsSchema>;

export const serviceProviderSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organizationKindSchema,
  taxCode: z.string().nullable(),
  registryNumber: z.string().nullable(),
});
export type ServiceProvider = z.infer<typeof serviceProviderSchema>;

export const serviceSchema = z.object({
  id: z.uuid(),
  districtId: z.uuid(),
  name: z.string(),
  description: z.string(),
  provider: serviceProviderSchema,
  municipalityId: z.uuid().nullable(),
  address: z.string(),
  postalCode: z.string(),
  servedMunicipalityIds: z.array(z.uuid()),
  userAreaCodes: z.array(z.string()),
  istatCategoryCode: z.string().nullable(),
  cisisLevelCode: z.string().nullable(),
  facilityTypeCode: z.string().nullable(),
  capacity: z.number().int().nullable(),
  authorization: authorizationStatusSchema,
  authorizationDate: z.iso.date().nullable(),
  eligibility: z.string(),
  costs: z.string(),
  contacts: serviceContactsSchema,
  openingHours: z.string(),
  status: serviceStatusSchema,
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Service = z.infer<typeof serviceSchema>;

/** Limits of a service's fields, shared by the API, the import and the back office's form. */
export const serviceLimits = {
  name: textLimits.name,
  description: textLimits.long,
  address: textLimits.title,
  code: textLimits.code,
  eligibility: textLimits.long,
  costs: textLimits.long,
  phone: 60,
  email: textLimits.email,
  website: textLimits.url,
  openingHours: textLimits.short,
  capacity: 100_000,
  /** municipalities a service serves */
  servedMunicipalities: 500,
  /** ISTAT user areas a service serves */
  userAreas: 20,
} as const;

const field = (max: number) => text(max).trim().default('');
const code = text(serviceLimits.code)
  .trim()
  .nullable()
  .default(null)
  .transform((v) => (v ? v : null));

const email = text(serviceLimits.email)
  .trim()
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'not an e-mail address');
const website = text(serviceLimits.website)
  .trim()
  .refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), 'an address starting with https://');

const serviceFields = z.strictObject({
  name: text(serviceLimits.name).trim().min(1, 'required'),
  description: field(serviceLimits.description),
  providerId: z.uuid(),
  municipalityId: z.uuid().nullable().default(null),
  address: field(serviceLimits.address),
  postalCode: z
    .string()
    .max(10)
    .trim()
    .regex(/^(\d{5})?$/, 'postal code: 5 digits')
    .default(''),
  servedMunicipalityIds: z.array(z.uuid()).max(serviceLimits.servedMunicipalities).default([]),
  userAreaCodes: z
    .array(text(serviceLimits.code).trim().min(1))
    .max(serviceLimits.userAreas)
    .default([]),
  istatCategoryCode: code,
  cisisLevelCode: code,
  facilityTypeCode: code,
  capacity: z.number().int().min(0).max(serviceLimits.capacity).nullable().default(null),
  authorization: authorizationStatusSchema.default('none'),
  authorizationDate: z.iso.date().nullable().default(null),
  eligibility: field(serviceLimits.eligibility),
  costs: field(serviceLimits.costs),
  contacts: z
    .strictObject({
      phone: field(serviceLimits.phone),
      email: email.default(''),
      website: website.default(''),
    })
    .default({ phone: '', email: '', website: '' }),
  openingHours: field(serviceLimits.openingHours),
  status: serviceStatusSchema.default('active'),
});

const dateNeedsAuthorization = {
  message: 'a date needs an authorization status',
  path: ['authorizationDate'],
};
const hasAuthorization = (s: { authorizationDate: string | null; authorization: string }) =>
  s.authorizationDate === null || s.authorization !== 'none';

/** What the back office sends to create a service (also the shape of an imported row). */
export const serviceInput = serviceFields.refine(hasAuthorization, dateNeedsAuthorization);
export type ServiceInput = z.output<typeof serviceInput>;

/** An edit: the whole record plus the version read. */
export const updateServiceInput = serviceFields
  .extend({ version: z.number().int().min(1).max(2_147_483_647) })
  .refine(hasAuthorization, dateNeedsAuthorization);

const statusFilter = z.union([
  serviceStatusSchema,
  z.array(serviceStatusSchema).max(serviceStatuses.length),
]);

/** Search and filters of the list (back office); every filter optional. */
export const serviceListQuery = z.object({
  /** words of the name or description; case and accents do not matter */
  q: text(textLimits.search).trim().optional(),
  userArea: text(serviceLimits.code).trim().optional(),
  /** delivered in or serving this municipality */
  municipalityId: z.uuid().optional(),
  istatCategory: text(serviceLimits.code).trim().optional(),
  cisisLevel: text(serviceLimits.code).trim().optional(),
  facilityType: text(serviceLimits.code).trim().optional(),
  providerId: z.uuid().optional(),
  /** one status or several (`status=active&status=suspended`) */
  status: statusFilter
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(25),
});
export type ServiceListQuery = z.output<typeof serviceListQuery>;

/** A stored service as the input that would produce it (to tell changed rows from unchanged). */
export function serviceAsInput(s: Service): ServiceInput {
  return {
    name: s.name,
    description: s.description,
    providerId: s.provider.id,
    municipalityId: s.municipalityId,
    address: s.address,
    postalCode: s.postalCode,
    servedMunicipalityIds: s.servedMunicipalityIds,
    userAreaCodes: s.userAreaCodes,
    istatCategoryCode: s.istatCategoryCode,
    cisisLevelCode: s.cisisLevelCode,
    facilityTypeCode: s.facilityTypeCode,
    capacity: s.capacity,
    authorization: s.authorization,
    authorizationDate: s.authorizationDate,
    eligibility: s.eligibility,
    costs: s.costs,
    contacts: s.contacts,
    openingHours: s.openingHours,
    status: s.status,
  };
}

/** Folds case and accents: what search compares ("Attività" matches "attivita"). */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
