import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { districts, memberships, organizations, users } from '../db/schema/index';
import { seedDemoPlan } from './seed-plan';
import {
  demoAccounts,
  demoDistrict,
  demoDistrictOrganizations,
  demoMunicipalities,
  demoPassword,
} from './data/district';
import { createDistrict } from '../modules/territory/index';

/**
 * Seeds the demo district once: running it again changes nothing (every step looks up by a
 * natural key first).
 */
export async function seedDemoDistrict(
  db: Db,
  hashPassword: (p: string) => Promise<string>,
): Promise<string> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: districts.id })
      .from(districts)
      .where(eq(districts.slug, demoDistrict.slug));
    if (existing[0]) return existing[0].id;

    const districtId = await createDistrict(tx as unknown as Db, {
      slug: demoDistrict.slug,
      name: demoDistrict.name,
      region: demoDistrict.region,
      isDemo: true,
      leadBody: demoDistrict.leadBody,
      municipalities: demoMunicipalities.map((m) => ({
        ...m,
        populationYear: demoDistrict.populationYear,
      })),
    });
    await tx
      .insert(organizations)
      .values(demoDistrictOrganizations.map((o) => ({ districtId, ...o })));
    const orgs = await tx
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.districtId, districtId));
    const orgByName = new Map(orgs.map((o) => [o.name, o.id]));

    const passwordHash = await hashPassword(demoPassword);
    for (const account of demoAccounts) {
      const [user] = await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          passwordHash,
          isSystemAdmin: account.role === 'admin',
        })
        .onConflictDoNothing()
        .returning();
      const userId =
        user?.id ?? (await tx.select().from(users).where(eq(users.email, account.email)))[0]!.id;
      await tx
        .insert(memberships)
        .values({
          userId,
          districtId: districtId,
          role: account.role,
          organizationId: account.organization
            ? (orgByName.get(account.organization) ?? null)
            : null,
        })
        .onConflictDoNothing();
    }

    await seedDemoPlan(tx as unknown as Db, districtId);
    return districtId;
  });
}
