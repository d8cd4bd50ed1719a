import { and, asc, eq, sql } from 'drizzle-orm';
import type { MunicipalShareRuleRow, MunicipalShareSettings } from '@pdz/core';
import type { Db } from '../../db/client';
import { municipalShareRules } from '../../db/schema/municipal-share';
import { municipalities } from '../../db/schema/territory';

type RuleRow = typeof municipalShareRules.$inferSelect;

/** The stored columns as the rule core understands (the shape of the contracts). */
export function toRule(r: RuleRow): MunicipalShareRuleRow {
  const rule: MunicipalShareSettings['rule'] =
    r.kind === 'fixed'
      ? { kind: 'fixed', shares: r.shares ?? {} }
      : r.kind === 'mixed'
        ? { kind: 'mixed', populationBasisPoints: r.populationBasisPoints ?? 0 }
        : { kind: 'perInhabitant' };
  return { sourceCode: r.sourceCode, populationYear: r.populationYear, rule, version: r.version };
}

export async function findRule(db: Db, districtId: string, planId: string) {
  const rows = await db
    .select()
    .from(municipalShareRules)
    .where(
      and(eq(municipalShareRules.planId, planId), eq(municipalShareRules.districtId, districtId)),
    );
  return rows[0];
}

export async function saveRule(
  db: Db,
  scope: { districtId: string; planId: string },
  settings: MunicipalShareSettings,
  existing: RuleRow | undefined,
): Promise<RuleRow> {
  const values = {
    sourceCode: settings.sourceCode,
    populationYear: settings.populationYear,
    kind: settings.rule.kind,
    populationBasisPoints:
      settings.rule.kind === 'mixed' ? settings.rule.populationBasisPoints : null,
    shares: settings.rule.kind === 'fixed' ? settings.rule.shares : null,
  };
  if (!existing) {
    return (
      await db
        .insert(municipalShareRules)
        .values({ ...scope, ...values })
        .returning()
    )[0]!;
  }
  const rows = await db
    .update(municipalShareRules)
    .set({ ...values, version: sql`${municipalShareRules.version} + 1`, updatedAt: new Date() })
    .where(eq(municipalShareRules.id, existing.id))
    .returning();
  return rows[0]!;
}

/** The district's municipalities with their population, by name. */
export async function listMunicipalities(db: Db, districtId: string) {
  return db
    .select({
      id: municipalities.id,
      istatCode: municipalities.istatCode,
      name: municipalities.name,
      population: municipalities.population,
    })
    .from(municipalities)
    .where(eq(municipalities.districtId, districtId))
    .orderBy(asc(municipalities.name));
}
