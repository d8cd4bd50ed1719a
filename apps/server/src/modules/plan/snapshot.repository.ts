import { and, asc, eq } from 'drizzle-orm';
import {
  splitMunicipalShare,
  totalAvailable,
  type Cents,
  type ChapterKind,
  type SnapshotContent,
  type SnapshotMunicipalShare,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { chapters, municipalities, organizations } from '../../db/schema/index';
import { listBudget } from './budget.repository';
import { listIndicators } from './indicator.repository';
import { findRule, toRule } from './municipal-share.repository';

type Scope = { districtId: string; planId: string };

/**
 * Everything an approved version freezes besides the tree: indicators, budget, the municipal
 * share table as computed at approval, and chapters. Runs inside the approval transaction.
 */
export async function loadSnapshotContent(db: Db, scope: Scope): Promise<SnapshotContent> {
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
      municipalShare: await frozenMunicipalShare(db, scope, budget.availability),
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
  availability: { sourceCode: string; year: number; amount: number; carryOver: number }[],
): Promise<SnapshotMunicipalShare | null> {
  const row = await findRule(db, scope.districtId, scope.planId);
  if (!row) return null;
  const { sourceCode, populationYear, rule } = toRule(row);
  const towns = await db
    .select({
      id: municipalities.id,
      istatCode: municipalities.istatCode,
      name: municipalities.name,
      population: municipalities.population,
    })
    .from(municipalities)
    .where(eq(municipalities.districtId, scope.districtId))
    .orderBy(asc(municipalities.name));
  if (towns.length === 0) return null;
  const rows: SnapshotMunicipalShare['rows'] = [];
  for (const av of availability.filter((a) => a.sourceCode === sourceCode)) {
    const total = totalAvailable({ amount: av.amount as Cents, carryOver: av.carryOver as Cents });
    // a rule that no longer fits the district (coherence blocks approval then) freezes no table
    let split;
    try {
      split = splitMunicipalShare(total, towns, rule);
    } catch {
      return { sourceCode, populationYear, rule, municipalities: towns, rows: [] };
    }
    split.forEach((s, i) => {
      const town = towns[i]!;
      rows.push({
        year: av.year,
        istatCode: town.istatCode,
        name: town.name,
        population: town.population,
        amount: s.amount,
        byPopulation: s.byPopulation,
        equalPart: s.equalPart,
        fixedPart: s.fixedPart,
      });
    });
  }
  return { sourceCode, populationYear, rule, municipalities: towns, rows };
}
