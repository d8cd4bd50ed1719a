import {
  DomainError,
  assertCan,
  demographicChange,
  demographicChanges,
  districtDemography,
  municipalityDemography,
  agePyramid,
  type PopulationIndicators,
  type PopulationPyramid,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import * as repo from './population.repository';

/** What every member of the district reads: imports, indicators, the pyramid. */
export function createPopulationService(db: Db) {
  async function district(actor: SessionActor, districtId: string) {
    assertCan(actor, 'district.read', { districtId });
    const found = await repo.findDistrictMunicipalities(db, districtId);
    if (!found) throw new DomainError('NOT_FOUND');
    return { ...found, codeById: new Map(found.municipalities.map((m) => [m.id, m.istatCode])) };
  }

  return {
    async listImports(actor: SessionActor, districtId: string) {
      await district(actor, districtId);
      return { items: await repo.listImports(db, districtId) };
    },

    async indicators(
      actor: SessionActor,
      districtId: string,
      query: { year?: number | undefined },
    ): Promise<PopulationIndicators> {
      const d = await district(actor, districtId);
      const dataset = await repo.loadDataset(db, districtId, d.codeById);
      const codes = d.municipalities.map((m) => m.istatCode).sort();
      const series = districtDemography(dataset, codes);
      const years = series.map((s) => s.year);
      const year =
        query.year !== undefined && years.includes(query.year)
          ? query.year
          : (years.at(-1) ?? null);
      const index = series.findIndex((s) => s.year === year);
      const current = index >= 0 ? series[index]! : null;
      const previous = index > 0 ? series[index - 1]! : null;
      const perMunicipality = new Map(municipalityDemography(dataset).map((m) => [m.istatCode, m]));
      return {
        years,
        year,
        isDemo: d.isDemo,
        district: {
          current,
          change: current && previous ? demographicChange(previous, current) : null,
          overall: demographicChanges(series).overall,
          series: series.map(({ missingMunicipalities: _, ...s }) => s),
        },
        municipalities: d.municipalities.map((m) => {
          const own = perMunicipality.get(m.istatCode)?.years ?? [];
          const i = own.findIndex((y) => y.year === year);
          const cur = i >= 0 ? own[i]! : null;
          const prev = i > 0 ? own[i - 1]! : null;
          return {
            municipalityId: m.id,
            istatCode: m.istatCode,
            name: m.name,
            current: cur,
            change: cur && prev ? demographicChange(prev, cur) : null,
          };
        }),
      };
    },

    async pyramid(
      actor: SessionActor,
      districtId: string,
      query: { year?: number | undefined; municipalityId?: string | undefined },
    ): Promise<PopulationPyramid> {
      const d = await district(actor, districtId);
      if (query.municipalityId && !d.codeById.has(query.municipalityId)) {
        throw new DomainError('NOT_FOUND');
      }
      const years = (await repo.residentsByYear(db, districtId)).map((r) => r.year);
      const year =
        query.year !== undefined && years.includes(query.year)
          ? query.year
          : (years.at(-1) ?? null);
      const municipalityId = query.municipalityId ?? null;
      if (year === null) return { year, municipalityId, bands: [] };
      const dataset = await repo.loadDataset(db, districtId, d.codeById, {
        year,
        ...(municipalityId ? { municipalityId } : {}),
      });
      const counts = dataset.population;
      return {
        year,
        municipalityId,
        bands: agePyramid(counts),
      };
    },
  };
}
