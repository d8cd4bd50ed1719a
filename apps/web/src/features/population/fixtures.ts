import {
  demographicChange,
  districtDemography,
  generateDemoPopulation,
  municipalityDemography,
  type PopulationIndicators,
  type PopulationPyramid,
  type SocialWorkers,
} from '@pdz/core';
import { district } from '../../testing/fixtures';

const dataset = generateDemoPopulation();

/** The indicators answer for the demo population, as the server computes it. */
export function populationIndicators(year = 2014): PopulationIndicators {
  const codes = district.municipalities.map((m) => m.istatCode).sort();
  const series = districtDemography(dataset, codes);
  const i = series.findIndex((s) => s.year === year);
  const per = new Map(municipalityDemography(dataset).map((m) => [m.istatCode, m.years]));
  return {
    years: series.map((s) => s.year),
    year,
    isDemo: true,
    district: {
      current: series[i]!,
      change: i > 0 ? demographicChange(series[i - 1]!, series[i]!) : null,
      overall: demographicChange(series[0]!, series.at(-1)!),
      series: series.map(({ missingMunicipalities: _, ...s }) => s),
    },
    municipalities: district.municipalities.map((m) => {
      const years = per.get(m.istatCode) ?? [];
      const k = years.findIndex((y) => y.year === year);
      return {
        municipalityId: m.id,
        istatCode: m.istatCode,
        name: m.name,
        current: years[k] ?? null,
        change: k > 0 ? demographicChange(years[k - 1]!, years[k]!) : null,
      };
    }),
  };
}

export const pyramid: PopulationPyramid = {
  year: 2014,
  municipalityId: null,
  bands: Array.from({ length: 21 }, (_, i) => ({
    code: i === 20 ? '100+' : `${i * 5}-${i * 5 + 4}`,
    from: i * 5,
    to: i === 20 ? null : i * 5 + 4,
    males: 1000 + i,
    females: 1100 + i,
  })),
};

export const socialWorkers: SocialWorkers = {
  items: [{ year: 2014, permanentFte: 17.5, otherFte: 2.5, version: 1 }],
  coverage: [
    {
      year: 2014,
      fte: 20,
      residents: 101163,
      residentsPerWorker: 5058.15,
      workersPer5000: 0.99,
      thresholds: [
        {
          code: 'CONTRIBUTION_FLOOR',
          label: '',
          residentsPerWorker: 6500,
          requiredFte: 15.56,
          isMet: true,
          missingFte: 0,
        },
        {
          code: 'LEPS',
          label: '',
          residentsPerWorker: 5000,
          requiredFte: 20.23,
          isMet: false,
          missingFte: 0.23,
        },
        {
          code: 'FURTHER_TARGET',
          label: '',
          residentsPerWorker: 4000,
          requiredFte: 25.29,
          isMet: false,
          missingFte: 5.29,
        },
      ],
    },
  ],
  yearsWithoutData: [],
};
