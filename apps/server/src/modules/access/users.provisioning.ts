import { eq } from 'drizzle-orm';
import { DomainError, loginPolicy, roleSchema, type Role } from '@pdz/core';
import type { Db } from '../../db/client';
import { memberships, users } from '../../db/schema/access';
import { districts } from '../../db/schema/territory';
import { recordAudit } from '../../platform/audit';
import { announce } from '../../platform/reuse/change-feed';
import { hashPassword } from '../../platform/passwords';

/** Creates a user (or returns the existing one with that e-mail): used by the CLI. */
export async function createUser(
  db: Db,
  input: { email: string; name: string; password: string; isSystemAdmin?: boolean },
): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new DomainError('VALIDATION_FAILED', 'email: not an e-mail address');
  if (input.password.length < loginPolicy.minPasswordLength) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `password: at least ${loginPolicy.minPasswordLength} characters`,
    );
  }
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing[0]) throw new DomainError('DUPLICATE', `user ${email} exists`);
  const passwordHash = await hashPassword(input.password);
  const [u] = await db
    .insert(users)
    .values({ email, name: input.name, passwordHash, isSystemAdmin: input.isSystemAdmin ?? false })
    .returning();
  await recordAudit(db, {
    districtId: null,
    actor: null,
    action: 'user.created',
    entityType: 'user',
    entityId: u!.id,
    after: { email, name: input.name, isSystemAdmin: input.isSystemAdmin ?? false },
  });
  return u!.id;
}

export async function addMembership(
  db: Db,
  input: { email: string; districtSlug: string; role: Role | string },
): Promise<void> {
  const role = roleSchema.safeParse(input.role);
  if (!role.success)
    throw new DomainError('VALIDATION_FAILED', `role: one of ${roleSchema.options.join(', ')}`);
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email.trim().toLowerCase()));
  if (!u) throw new DomainError('NOT_FOUND', `no user ${input.email}`);
  const [d] = await db
    .select({ id: districts.id })
    .from(districts)
    .where(eq(districts.slug, input.districtSlug));
  if (!d) throw new DomainError('NOT_FOUND', `no district ${input.districtSlug}`);
  await db
    .insert(memberships)
    .values({ userId: u.id, districtId: d.id, role: role.data })
    .onConflictDoNothing();
  // the user's sessions in every running server see the new role at once
  await announce(db, { kind: 'user', userId: u.id });
  await recordAudit(db, {
    districtId: d.id,
    actor: null,
    action: 'membership.created',
    entityType: 'user',
    entityId: u.id,
    after: { role: role.data },
  });
}
