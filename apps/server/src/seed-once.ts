import { eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { installationState } from './db/schema/installation';
import { seedReferenceData } from './db/seeds/index';
import { seedDemo } from './demo/index';

/**
 * The seed is idempotent and runs at every start, at the cost of a few hundred upserts (a few
 * hundred ms on the embedded database). A built server (scripts/build.mjs) records its build
 * and the DEMO_DATA it seeded with; the next start of the same build with the same DEMO_DATA
 * reads that one row and skips the seed. Any other build (new code, new seed data) seeds again;
 * run from the sources (`build` undefined) it always seeds.
 */
export async function seedOnce(
  db: Db,
  options: { demo: boolean; hashPassword: (p: string) => Promise<string>; build?: string },
): Promise<'seeded' | 'already seeded'> {
  const stamp = options.build && `${options.build} demo=${options.demo}`;
  if (stamp) {
    const [row] = await db
      .select({ value: installationState.value })
      .from(installationState)
      .where(eq(installationState.key, 'seed'));
    if (row?.value === stamp) return 'already seeded';
  }
  await seedReferenceData(db);
  if (options.demo) await seedDemo(db, { hashPassword: options.hashPassword });
  if (stamp) {
    await db
      .insert(installationState)
      .values({ key: 'seed', value: stamp })
      .onConflictDoUpdate({
        target: installationState.key,
        set: { value: stamp, updatedAt: new Date() },
      });
  }
  return 'seeded';
}
