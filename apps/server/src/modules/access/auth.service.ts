import { DomainError, isLocked, lockedUntilAfterFailure, type Session } from '@pdz/core';
import type { Db } from '../../db/client';
import { recordAudit } from '../../platform/audit';
import { decoyPasswordHash, verifyPassword } from '../../platform/passwords';
import { createSession, deleteSession, type SessionActor } from '../../platform/sessions';
import { announce } from '../../platform/reuse/change-feed';
import { findUserByEmail, setLoginFailures } from './auth.repository';

export interface LoginResult {
  token: string;
  session: Session;
}

export function toSession(actor: SessionActor): Session {
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      isSystemAdmin: actor.isSystemAdmin,
    },
    memberships: actor.memberships,
    csrfToken: actor.csrfToken,
    expiresAt: actor.expiresAt.toISOString(),
  };
}

export function createAuthService(deps: { db: Db; sessionTtlMinutes: number }) {
  const { db } = deps;

  async function login(input: {
    email: string;
    password: string;
    ip?: string;
    userAgent?: string;
    requestId?: string;
  }): Promise<{ token: string; userId: string }> {
    const now = new Date();
    const user = await findUserByEmail(db, input.email);
    if (!user || user.disabledAt) {
      await verifyPassword(await decoyPasswordHash(), input.password);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    if (isLocked(user.lockedUntil, now)) {
      const retryAfterSeconds = Math.ceil((user.lockedUntil!.getTime() - now.getTime()) / 1000);
      throw new DomainError('ACCOUNT_LOCKED', `locked until ${user.lockedUntil!.toISOString()}`, {
        details: { retryAfterSeconds, lockedUntil: user.lockedUntil!.toISOString() },
      });
    }
    const ok = await verifyPassword(user.passwordHash, input.password);
    if (!ok) {
      // A lock that has run out starts a fresh count.
      const previous = user.lockedUntil ? 0 : user.failedAttempts;
      const failedAttempts = previous + 1;
      const lockedUntil = lockedUntilAfterFailure(failedAttempts, now);
      await db.transaction(async (tx) => {
        await setLoginFailures(tx as unknown as Db, user.id, failedAttempts, lockedUntil);
        await recordAudit(tx as unknown as Db, {
          districtId: null,
          actor: null,
          action: lockedUntil ? 'user.locked' : 'user.login_failed',
          entityType: 'user',
          entityId: user.id,
          after: {
            failedAttempts,
            lockedUntil: lockedUntil?.toISOString() ?? null,
            ip: input.ip ?? null,
          },
          requestId: input.requestId,
        });
      });
      if (lockedUntil) {
        throw new DomainError('ACCOUNT_LOCKED', `locked until ${lockedUntil.toISOString()}`, {
          details: { retryAfterSeconds: Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) },
        });
      }
      throw new DomainError('INVALID_CREDENTIALS');
    }
    return db.transaction(async (tx) => {
      if (user.failedAttempts > 0 || user.lockedUntil)
        await setLoginFailures(tx as unknown as Db, user.id, 0, null);
      const created = await createSession(tx as unknown as Db, {
        userId: user.id,
        ttlMinutes: deps.sessionTtlMinutes,
        ip: input.ip,
        userAgent: input.userAgent,
      });
      await recordAudit(tx as unknown as Db, {
        districtId: null,
        actor: { userId: user.id, name: user.name },
        action: 'user.logged_in',
        entityType: 'user',
        entityId: user.id,
        after: { ip: input.ip ?? null },
        requestId: input.requestId,
      });
      return { token: created.token, userId: user.id };
    });
  }

  async function logout(actor: SessionActor): Promise<void> {
    await deleteSession(db, actor.tokenHash);
    // gone at once in every process, not when their memory of it runs out
    await announce(db, { kind: 'session', tokenHash: actor.tokenHash });
  }

  return { login, logout };
}
