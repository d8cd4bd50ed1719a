import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema/access';

export async function findUserByEmail(db: Db, email: string) {
  const rows = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return rows[0];
}

export async function setLoginFailures(
  db: Db,
  userId: string,
  failedAttempts: number,
  lockedUntil: Date | null,
): Promise<void> {
  await db.update(users).set({ failedAttempts, lockedUntil }).where(eq(users.id, userId));
}
