import type { Period } from '../../shared/period';

export const inPeriod = (p: Period, year: number) => year >= p.startYear && year <= p.endYear;

export const yearsOf = (p: Period) =>
  Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);
