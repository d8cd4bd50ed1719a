import { z } from 'zod';
import { organizationKindSchema } from '../access/roles';

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

const text = (max: number) => z.string().trim().max(max).default('');
const code = z
  .string()
  .trim()
  .max(20)
  .nullable()
  .default(null)
  .transform((v) => (v ? v : null));

const email = z
  .string()
  .trim()
  .max(200)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'not an e-mail address');
const website = z
  .string()
  .trim()
  .max(300)
  .refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), 'an address starting with https://');

/** What the back office sends to create a service (also the shape of an imported row). */
export const serviceInput = z
  .object({
    name: z.string().trim().min(1, 'required').max(200),
    description: text(4000),
    providerId: z.uuid(),
    municipalityId: z.uuid().nullable().default(null),
    address: text(300),
    postalCode: z
      .string()
      .trim()
      .refine((v) => v === '' || /^\d{5}$/.test(v), 'postal code: 5 digits')
      .default(''),
    servedMunicipalityIds: z.array(z.uuid()).max(500).default([]),
    userAreaCodes: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
    istatCategoryCode: code,
    cisisLevelCode: code,
    facilityTypeCode: code,
    capacity: z.number().int().min(0).max(100000).nullable().default(null),
    authorization: authorizationStatusSchema.default('none'),
    authorizationDate: z.iso.date().nullable().default(null),
    eligibility: text(2000),
    costs: text(2000),
    contacts: z
      .object({
        phone: z.string().trim().max(60).default(''),
        email: email.default(''),
        website: website.default(''),
      })
      .default({ phone: '', email: '', website: '' }),
    openingHours: text(1000),
    status: serviceStatusSchema.default('active'),
  })
  .refine((s) => s.authorizationDate === null || s.authorization !== 'none', {
    message: 'a date needs an authorization status',
    path: ['authorizationDate'],
  });
export type ServiceInput = z.output<typeof serviceInput>;

/** An edit: the whole record plus the version read. */
export const updateServiceInput = serviceInput.and(z.object({ version: z.number().int() }));

const csvList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter(Boolean)));

/** Search and filters of the list (back office); every filter optional. */
export const serviceListQuery = z.object({
  /** words of the name or description; case and accents do not matter */
  q: z.string().trim().max(200).optional(),
  userArea: z.string().trim().max(20).optional(),
  /** delivered in or serving this municipality */
  municipalityId: z.uuid().optional(),
  istatCategory: z.string().trim().max(20).optional(),
  cisisLevel: z.string().trim().max(20).optional(),
  facilityType: z.string().trim().max(20).optional(),
  providerId: z.uuid().optional(),
  status: csvList.pipe(z.array(serviceStatusSchema)),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(25),
});
export type ServiceListQuery = z.output<typeof serviceListQuery>;

/** Folds case and accents: what search compares ("Attività" matches "attivita"). */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
