import { z } from 'zod';
import { organizationKindSchema } from '../access/roles';

export const istatCodeSchema = z.string().regex(/^\d{6}$/, 'ISTAT municipality code: 6 digits');

export const municipalitySchema = z.object({
  id: z.uuid(),
  istatCode: istatCodeSchema,
  name: z.string(),
  province: z.string(),
  cadastralCode: z.string(),
  postalCode: z.string(),
  population: z.number().int().nonnegative(),
  populationYear: z.number().int(),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organizationKindSchema,
  taxCode: z.string().nullable(),
  /** third-sector registry (RUNTS) or another public registry number */
  registryNumber: z.string().nullable(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const districtSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  region: z.string(),
  istatCode: z.string().nullable(),
  isDemo: z.boolean(),
});
export type DistrictSummary = z.infer<typeof districtSummarySchema>;

export const districtSchema = districtSummarySchema.extend({
  leadBody: organizationSchema.nullable(),
  municipalities: z.array(municipalitySchema),
  population: z.number().int(),
  organizations: z.array(organizationSchema),
});
export type District = z.infer<typeof districtSchema>;

export function totalPopulation(municipalities: Pick<Municipality, 'population'>[]): number {
  return municipalities.reduce((sum, m) => sum + m.population, 0);
}
