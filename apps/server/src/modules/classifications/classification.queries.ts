import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  DomainError,
  isValidInPeriod,
  isValidInYear,
  validityText,
  type FieldIssue,
  type Locale,
  type Period,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/classifications';

/** The items of some schemes, in catalogue order (what other modules check codes against). */
export async function listCatalogueItems(db: Db, schemes: readonly string[]) {
  if (schemes.length === 0) return [];
  return db
    .select({
      scheme: classificationItems.scheme,
      code: classificationItems.code,
      labelIt: classificationItems.labelIt,
      validFrom: classificationItems.validFrom,
      validTo: classificationItems.validTo,
    })
    .from(classificationItems)
    .where(inArray(classificationItems.scheme, [...schemes]))
    .orderBy(asc(classificationItems.position));
}

export async function isCatalogueCode(db: Db, scheme: string, code: string): Promise<boolean> {
  const rows = await db
    .select({ code: classificationItems.code })
    .from(classificationItems)
    .where(and(eq(classificationItems.scheme, scheme), eq(classificationItems.code, code)));
  return rows.length > 0;
}

/**
 * Money may come only from a funding source of the catalogue valid in the year written (or, for
 * a rule over the plan's years, in one of them): the problem naming `body.<field>` with the years
 * the source is valid in, or null.
 */
export async function fundingSourceIssue(
  db: Db,
  code: string,
  when: { year: number } | { period: Period },
  field = 'sourceCode',
): Promise<FieldIssue | null> {
  const [item] = await db
    .select({ validFrom: classificationItems.validFrom, validTo: classificationItems.validTo })
    .from(classificationItems)
    .where(
      and(eq(classificationItems.scheme, 'fundingSource'), eq(classificationItems.code, code)),
    );
  const issue = (message: string) => ({ field: `body.${field}`, message });
  if (!item) return issue('not a funding source of the catalogue');
  if ('year' in when) {
    return isValidInYear(item, when.year)
      ? null
      : issue(`${code} is not valid in ${when.year}: valid ${validityText(item)}`);
  }
  const { startYear, endYear } = when.period;
  return isValidInPeriod(item, when.period)
    ? null
    : issue(`${code} is not valid in ${startYear}–${endYear}: valid ${validityText(item)}`);
}

/** The same check, as a 400 VALIDATION_FAILED. */
export async function assertFundingSource(
  db: Db,
  code: string,
  when: { year: number } | { period: Period },
): Promise<void> {
  const issue = await fundingSourceIssue(db, code, when);
  if (issue) throw new DomainError('VALIDATION_FAILED', issue.message, { issues: [issue] });
}

/** Names of funding sources and ISTAT user areas in one language, for pages that show codes. */
export async function classificationLabels(
  db: Db,
  locale: Locale,
): Promise<{ sources: Record<string, string>; userAreas: Record<string, string> }> {
  const rows = await db.select().from(classificationItems);
  const of = (scheme: string) =>
    Object.fromEntries(
      rows
        .filter((r) => r.scheme === scheme)
        .map((r) => [r.code, locale === 'en' ? r.labelEn : r.labelIt]),
    );
  return { sources: of('fundingSource'), userAreas: of('istatUserArea') };
}

/** Names of the codes of several schemes at once, in the reader's language: scheme → code → name. */
export async function schemeLabels<S extends string>(
  db: Db,
  locale: Locale,
  schemes: readonly S[],
): Promise<Record<S, Record<string, string>>> {
  const rows = await db.select().from(classificationItems);
  const out: Record<string, Record<string, string>> = Object.fromEntries(
    schemes.map((s) => [s, {}]),
  );
  for (const r of rows) {
    const names = out[r.scheme];
    if (names) names[r.code] = locale === 'en' ? r.labelEn : r.labelIt;
  }
  return out as Record<S, Record<string, string>>;
}
