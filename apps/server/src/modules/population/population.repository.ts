import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  ageRange,
  MAX_SINGLE_AGE,
  type Age,
  type PopulationCount,
  type PopulationDataset,
  type PopulationImport,
  type PopulationImportKind,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { users } from '../../db/schema/access';
import {
  municipalityYearFacts,
  populationCounts,
  populationImports,
} from '../../db/schema/population';
import { districts, municipalities } from '../../db/schema/territory';
import { touchDistrict } from '../territory/index';

export interface DistrictMunicipality {
  id: string;
  istatCode: string;
  name: string;
}

/** The district (null when it does not exist) and its municipalities by ISTAT code. */
export async function findDistrictMunicipalities(
  db: Db,
  districtId: string,
): Promise<{ isDemo: boolean; municipalities: DistrictMunicipality[] } | null> {
  const [district] = await db
    .select({ isDemo: districts.isDemo })
    .from(districts)
    .where(eq(districts.id, districtId));
  if (!district) return null;
  const rows = await db
    .select({
      id: municipalities.id,
      istatCode: municipalities.istatCode,
      name: municipalities.name,
    })
    .from(municipalities)
    .where(eq(municipalities.districtId, districtId))
    .orderBy(asc(municipalities.name));
  return { isDemo: district.isDemo, municipalities: rows };
}

function toAge(from: number, to: number | null): Age {
  if (from === to) return from;
  if (from === MAX_SINGLE_AGE && to === null) return MAX_SINGLE_AGE;
  return { from, to };
}

/** Everything imported for the district (optionally one municipality), as core computes on it. */
export async function loadDataset(
  db: Db,
  districtId: string,
  codeById: Map<string, string>,
  filter: { year?: number; municipalityId?: string } = {},
): Promise<PopulationDataset> {
  const where = [eq(populationCounts.districtId, districtId)];
  if (filter.year !== undefined) where.push(eq(populationCounts.year, filter.year));
  if (filter.municipalityId) where.push(eq(populationCounts.municipalityId, filter.municipalityId));
  const counts = await db
    .select()
    .from(populationCounts)
    .where(and(...where));
  const facts = await db
    .select()
    .from(municipalityYearFacts)
    .where(eq(municipalityYearFacts.districtId, districtId));
  const population: PopulationCount[] = [];
  for (const c of counts) {
    const istatCode = codeById.get(c.municipalityId);
    if (!istatCode) continue;
    population.push({
      istatCode,
      year: c.year,
      sex: c.sex as 'M' | 'F',
      age: toAge(c.ageFrom, c.ageTo),
      count: c.count,
    });
  }
  const foreignResidents = [];
  const households = [];
  for (const f of facts) {
    const istatCode = codeById.get(f.municipalityId);
    if (!istatCode) continue;
    if (f.foreignResidents !== null)
      foreignResidents.push({ istatCode, year: f.year, count: f.foreignResidents });
    if (f.households !== null)
      households.push({
        istatCode,
        year: f.year,
        households: f.households,
        members: f.householdMembers,
      });
  }
  return { population, foreignResidents, households };
}

/** Residents of the district per year (for the LEPS ratio). */
export async function residentsByYear(
  db: Db,
  districtId: string,
): Promise<{ year: number; residents: number }[]> {
  const rows = await db
    .select({ year: populationCounts.year, residents: sql<string>`sum(${populationCounts.count})` })
    .from(populationCounts)
    .where(eq(populationCounts.districtId, districtId))
    .groupBy(populationCounts.year)
    .orderBy(asc(populationCounts.year));
  return rows.map((r) => ({ year: r.year, residents: Number(r.residents) }));
}

const CHUNK = 4000;
async function insertChunked<T>(items: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += CHUNK) await insert(items.slice(i, i + CHUNK));
}

/** (municipality, year) pairs a file holds: exactly what the import replaces. */
export type Cells = Map<string, Set<number>>;

export async function replacePopulation(
  tx: Db,
  districtId: string,
  cells: Cells,
  rows: (PopulationCount & { municipalityId: string })[],
): Promise<void> {
  for (const [municipalityId, years] of cells) {
    await tx
      .delete(populationCounts)
      .where(
        and(
          eq(populationCounts.districtId, districtId),
          eq(populationCounts.municipalityId, municipalityId),
          inArray(populationCounts.year, [...years]),
        ),
      );
  }
  await insertChunked(rows, (chunk) =>
    tx.insert(populationCounts).values(
      chunk.map((r) => {
        const { from, to } = ageRange(r.age);
        return {
          districtId,
          municipalityId: r.municipalityId,
          year: r.year,
          sex: r.sex,
          ageFrom: from,
          ageTo: to,
          count: r.count,
        };
      }),
    ),
  );
  await touchDistrict(tx, districtId);
}

export type FactsKind = Exclude<PopulationImportKind, 'population'>;
export interface FactRow {
  municipalityId: string;
  year: number;
  foreignResidents?: number;
  households?: number;
  householdMembers?: number | null;
}

/** Foreign residents or households: sets those columns for the file's (municipality, year). */
export async function upsertFacts(tx: Db, districtId: string, kind: FactsKind, rows: FactRow[]) {
  const set =
    kind === 'foreign'
      ? { foreignResidents: sql`excluded.foreign_residents` }
      : {
          households: sql`excluded.households`,
          householdMembers: sql`excluded.household_members`,
        };
  await insertChunked(rows, (chunk) =>
    tx
      .insert(municipalityYearFacts)
      .values(chunk.map((r) => ({ districtId, ...r })))
      .onConflictDoUpdate({
        target: [municipalityYearFacts.municipalityId, municipalityYearFacts.year],
        set,
      }),
  );
  await touchDistrict(tx, districtId);
}

export async function insertImport(
  tx: Db,
  values: typeof populationImports.$inferInsert,
): Promise<string> {
  const [row] = await tx.insert(populationImports).values(values).returning();
  return row!.id;
}

export async function listImports(db: Db, districtId: string): Promise<PopulationImport[]> {
  const rows = await db
    .select({ i: populationImports, by: users.name })
    .from(populationImports)
    .leftJoin(users, eq(users.id, populationImports.importedBy))
    .where(eq(populationImports.districtId, districtId))
    .orderBy(desc(populationImports.importedAt))
    .limit(200);
  return rows.map(({ i, by }) => ({
    id: i.id,
    kind: i.kind as PopulationImportKind,
    fileName: i.fileName,
    years: i.years,
    rows: i.rows,
    skippedRows: i.skippedRows,
    importedAt: i.importedAt.toISOString(),
    importedBy: by ?? null,
  }));
}
