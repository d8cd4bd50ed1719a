import type { PopulationCount } from './population';
import { populationInAgeRange } from './indicators';

/** The bands of an age pyramid: five years each, 100 and over last (as ISTAT draws them). */
export const pyramidBands: readonly { code: string; from: number; to: number | null }[] = [
  ...Array.from({ length: 20 }, (_, i) => ({
    code: `${i * 5}-${i * 5 + 4}`,
    from: i * 5,
    to: i * 5 + 4,
  })),
  { code: '100+', from: 100, to: null },
];

export interface PyramidBand {
  code: string;
  from: number;
  to: number | null;
  males: number;
  females: number;
}

/** Males and females per five-year band, youngest first (0 where a band is unknown). */
export function agePyramid(counts: readonly PopulationCount[]): PyramidBand[] {
  return pyramidBands.map((b) => ({
    ...b,
    males: populationInAgeRange(counts, b.from, b.to, 'M') ?? 0,
    females: populationInAgeRange(counts, b.from, b.to, 'F') ?? 0,
  }));
}
