import { and, asc, eq } from 'drizzle-orm';
import {
  type ChapterKind,
  type Period,
  type SnapshotContent,
  type SnapshotMunicipalShare,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { chapters, organizations } from '../../db/schema/index';
import { listBudget } from './budget.repository';
import { listIndicators } from './indicator.repository';
import { municipalShareTableOf } from './municipal-share.service';

type Scope = { districtId: string; planId: string };

/**
 * Everything an approved version freezes besides the tree: indicators, budget, the municipal
 * share table as computed at approval, and chapters. Runs inside the approval transaction.
 */
export async function loadSnapshotContent(
  db: Db,
  scope: Scope,
  period: Period,
): Promise<SnapshotContent> {
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.districtId, scope.districtId));
  const indicators = await listIndicators(db, scope);
  const budget = await listBudget(db, scope.districtId, scope.planId);
  const chapterRows = await db
    .select()
    .from(chapters)
    .where(and(eq(chapters.districtId, scope.districtId), eq(chapters.planId, scope.planId)))
    .orderBy(asc(chapters.position), asc(chapters.createdAt));
  return {
    organizations: orgs,
    indicators,
    budget: {
      availability: budget.availability.map(({ sourceCode, year, amount, carryOver }) => ({
        sourceCode,
        year,
        amount,
        carryOver,
      })),
      allocations: budget.allocations.map(({ actionId, sourceCode, year, amount }) => ({
        actionId,
        sourceCode,
        year,
        amount,
      })),
      municipalShare: await frozenMunicipalShare(db, scope, period),
    },
    chapters: chapterRows.map((c) => ({
      id: c.id,
      kind: c.kind as ChapterKind,
      title: c.title,
      body: c.body,
    })),
  };
}

async function frozenMunicipalShare(
  db: Db,
  scope: Scope,
  period: Period,
): Promise<SnapshotMunicipalShare | null> {
  const { table, towns } = await municipalShareTableOf(db, scope, period);
  if (!table.rule || towns.length === 0) return null;
  const istat = new Map(towns.map((m) => [m.id, m.istatCode]));
  return {
    sourceCode: table.rule.sourceCode,
    populationYear: table.rule.populationYear,
    rule: table.rule.rule,
    municipalities: towns,
    // a rule that no longer fits the district (coherence blocks approval then) freezes no rows
    rows: table.years.flatMap(({ year, rows }) =>
      rows.map((r) => ({
        year,
        istatCode: istat.get(r.municipalityId) ?? '',
        name: r.name,
        population: r.population,
        amount: r.amount,
        byPopulation: r.byPopulation,
        equalPart: r.equalPart,
        fixedPart: r.fixedPart,
      })),
    ),
  };
}
