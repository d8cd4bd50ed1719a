import { and, eq } from 'drizzle-orm';
import { DomainError, loginPolicy, roleSchema, type Role } from '@pdz/core';
import type { Db } from '../../db/client';
import { memberships, sessions, users } from '../../db/schema/access';
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

/**
 * Takes a role in a district away from a user (every role there without `role`). Their
 * sessions in every running server lose it at once.
 */
export async function removeMembership(
  db: Db,
  input: { email: string; districtSlug: string; role?: string | undefined },
): Promise<number> {
  const role = input.role === undefined ? undefined : roleSchema.safeParse(input.role);
  if (role && !role.success)
    throw new DomainError('VALIDATION_FAILED', `role: one of ${roleSchema.options.join(', ')}`);
  const user = await userByEmail(db, input.email);
  const [d] = await db
    .select({ id: districts.id })
    .from(districts)
    .where(eq(districts.slug, input.districtSlug));
  if (!d) throw new DomainError('NOT_FOUND', `no district ${input.districtSlug}`);
  const removed = await db
    .delete(memberships)
    .where(
      and(
        eq(memberships.userId, user.id),
        eq(memberships.districtId, d.id),
        role ? eq(memberships.role, role.data!) : undefined,
      ),
    )
    .returning({ role: memberships.role });
  if (removed.length === 0) return 0;
  await recordAudit(db, {
    districtId: d.id,
    actor: null,
    action: 'membership.removed',
    entityType: 'user',
    entityId: user.id,
    before: { roles: removed.map((r) => r.role) },
  });
  await announce(db, { kind: 'user', userId: user.id });
  return removed.length;
}

/**
 * Sets a user's password (the policy's length) and ends every session of theirs, in every
 * running server at once: whoever knew the old one is out.
 */
export async function setPassword(
  db: Db,
  input: { email: string; password: string },
): Promise<void> {
  if (input.password.length < loginPolicy.minPasswordLength) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `password: at least ${loginPolicy.minPasswordLength} characters`,
    );
  }
  const user = await userByEmail(db, input.email);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, failedAttempts: 0, lockedUntil: null })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(tx as unknown as Db, {
      districtId: null,
      actor: null,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
  await announce(db, { kind: 'user', userId: user.id });
}

async function userByEmail(db: Db, email: string): Promise<{ id: string }> {
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!u) throw new DomainError('NOT_FOUND', `no user ${email}`);
  return u;
}
