import {
  agePyramid,
  districtDemography,
  municipalityDemography,
  type DocumentDemography,
} from '@pdz/core';
import type { Db } from '../../db/client';
import * as repo from './population.repository';

/**
 * The figures of the plan document's needs analysis: the district's indicators for every year up
 * to `lastYear`, and each municipality's in the latest of them.
 * The caller has checked access to the district.
 */
export async function documentDemography(
  db: Db,
  districtId: string,
  lastYear: number,
): Promise<DocumentDemography> {
  const found = await repo.findDistrictMunicipalities(db, districtId);
  if (!found) return { years: [], municipalities: [] };
  const codeById = new Map(found.municipalities.map((m) => [m.id, m.istatCode]));
  const dataset = await repo.loadDataset(db, districtId, codeById);
  const codes = found.municipalities.map((m) => m.istatCode).sort();
  const years = districtDemography(dataset, codes)
    .filter((y) => y.year <= lastYear)
    .map(({ missingMunicipalities: _, ...y }) => y);
  const latest = years.at(-1)?.year;
  const perMunicipality = new Map(municipalityDemography(dataset).map((m) => [m.istatCode, m]));
  const municipalities = found.municipalities
    .map((m) => ({
      name: m.name,
      indicators: perMunicipality.get(m.istatCode)?.years.find((y) => y.year === latest),
    }))
    .filter((m): m is DocumentDemography['municipalities'][number] => m.indicators !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const counts = latest === undefined ? [] : dataset.population.filter((c) => c.year === latest);
  return {
    years,
    municipalities,
    ...(latest === undefined ? {} : { pyramid: { year: latest, bands: agePyramid(counts) } }),
  };
}
