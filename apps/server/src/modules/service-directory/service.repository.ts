import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  foldText,
  type OrganizationKind,
  type Service,
  type ServiceInput,
  type ServiceListQuery,
  type ServiceProvider,
} from '@pdz/core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { services } from '../../db/schema/service-directory';
import { municipalities, organizations } from '../../db/schema/territory';

export type ServiceRow = typeof services.$inferSelect;
type OrgRow = typeof organizations.$inferSelect;

export const toProvider = (o: OrgRow): ServiceProvider => ({
  id: o.id,
  name: o.name,
  kind: o.kind as OrganizationKind,
  taxCode: o.taxCode,
  registryNumber: o.registryNumber,
});

export const toService = (r: ServiceRow, provider: OrgRow): Service => ({
  id: r.id,
  districtId: r.districtId,
  name: r.name,
  description: r.description,
  provider: toProvider(provider),
  municipalityId: r.municipalityId,
  address: r.address,
  postalCode: r.postalCode,
  servedMunicipalityIds: r.servedMunicipalityIds,
  userAreaCodes: r.userAreaCodes,
  istatCategoryCode: r.istatCategoryCode,
  cisisLevelCode: r.cisisLevelCode,
  facilityTypeCode: r.facilityTypeCode,
  capacity: r.capacity,
  authorization: r.authorization as Service['authorization'],
  authorizationDate: r.authorizationDate,
  eligibility: r.eligibility,
  costs: r.costs,
  contacts: r.contacts,
  openingHours: r.openingHours,
  status: r.status as Service['status'],
  isDemo: r.isDemo,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

const accented = 'àáâäãèéêëìíîïòóôöõùúûüçñ';
const plain = 'aaaaaeeeeiiiiooooouuuucn';
/** Case and accent folding on the database side (PGlite has no unaccent extension). */
const folded = (column: SQL) => sql`translate(lower(${column}), ${accented}, ${plain})`;
const jsonHas = (column: AnyPgColumn, value: string) =>
  sql`${column} @> ${JSON.stringify([value])}::jsonb`;

/** The filters of the list as SQL: every one optional, always inside the district. */
export function serviceFilters(districtId: string, q: Partial<ServiceListQuery>): SQL {
  const where: (SQL | undefined)[] = [eq(services.districtId, districtId)];
  for (const word of foldText(q.q ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`${folded(sql`${services.name} || ' ' || ${services.description}`)} like ${like}`,
    );
  }
  if (q.userArea) where.push(jsonHas(services.userAreaCodes, q.userArea));
  if (q.municipalityId) {
    where.push(
      sql`(${services.municipalityId} = ${q.municipalityId} or ${jsonHas(services.servedMunicipalityIds, q.municipalityId)})`,
    );
  }
  if (q.istatCategory) where.push(eq(services.istatCategoryCode, q.istatCategory));
  if (q.cisisLevel) where.push(eq(services.cisisLevelCode, q.cisisLevel));
  if (q.facilityType) where.push(eq(services.facilityTypeCode, q.facilityType));
  if (q.providerId) where.push(eq(services.providerId, q.providerId));
  if (q.status?.length) where.push(inArray(services.status, q.status));
  return and(...where)!;
}

export async function listServices(
  db: Db,
  where: SQL,
  page: { limit: number; offset: number } | null,
): Promise<{ items: Service[]; total: number }> {
  const base = db
    .select({ s: services, o: organizations })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.providerId))
    .where(where)
    .orderBy(asc(services.name), asc(organizations.name), asc(services.id));
  const rows = page ? await base.limit(page.limit).offset(page.offset) : await base;
  const [total] = await db.select({ n: count() }).from(services).where(where);
  return { items: rows.map((r) => toService(r.s, r.o)), total: Number(total?.n ?? 0) };
}

export async function findService(
  db: Db,
  districtId: string,
  id: string,
  forUpdate = false,
): Promise<Service | null> {
  const q = db
    .select({ s: services, o: organizations })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.providerId))
    .where(and(eq(services.districtId, districtId), eq(services.id, id)));
  const [row] = forUpdate ? await q.for('update', { of: services }) : await q;
  return row ? toService(row.s, row.o) : null;
}

export async function listProviders(db: Db, districtId: string): Promise<ServiceProvider[]> {
  const rows = await db
    .select()
    .from(organizations)
    .where(eq(organizations.districtId, districtId))
    .orderBy(asc(organizations.name));
  return rows.map(toProvider);
}

export async function listMunicipalities(db: Db, districtId: string) {
  return db
    .select({
      id: municipalities.id,
      name: municipalities.name,
      istatCode: municipalities.istatCode,
      province: municipalities.province,
      postalCode: municipalities.postalCode,
    })
    .from(municipalities)
    .where(eq(municipalities.districtId, districtId))
    .orderBy(asc(municipalities.name));
}

export async function insertService(
  db: Db,
  districtId: string,
  input: ServiceInput,
  isDemo = false,
): Promise<string> {
  const [row] = await db
    .insert(services)
    .values({ districtId, ...input, isDemo })
    .returning({ id: services.id });
  return row!.id;
}

/** Writes at the version read; false when someone else wrote first. */
export async function updateService(
  db: Db,
  districtId: string,
  id: string,
  version: number,
  input: ServiceInput,
): Promise<boolean> {
  const rows = await db
    .update(services)
    .set({ ...input, version: sql`${services.version} + 1`, updatedAt: new Date() })
    .where(
      and(eq(services.districtId, districtId), eq(services.id, id), eq(services.version, version)),
    )
    .returning({ id: services.id });
  return rows.length === 1;
}

export async function deleteService(db: Db, districtId: string, id: string, version: number) {
  const rows = await db
    .delete(services)
    .where(
      and(eq(services.districtId, districtId), eq(services.id, id), eq(services.version, version)),
    )
    .returning({ id: services.id });
  return rows.length === 1;
}
