import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Role } from '@pdz/core';
import type { Db } from '../client';
import { districts, memberships, organizations, users } from '../schema/index';
import { seedDemoPlan } from './demo-plan.seed';
import { createDistrict, type NewDistrict } from '../../modules/territory/index';

export const demoPassword = 'demo-Pavia-2012';

export const demoAccounts: { email: string; name: string; role: Role; organization?: string }[] = [
  {
    email: 'ufficio.piano@pavia.demo',
    name: 'Giulia Ferrari',
    role: 'planOffice',
    organization: 'Consorzio Sociale Pavese',
  },
  {
    email: 'sindaco@pavia.demo',
    name: 'Marco Rossi',
    role: 'mayor',
    organization: 'Comune di Pavia',
  },
  {
    email: 'terzo.settore@pavia.demo',
    name: 'Anna Bianchi',
    role: 'partner',
    organization: 'Cooperativa sociale Il Ponte (demo)',
  },
  {
    email: 'ats@pavia.demo',
    name: 'Luca Colombo',
    role: 'healthAgency',
    organization: 'ATS di Pavia',
  },
  {
    email: 'regione@pavia.demo',
    name: 'Sara Ricci',
    role: 'region',
    organization: 'Regione Lombardia',
  },
  { email: 'admin@pavia.demo', name: 'Paolo Greco', role: 'admin' },
];

type MunicipalityRow = Omit<NonNullable<NewDistrict['municipalities']>[number], 'populationYear'>;

/** The 12 municipalities with ISTAT code and 2011 census population (copied from the reference). */
export function readPaviaMunicipalities(): MunicipalityRow[] {
  const text = readFileSync(new URL('./pavia-district.csv', import.meta.url), 'utf8');
  const [, ...lines] = text.trim().split(/\r?\n/);
  return lines.map((line) => {
    const [istatCode, name, province, cadastralCode, postalCode, population] = line.split(',');
    if (!istatCode || !name || !province || !cadastralCode || !postalCode || !population) {
      throw new Error(`malformed municipality row: ${line}`);
    }
    return { istatCode, name, province, cadastralCode, postalCode, population: Number(population) };
  });
}

const otherOrganizations: { name: string; kind: string }[] = [
  { name: 'ATS di Pavia', kind: 'healthAgency' },
  { name: 'ASST di Pavia', kind: 'healthProvider' },
  { name: 'Regione Lombardia', kind: 'region' },
  { name: 'Cooperativa sociale Il Ponte (demo)', kind: 'thirdSector' },
  { name: 'Associazione Famiglie Insieme (demo)', kind: 'thirdSector' },
];

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
      .where(eq(districts.slug, 'pavia'));
    if (existing[0]) return existing[0].id;

    const districtId = await createDistrict(tx as unknown as Db, {
      slug: 'pavia',
      name: 'Distretto sociale di Pavia',
      region: 'Lombardia',
      isDemo: true,
      leadBody: 'Consorzio Sociale Pavese',
      municipalities: readPaviaMunicipalities().map((m) => ({ ...m, populationYear: 2011 })),
    });
    await tx.insert(organizations).values(otherOrganizations.map((o) => ({ districtId, ...o })));
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
