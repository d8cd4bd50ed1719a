import { z } from 'zod';

/** A planning round: three years in a Piano di Zona (from startYear to endYear, inclusive). */
export const periodSchema = z
  .object({
    startYear: z.number().int().min(2000).max(2100),
    endYear: z.number().int().min(2000).max(2100),
  })
  .refine((p) => p.endYear >= p.startYear, {
    message: 'endYear must not precede startYear',
    path: ['endYear'],
  })
  .refine((p) => p.endYear - p.startYear <= 5, {
    message: 'a planning round lasts at most six years',
    path: ['endYear'],
  });
export type Period = z.infer<typeof periodSchema>;

export function periodYears(p: Period): number[] {
  const years: number[] = [];
  for (let y = p.startYear; y <= p.endYear; y += 1) years.push(y);
  return years;
}

export function formatPeriod(p: Period): string {
  return `${p.startYear}–${p.endYear}`;
}
