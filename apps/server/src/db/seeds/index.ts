import type { Db } from '../client';
import { seedClassifications } from './classifications';

/** Reference data every installation needs (the classifications); idempotent, safe at every start. */
export async function seedReferenceData(db: Db): Promise<void> {
  await seedClassifications(db);
}
