/**
 * Endpoints of the needs analysis: population imports (the raw CSV is the body, streamed), the
 * demographic indicators and pyramid computed from what was imported, and the social workers of
 * the LEPS panel.
 */
import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { csvMediaType } from '../spreadsheets/spreadsheet.contracts';
import { text } from '../shared/text';
import { populationYearSchema } from './population';

const base = '/api/districts/:districtId/population';
const districtParams = z.object({ districtId: z.uuid() });
const tags = ['population'];

/** Files up to 200 MB: a national file by single year of age and sex is about 60 MB. */
export const populationImportMaxBytes = 200 * 1024 * 1024;
/** The media types the import reads as CSV (the body is streamed, never held whole). */
export const populationImportMediaTypes = [csvMediaType, 'application/octet-stream'];
/** Longest file name recorded with an import. */
export const populationFileNameMax = 255;
/** Errors listed in a refused import; the total is always given. */
export const populationImportMaxErrors = 500;

export const populationImportKinds = ['population', 'foreign', 'households'] as const;
export const populationImportKindSchema = z.enum(populationImportKinds);
export type PopulationImportKind = z.infer<typeof populationImportKindSchema>;

export const populationImportSchema = z.object({
  id: z.uuid(),
  kind: populationImportKindSchema,
  fileName: z.string(),
  years: z.array(z.number().int()),
  rows: z.number().int(),
  skippedRows: z.number().int(),
  municipalities: z.number().int().optional(),
  importedAt: z.iso.datetime({ offset: true }),
  importedBy: z.string().nullable(),
});
export type PopulationImport = z.infer<typeof populationImportSchema>;

const n = z.number().nullable();
export const ageBandPopulationSchema = z.object({
  code: z.string(),
  from: z.number().int(),
  to: z.number().int().nullable(),
  males: n,
  females: n,
  total: n,
});

export const demographicIndicatorsSchema = z.object({
  year: z.number().int(),
  residents: z.number(),
  males: z.number(),
  females: z.number(),
  ageBands: z.array(ageBandPopulationSchema),
  youth: n,
  workingAge: n,
  elderly: n,
  oldAgeIndex: n,
  structuralDependency: n,
  elderlyDependency: n,
  youthDependency: n,
  foreignResidents: n,
  foreignShare: n,
  households: n,
  averageHouseholdSize: n,
});

const valueChangeSchema = z.object({ absolute: n, percent: n });
export const demographicChangeSchema = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  residents: valueChangeSchema,
  youth: valueChangeSchema,
  workingAge: valueChangeSchema,
  elderly: valueChangeSchema,
  foreignResidents: valueChangeSchema,
  households: valueChangeSchema,
  oldAgeIndex: valueChangeSchema,
  averageHouseholdSize: valueChangeSchema,
  ageBands: z.array(z.object({ code: z.string(), change: valueChangeSchema })),
});

export const populationIndicatorsSchema = z.object({
  /** years with population counts, oldest first */
  years: z.array(z.number().int()),
  /** the year shown (the one asked for, else the latest); null with no data */
  year: z.number().int().nullable(),
  isDemo: z.boolean(),
  district: z.object({
    current: demographicIndicatorsSchema
      .extend({ missingMunicipalities: z.array(z.string()) })
      .nullable(),
    /** change from the previous available year */
    change: demographicChangeSchema.nullable(),
    overall: demographicChangeSchema.nullable(),
    /** one entry per year: the trends */
    series: z.array(demographicIndicatorsSchema),
  }),
  municipalities: z.array(
    z.object({
      municipalityId: z.uuid(),
      istatCode: z.string(),
      name: z.string(),
      current: demographicIndicatorsSchema.nullable(),
      change: demographicChangeSchema.nullable(),
    }),
  ),
});
export type PopulationIndicators = z.infer<typeof populationIndicatorsSchema>;

export const populationPyramidSchema = z.object({
  year: z.number().int().nullable(),
  municipalityId: z.uuid().nullable(),
  bands: z.array(
    z.object({
      code: z.string(),
      from: z.number().int(),
      to: z.number().int().nullable(),
      males: z.number().int(),
      females: z.number().int(),
    }),
  ),
});
export type PopulationPyramid = z.infer<typeof populationPyramidSchema>;

