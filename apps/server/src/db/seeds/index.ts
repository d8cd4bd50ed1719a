import type { Db } from '../client';
import { seedClassifications } from './classifications';
import { seedDemoDistrict } from './demo-district';
import { seedDemoPopulation } from './demo-population.seed';
import { seedDemoServices } from './demo-services';

export { demoAccounts, demoPassword } from './demo-district';

/** Idempotent: safe at every start. Reference data always; the demo district when asked. */
export async function seedDatabase(
  db: Db,
  options: { demo: boolean; hashPassword: (p: string) => Promise<string> },
): Promise<void> {
  await seedClassifications(db);
  if (options.demo) await seedDemoDistrict(db, options.hashPassword);
  if (options.demo) await seedDemoPopulation(db);
  if (options.demo) await seedDemoServices(db);
}
