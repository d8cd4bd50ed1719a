import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { districts, municipalities, organizations, services } from '../db/schema/index';
import { ALL, demoProviders, demoServiceRows, weekdays, type ServiceRow } from './data/services';

/** Seeds the demo network of services once (providers and services by their natural keys). */

export async function seedDemoServices(db: Db): Promise<void> {
  const [district] = await db.select().from(districts).where(eq(districts.slug, 'pavia'));
  if (!district?.isDemo) return;
  const districtId = district.id;
  await db
    .insert(organizations)
    .values(demoProviders.map((p) => ({ districtId, ...p })))
    .onConflictDoNothing();
  // providers seeded by the demo plan get their identifiers, unless someone set them already
  for (const p of demoProviders) {
    await db
      .update(organizations)
      .set({
        taxCode: sql`coalesce(${organizations.taxCode}, ${p.taxCode ?? null})`,
        registryNumber: sql`coalesce(${organizations.registryNumber}, ${p.registryNumber ?? null})`,
      })
      .where(and(eq(organizations.districtId, districtId), eq(organizations.name, p.name)));
  }
  const orgs = await db
    .select()
    .from(organizations)
    .where(eq(organizations.districtId, districtId));
  const orgId = (name: string) => {
    const found = orgs.find((o) => o.name === name);
    if (!found) throw new Error(`demo services: no organization ${name}`);
    return found.id;
  };
  const towns = await db
    .select()
    .from(municipalities)
    .where(eq(municipalities.districtId, districtId));
  const townId = (name: string) => {
    const found = towns.find((m) => m.name === name);
    if (!found) throw new Error(`demo services: no municipality ${name}`);
    return found;
  };
  const served = (list: string) =>
    list === ALL ? towns.map((m) => m.id) : list.split('; ').map((n) => townId(n).id);

  const desks: ServiceRow[] = towns.map((m) => [
    `Segretariato sociale di ${m.name}`,
    `Comune di ${m.name}`,
    m.name,
    m.name === 'Pavia' ? 'Piazza del Municipio 2' : 'Municipio, piazza principale',
    m.name,
    'MULBEN',
    'A1',
    'IS',
    '',
    null,
    'none',
    '',
    `Residenti a ${m.name}; accesso libero o su appuntamento`,
    'Gratuito',
    `0382 ${String(600000 + Number(m.istatCode.slice(3)) * 10)}`,
    m.population > 5000 ? weekdays : 'martedì e giovedì 9:00–12:00',
    'active',
    'Informazione, orientamento e primo ascolto: il punto di accesso ai servizi sociali del comune.',
  ]);

  const values = [...desks, ...demoServiceRows].map((r) => {
    const [
      name,
      provider,
      town,
      address,
      servedList,
      areas,
      istat,
      cisis,
      facility,
      capacity,
      auth,
      authDate,
      eligibility,
      costs,
      phone,
      hours,
      status,
      description,
    ] = r;
    const m = townId(town);
    return {
      districtId,
      providerId: orgId(provider),
      name,
      description:
        description ??
        `${name}: servizio della rete d’offerta del Distretto sociale di Pavia (dati dimostrativi).`,
      municipalityId: m.id,
      address,
      postalCode: m.postalCode,
      servedMunicipalityIds: served(servedList),
      userAreaCodes: areas.split('; '),
      istatCategoryCode: istat || null,
      cisisLevelCode: cisis || null,
      facilityTypeCode: facility || null,
      capacity,
      authorization: auth,
      authorizationDate: authDate || null,
      eligibility,
      costs,
      contacts: {
        phone,
        email: `info.${name
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z]+/g, '')
          .slice(0, 18)}@esempio.demo`,
        website: '',
      },
      openingHours: hours,
      status: status ?? 'active',
      isDemo: true,
    };
  });
  // the unique key (district, provider, name): a second run inserts nothing
  await db.insert(services).values(values).onConflictDoNothing();
}
