import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { announce } from '../../platform/reuse/change-feed';
import { districts, municipalities, organizations } from '../../db/schema/territory';

export async function findDistrictsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(districts).where(inArray(districts.id, ids)).orderBy(asc(districts.name));
}

export async function findDistrict(db: Db, districtId: string) {
  const rows = await db.select().from(districts).where(eq(districts.id, districtId));
  return rows[0];
}

export async function findDistrictBySlug(db: Db, slug: string) {
  const rows = await db.select().from(districts).where(eq(districts.slug, slug));
  return rows[0];
}

export async function listAllDistricts(db: Db) {
  return db.select().from(districts).orderBy(asc(districts.name));
}

export async function listMunicipalities(db: Db, districtId: string) {
  return db
    .select()
    .from(municipalities)
    .where(eq(municipalities.districtId, districtId))
    .orderBy(asc(municipalities.name));
}

export async function listOrganizations(db: Db, districtId: string) {
  return db
    .select()
    .from(organizations)
    .where(eq(organizations.districtId, districtId))
    .orderBy(asc(organizations.kind), asc(organizations.name));
}

/** An organization of the district with the same name, ignoring case and outer spaces. */
export async function findOrganizationByName(db: Db, districtId: string, name: string) {
  const rows = await db
    .select()
    .from(organizations)
    .where(
      and(
        eq(organizations.districtId, districtId),
        sql`lower(trim(${organizations.name})) = lower(trim(${name}))`,
      ),
    );
  return rows[0];
}

export async function insertOrganization(
  db: Db,
  values: {
    districtId: string;
    name: string;
    kind: string;
    taxCode: string | null;
    registryNumber: string | null;
  },
) {
  const rows = await db.insert(organizations).values(values).returning();
  await touchDistrict(db, values.districtId);
  return rows[0]!;
}

/**
 * Says that the district's own data changed (organizations, municipalities, population): every
 * write to them calls it in its transaction, so that plan reads showing them are made again.
 */
export async function touchDistrict(db: Db, districtId: string): Promise<void> {
  await db
    .update(districts)
    .set({ revision: sql`${districts.revision} + 1` })
    .where(eq(districts.id, districtId));
}

/** Ids and names of the district's organizations (how other parts of the plan name them). */
export async function listOrganizationNames(db: Db, districtId: string) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.districtId, districtId))
    .orderBy(asc(organizations.name));
}

/**
 * A transaction that writes the district's own data, announced once committed (as the plan's
 * writes are): every process then forgets the plan reads it kept for the district.
 */
export async function changingDistrict<T>(
  db: Db,
  districtId: string,
  fn: (tx: Db) => Promise<T>,
): Promise<T> {
  const result = await db.transaction((raw) => fn(raw as unknown as Db));
  await announce(db, { kind: 'district', districtId });
  return result;
}
