import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberships } from '../../db/schema/access';

/** the organizations the user belongs to in the district, through any of their roles */
export async function organizationsOf(
  db: Db,
  userId: string,
  districtId: string,
): Promise<string[]> {
  const rows = await db
    .select({ organizationId: memberships.organizationId })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.districtId, districtId),
        isNotNull(memberships.organizationId),
      ),
    );
  return [...new Set(rows.map((r) => r.organizationId!))];
}
