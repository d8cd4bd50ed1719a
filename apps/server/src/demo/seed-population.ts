/**
 * DEMONSTRATION DATA for the needs analysis of the demo district: the population of its 12
 * municipalities 2010–2014 (core generateDemoPopulation: only the 2011 census totals are real),
 * the social workers per year for the LEPS panel, and need statements of the demo plan grounded
 * on those figures and linked to its objectives. Idempotent: each part is written once.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { ageRange, generateDemoPopulation } from '@pdz/core';
import type { Db } from '../db/client';
import {
  districts,
  municipalities,
  municipalityYearFacts,
  needStatements,
  objectiveNeeds,
  objectives,
  planAreas,
  plans,
  populationCounts,
  populationImports,
  socialWorkerStaff,
} from '../db/schema/index';
import { demoNeeds, demoSocialWorkers } from './data/needs';
import { demoPlan } from './data/plan';

const evidence = (label: string) => ({ label, url: '' });

async function seedPopulation(db: Db, districtId: string) {
  const [any] = await db
    .select({ n: sql<number>`1` })
    .from(populationCounts)
    .where(eq(populationCounts.districtId, districtId))
    .limit(1);
  if (any) return;
  const rows = await db
    .select({ id: municipalities.id, code: municipalities.istatCode })
    .from(municipalities)
    .where(eq(municipalities.districtId, districtId));
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  const data = generateDemoPopulation();
  const counts = data.population.flatMap((c) => {
    const municipalityId = idOf.get(c.istatCode);
    if (!municipalityId) return [];
    const { from, to } = ageRange(c.age);
    return [
      {
        districtId,
        municipalityId,
        year: c.year,
        sex: c.sex,
        ageFrom: from,
        ageTo: to,
        count: c.count,
      },
    ];
  });
  for (let i = 0; i < counts.length; i += 4000) {
    await db.insert(populationCounts).values(counts.slice(i, i + 4000));
  }
  const households = new Map(data.households.map((h) => [`${h.istatCode}|${h.year}`, h]));
  const facts = data.foreignResidents.flatMap((f) => {
    const municipalityId = idOf.get(f.istatCode);
    const h = households.get(`${f.istatCode}|${f.year}`);
    if (!municipalityId) return [];
    return [
      {
        districtId,
        municipalityId,
        year: f.year,
        foreignResidents: f.count,
        households: h?.households ?? null,
        householdMembers: h?.members ?? null,
      },
    ];
  });
  await db.insert(municipalityYearFacts).values(facts).onConflictDoNothing();
  const years = [...new Set(counts.map((c) => c.year))].sort();
  await db.insert(populationImports).values([
    {
      districtId,
      kind: 'population',
      fileName: 'dati-dimostrativi-popolazione.csv',
      years,
      rows: counts.length,
    },
    {
      districtId,
      kind: 'foreign',
      fileName: 'dati-dimostrativi-stranieri.csv',
      years,
      rows: facts.length,
    },
    {
      districtId,
      kind: 'households',
      fileName: 'dati-dimostrativi-famiglie.csv',
      years,
      rows: facts.length,
    },
  ]);
}

async function seedNeeds(db: Db, districtId: string) {
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.districtId, districtId), eq(plans.title, demoPlan.title)));
  if (!plan) return;
  const [any] = await db
    .select({ id: needStatements.id })
    .from(needStatements)
    .where(eq(needStatements.planId, plan.id))
    .limit(1);
  if (any) return;
  const areas = await db
    .select({ id: planAreas.id, code: planAreas.classificationCode })
    .from(planAreas)
    .where(eq(planAreas.planId, plan.id));
  const codes = Object.values(demoNeeds).flatMap((list) => list.flatMap((n) => n.objectives));
  const objs = await db
    .select({ id: objectives.id, code: objectives.code })
    .from(objectives)
    .where(and(eq(objectives.planId, plan.id), inArray(objectives.code, codes)));
  const objectiveId = new Map(objs.map((o) => [o.code, o.id]));
  for (const area of areas) {
    for (const [position, n] of (demoNeeds[area.code ?? ''] ?? []).entries()) {
      const [row] = await db
        .insert(needStatements)
        .values({
          districtId,
          planId: plan.id,
          areaId: area.id,
          title: n.title,
          statement: n.statement,
          evidence: n.evidence.map(evidence),
          position,
        })
        .returning({ id: needStatements.id });
      const links = n.objectives.flatMap((code) => {
        const id = objectiveId.get(code);
        return id ? [{ districtId, objectiveId: id, needId: row!.id }] : [];
      });
      if (links.length) await db.insert(objectiveNeeds).values(links);
    }
  }
}

export async function seedDemoPopulation(db: Db): Promise<void> {
  const [district] = await db
    .select({ id: districts.id })
    .from(districts)
    .where(eq(districts.slug, 'pavia'));
  if (!district) return;
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    await seedPopulation(tx, district.id);
    await tx
      .insert(socialWorkerStaff)
      .values(demoSocialWorkers.map((s) => ({ districtId: district.id, ...s })))
      .onConflictDoNothing();
    await seedNeeds(tx, district.id);
  });
}
