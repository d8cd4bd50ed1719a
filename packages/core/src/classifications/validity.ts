import type { Period } from '../shared/period';

/**
 * The years a classification item may be used in (a fund exists from its law on, the PNRR ends
 * in 2026): inclusive bounds, null (or absent) when no bound is known. One rule for the budget
 * page that offers the sources, the API that writes money from them and the spreadsheet import.
 */
export interface ValidityYears {
  validFrom?: number | null | undefined;
  validTo?: number | null | undefined;
}

export function isValidInYear(item: ValidityYears, year: number): boolean {
  return (item.validFrom ?? -Infinity) <= year && year <= (item.validTo ?? Infinity);
}

/** Valid in at least one year of the period: the source can fund the plan. */
export function isValidInPeriod(item: ValidityYears, period: Period): boolean {
  return (
    (item.validFrom ?? -Infinity) <= period.endYear &&
    period.startYear <= (item.validTo ?? Infinity)
  );
}

/** The years as words of the API's messages: `from 2021 to 2026`, `from 2021`, `until 2026`. */
export function validityText(item: ValidityYears): string {
  const from = item.validFrom ?? null;
  const to = item.validTo ?? null;
  if (from !== null && to !== null) return `from ${from} to ${to}`;
  if (from !== null) return `from ${from}`;
  if (to !== null) return `until ${to}`;
  return 'in every year';
}
