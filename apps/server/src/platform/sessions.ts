import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Membership, Role } from '@pdz/core';
import type { Db } from '../db/client';
import { sessions, users } from '../db/schema/access';
import type { ChangeFeed } from './reuse/change-feed';

/** Session store in the database: any server process can serve any session. */
export interface SessionActor {
  userId: string;
  name: string;
  email: string;
  isSystemAdmin: boolean;
  memberships: Membership[];
  csrfToken: string;
  expiresAt: Date;
  tokenHash: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSession(
  db: Db,
  input: { userId: string; ttlMinutes: number; ip?: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + input.ttlMinutes * 60_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: input.userId,
    csrfToken,
    expiresAt,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export type SessionLookup =
  { status: 'valid'; actor: SessionActor } | { status: 'expired' | 'unknown' };

function buildSessionQuery(db: Db) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      isSystemAdmin: users.isSystemAdmin,
      disabledAt: users.disabledAt,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      // One round trip per request: the memberships come along as a JSON array.
      memberships: sql<Membership[]>`coalesce((
        select json_agg(json_build_object('districtId', m.district_id, 'role', m.role))
        from memberships m where m.user_id = "users"."id"), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('find_session');
}

// Every request runs this query: it is built (and, on PostgreSQL, planned) once per database.
const sessionQueries = new WeakMap<Db, ReturnType<typeof buildSessionQuery>>();
function sessionQuery(db: Db) {
  let q = sessionQueries.get(db);
  if (!q) sessionQueries.set(db, (q = buildSessionQuery(db)));
  return q;
}

/**
 * Finds the session of a cookie token. A valid session slides its expiry forward (idle timeout),
 * at most once a minute to keep reads cheap.
 */
export async function findSession(
  db: Db,
  token: string,
  ttlMinutes: number,
): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const rows = await sessionQuery(db).execute({ tokenHash });
  const row = rows[0];
  if (!row) return { status: 'unknown' };
  if (row.expiresAt.getTime() <= now.getTime() || row.disabledAt) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { status: 'expired' };
  }
  let expiresAt = row.expiresAt;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt })
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  }
  return {
    status: 'valid',
    actor: {
      userId: row.userId,
      name: row.name,
      email: row.email,
      isSystemAdmin: row.isSystemAdmin,
      memberships: row.memberships.map((m) => ({ districtId: m.districtId, role: m.role as Role })),
      csrfToken: row.csrfToken,
      expiresAt,
      tokenHash,
    },
  };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** How long a session read from the database is trusted in memory before it is read again. */
export const SESSION_MEMORY_MS = 15_000;
const SESSION_MEMORY_ENTRIES = 50_000;

/**
 * Sessions checked without a database round trip on every request: a session read is kept in
 * memory for a short while (SESSION_MEMORY_MS), keyed by its token's hash. Signing out, a
 * password change or a changed role announce themselves on the change feed, so they take effect
 * at once in every process; while the feed cannot hear other processes nothing is trusted. A
 * write (any method but GET and HEAD) always reads its session from the database.
 */
export function createSessionReader(
  db: Db,
  feed: Pick<ChangeFeed, 'subscribe' | 'live'>,
  ttlMinutes: number,
) {
  const kept = new Map<string, { actor: SessionActor; until: number }>();
  feed.subscribe((change) => {
    if (change === 'reset') kept.clear();
    else if (change.kind === 'session') kept.delete(change.tokenHash);
    else if (change.kind === 'user')
      for (const [hash, k] of kept) if (k.actor.userId === change.userId) kept.delete(hash);
  });

  return async function readSession(token: string, fresh: boolean): Promise<SessionLookup> {
    const now = Date.now();
    if (!fresh && feed.live) {
      const hit = kept.get(hashToken(token));
      if (hit && hit.until > now && hit.actor.expiresAt.getTime() > now) {
        return { status: 'valid', actor: hit.actor };
      }
    }
    const found = await findSession(db, token, ttlMinutes);
    if (found.status === 'valid') {
      if (kept.size >= SESSION_MEMORY_ENTRIES) kept.clear();
      kept.set(found.actor.tokenHash, { actor: found.actor, until: now + SESSION_MEMORY_MS });
    } else {
      kept.delete(hashToken(token));
    }
    return found;
  };
}

export type SessionReader = ReturnType<typeof createSessionReader>;
