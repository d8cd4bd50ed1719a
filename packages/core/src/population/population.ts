/**
 * Resident population of the district's municipalities: the raw material of the needs analysis.
 * A count is one (municipality, year, sex, age) cell; age is a single year 0–100 (100 = "100 e
 * più") or a band. `year` is the year of the reference date: ISTAT counts residents on
 * 1 January; the 2011 census counts them on 9 October.
 */
import { z } from 'zod';
import { istatCodeSchema } from '../territory/district';

/** The oldest single year ISTAT publishes; it stands for "100 and over". */
export const MAX_SINGLE_AGE = 100;

export const populationYearSchema = z.number().int().min(1861).max(2200);

export const sexSchema = z.enum(['M', 'F']);
export type Sex = z.infer<typeof sexSchema>;

/** An age band: `to` is inclusive; `to: null` means "and over" (e.g. 85+). */
export const ageBandSchema = z
  .object({
    from: z.number().int().min(0).max(MAX_SINGLE_AGE),
    to: z.number().int().min(0).max(MAX_SINGLE_AGE).nullable(),
  })
  .refine((b) => b.to === null || b.to >= b.from, { message: 'to must not be below from' });
export type AgeBand = z.infer<typeof ageBandSchema>;

/** A single year of age (100 = 100 and over) or a band. */
export const ageSchema = z.union([z.number().int().min(0).max(MAX_SINGLE_AGE), ageBandSchema]);
export type Age = z.infer<typeof ageSchema>;

export const populationCountSchema = z.object({
  istatCode: istatCodeSchema,
  year: populationYearSchema,
  sex: sexSchema,
  age: ageSchema,
  count: z.number().int().nonnegative(),
});
export type PopulationCount = z.infer<typeof populationCountSchema>;

/** Foreign residents (non-Italian citizens) of a municipality in a year, both sexes. */
export const foreignResidentsCountSchema = z.object({
  istatCode: istatCodeSchema,
  year: populationYearSchema,
  count: z.number().int().nonnegative(),
});
export type ForeignResidentsCount = z.infer<typeof foreignResidentsCountSchema>;

/**
 * Households of a municipality in a year. `members` is the population living in households
 * (residents minus people in institutions) when known; the average size uses it if present.
 */
export const householdsCountSchema = z.object({
  istatCode: istatCodeSchema,
  year: populationYearSchema,
  households: z.number().int().nonnegative(),
  members: z.number().int().nonnegative().nullable(),
});
export type HouseholdsCount = z.infer<typeof householdsCountSchema>;

/** Everything the needs analysis computes from, for any set of municipalities and years. */
export const populationDatasetSchema = z.object({
  population: z.array(populationCountSchema),
  foreignResidents: z.array(foreignResidentsCountSchema),
  households: z.array(householdsCountSchema),
});
export type PopulationDataset = z.infer<typeof populationDatasetSchema>;

/** The inclusive age range a count covers; 100 and over ends at null. */
export function ageRange(age: Age): AgeBand {
  if (typeof age === 'number') return { from: age, to: age === MAX_SINGLE_AGE ? null : age };
  return age;
}

/** `0-2`, `85+`, `100+`, `7`: how an age or band is written in files and tables. */
export function formatAge(age: Age): string {
  const { from, to } = ageRange(age);
  if (to === null) return `${from}+`;
  return from === to ? String(from) : `${from}-${to}`;
}

/** A stable key for one cell; two counts with the same key are duplicates. */
export function populationCountKey(
  c: Pick<PopulationCount, 'istatCode' | 'year' | 'sex' | 'age'>,
): string {
  return `${c.istatCode}|${c.year}|${c.sex}|${formatAge(c.age)}`;
}
