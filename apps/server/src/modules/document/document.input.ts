import {
  comparePlanVersions,
  canonicalJson,
  type District,
  type DocumentLabels,
  type DocumentState,
  type Locale,
  type PlanDocumentInput,
  type PlanSnapshot,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { schemeLabels } from '../classifications/index';
import { documentDemography } from '../population/index';

const schemes = [
  'fundingSource',
  'istatUserArea',
  'regionalMacroArea',
  'leps',
  'policySector',
  'staffProfile',
] as const;

/**
 * What a plan document is made from: the snapshot (the live draft's or a frozen version's), the
 * district's municipalities and population figures, and the names of the codes. For a frozen
 * version this is kept with the file (as canonical JSON), so the file can be made again from it.
 */
export async function documentInput(
  db: Db,
  district: District,
  snapshot: PlanSnapshot,
  state: DocumentState,
  locale: Locale,
  /** for an update: the version approved before, which the annex of changes compares with */
  previous?: { number: number; snapshot: PlanSnapshot },
): Promise<PlanDocumentInput> {
  const labels: DocumentLabels = await schemeLabels(db, locale, schemes);
  return {
    snapshot,
    state,
    territory: {
      municipalities: district.municipalities.map((m) => m.name),
      leadBody: district.leadBody?.name ?? null,
      population: district.population,
      // what was known when the plan was written: the years up to the first of its period
      demography: await documentDemography(db, district.id, snapshot.plan.period.startYear),
    },
    labels,
    ...(previous
      ? {
          changes: {
            from: previous.number,
            comparison: comparePlanVersions(previous.snapshot, snapshot),
          },
        }
      : {}),
  };
}

/** The input as kept: canonical JSON, so the same input is always the same text. */
export const keptInput = (input: PlanDocumentInput): string => canonicalJson(input);