const fte = z.number().min(0).max(10_000);
export const socialWorkerYearSchema = z.object({
  year: z.number().int(),
  permanentFte: z.number(),
  otherFte: z.number(),
  version: z.number().int(),
});
export const socialWorkerThresholdResultSchema = z.object({
  code: z.string(),
  label: z.string(),
  residentsPerWorker: z.number(),
  requiredFte: z.number(),
  isMet: z.boolean(),
  missingFte: z.number(),
});
export const socialWorkersSchema = z.object({
  items: z.array(socialWorkerYearSchema),
  coverage: z.array(
    z.object({
      year: z.number().int(),
      fte: z.number(),
      residents: z.number(),
      residentsPerWorker: n,
      workersPer5000: n,
      thresholds: z.array(socialWorkerThresholdResultSchema),
    }),
  ),
  yearsWithoutData: z.array(z.number().int()),
});
export type SocialWorkers = z.infer<typeof socialWorkersSchema>;

export const putSocialWorkersInput = z.strictObject({
  year: populationYearSchema,
  permanentFte: fte,
  otherFte: fte.default(0),
  /** the version read; omit (or 0) when the year has no row yet */
  version: z.number().int().min(0).max(2_147_483_647).default(0),
});

/** A year asked for in a query: the years the population files may hold. */
const yearQuery = z.coerce.number().int().min(1861).max(2200);
const readers = 'Every member of the district may read it; 404 for a district that is not there.';
const importers = 'Only the plan office and the administrators (population.import) may call it.';

export const populationContracts = {
  import: defineContract({
    method: 'POST',
    path: `${base}/imports`,
    operationId: 'importPopulation',
    description: `Imports an ISTAT population, foreign residents or households CSV sent as the raw body (text/csv, at most 200 MB), read as it streams: rows of other municipalities are skipped and counted, the district's (municipality, year) cells in the file are replaced exactly, all or nothing. ${importers} A 400 lists every bad row (the first ${populationImportMaxErrors}, with the total), a 413 refuses a larger file.`,
    upload: { mediaTypes: populationImportMediaTypes, maxBytes: populationImportMaxBytes },
    summary:
      'Import an ISTAT population, foreign residents or households CSV (streamed, all or nothing)',
    tags,
    status: 201,
    params: districtParams,
    query: z.object({
      kind: populationImportKindSchema,
      year: yearQuery.optional(),
      fileName: text(populationFileNameMax).optional(),
    }),
    response: populationImportSchema,
  }),
  listImports: defineContract({
    method: 'GET',
    path: `${base}/imports`,
    operationId: 'listPopulationImports',
    description: `Lists the population files imported for the district, newest first, with their kind, years, rows and who imported them. ${readers}`,
    summary: 'Population imports of the district, newest first',
    tags,
    params: districtParams,
    response: z.object({ items: z.array(populationImportSchema) }),
  }),
  indicators: defineContract({
    method: 'GET',
    path: `${base}/indicators`,
    operationId: 'getPopulationIndicators',
    description: `Computes the demographic indicators (residents by age band, old-age index, dependency ratios, foreign residents, households) of the district and of each municipality for a year (the latest when not asked), with the change from the previous year and the series of every year imported. ${readers}`,
    summary: 'Demographic indicators of the district and each municipality for a year, and trends',
    tags,
    params: districtParams,
    query: z.object({ year: yearQuery.optional() }),
    response: populationIndicatorsSchema,
  }),
  pyramid: defineContract({
    method: 'GET',
    path: `${base}/pyramid`,
    operationId: 'getPopulationPyramid',
    description: `Gives the residents by five-year age band and sex of the district, or of one of its municipalities, for a year (the latest when not asked). ${readers} 404 also for a municipality of another district.`,
    summary: 'Residents by five-year age band and sex (district or one municipality)',
    tags,
    params: districtParams,
    query: z.object({
      year: yearQuery.optional(),
      municipalityId: z.uuid().optional(),
    }),
    response: populationPyramidSchema,
  }),
  socialWorkers: defineContract({
    method: 'GET',
    path: `${base}/social-workers`,
    operationId: 'getSocialWorkers',
    description: `Gives the social workers (full-time equivalents, permanent and other) of each year and the LEPS ratio of residents per worker against its thresholds, naming the years with residents but no staff recorded. ${readers}`,
    summary: 'Social workers (FTE) per year and the LEPS ratio to residents',
    tags,
    params: districtParams,
    response: socialWorkersSchema,
  }),
  putSocialWorkers: defineContract({
    method: 'PUT',
    path: `${base}/social-workers`,
    operationId: 'setSocialWorkers',
    description: `Sets the social workers (FTE) of one year, quoting the version read (0 for a year without a record yet), and answers the whole panel again. ${importers} 409 VERSION_CONFLICT when the year changed meanwhile.`,
    summary: 'Set the social workers of a year (with the version read: 409 when changed meanwhile)',
    tags,
    params: districtParams,
    body: putSocialWorkersInput,
    response: socialWorkersSchema,
  }),
};
