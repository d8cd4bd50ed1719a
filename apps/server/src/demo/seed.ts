import type { Db } from '../db/client';
import { seedDemoDistrict } from './seed-district';
import { seedDemoPopulation } from './seed-population';
import { seedDemoServices } from './seed-services';
import { publishDemoPlan } from './publish-plan';

/**
 * Loads the demo district from the data files, once; every step finds what it made before by a
 * natural key and leaves it as it is, so a restart (or an older demo in the data folder) is safe.
 * The plan's content is loaded as a draft, then approved through the plan's own use case, so the
 * frozen version is exactly what the product would freeze.
 */
export async function seedDemo(
  db: Db,
  options: { hashPassword: (p: string) => Promise<string> },
): Promise<void> {
  const districtId = await seedDemoDistrict(db, options.hashPassword);
  await seedDemoPopulation(db);
  await seedDemoServices(db);
  await publishDemoPlan(db, districtId);
}
