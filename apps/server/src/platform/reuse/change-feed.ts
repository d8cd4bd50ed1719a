import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, Db } from '../../db/client';

/**
 * What changed, as the processes that keep things in memory need to hear it: a plan's content
 * (its version was bumped), a district's own data, a session ended, a user's rights or password.
 */
export type Change =
  | { kind: 'plan'; districtId: string; planId: string }
  | { kind: 'district'; districtId: string }
  | { kind: 'session'; tokenHash: string }
  | { kind: 'user'; userId: string };

/** 'reset': the feed may have missed changes (its connection dropped): forget everything */
export type Listener = (change: Change | 'reset') => void;

/**
 * How every process of an installation hears of the changes made by any of them. On the
 * embedded database there is one process: a change is heard at once, in the same call stack. On
 * PostgreSQL each change is also sent with NOTIFY and every other process LISTENs; while its
 * listening connection is down a process is told 'reset' and `live` is false, so that what it
 * keeps in memory is not trusted until it listens again.
 */
export interface ChangeFeed {
  /** called after the change is committed, before its request is answered */
  announce(change: Change): Promise<void>;
  subscribe(listener: Listener): () => void;
  /** false while changes made elsewhere could be missed */
  readonly live: boolean;
  /** this process forgets what it keeps (data was changed behind the product's back) */
  reset(): void;
  close(): Promise<void>;
}

const CHANNEL = 'pdz_changes';
const RETRY_MS = 1_000;
/** the longest a write waits to hear its own announcement back */
const ECHO_WAIT_MS = 1_000;

/** the feed of each database handle, shared by the apps on it; changes on a handle without one go nowhere */
const opened = new WeakMap<Db, { feed: ChangeFeed; users: number }>();

/**
 * Announces a committed change to every process (write paths call it after their transaction).
 * A failure to notify others must not fail the write that already happened: it is logged by the
 * feed and the others' memory lives only as long as its short limits.
 */
export async function announce(db: Db, change: Change): Promise<void> {
  await opened.get(db)?.feed.announce(change);
}

/** Every app on this handle forgets what it keeps (tests that write with SQL call it). */
export function forgetKept(db: Db): void {
  opened.get(db)?.feed.reset();
}

function localFeed(): ChangeFeed & { emit: (c: Change | 'reset') => void } {
  const listeners = new Set<Listener>();
  const emit = (c: Change | 'reset') => {
    for (const l of listeners) l(c);
  };
  return {
    emit,
    live: true,
    reset: () => emit('reset'),
    async announce(change) {
      emit(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}

/**
 * The feed of a database. `listen: false` for a process that only announces (the CLI): it
 * keeps nothing in memory, so it needs no listening connection.
 */
export async function openChangeFeed(
  database: Database,
  options: { listen?: boolean; onError?: (err: unknown) => void } = {},
): Promise<ChangeFeed> {
  // two apps on one database handle (tests) share its feed: they are one process
  const shared = opened.get(database.db);
  if (shared) {
    shared.users++;
    return handle(shared.feed, database.db);
  }
  const feed = await startFeed(database, options);
  opened.set(database.db, { feed, users: 1 });
  return handle(feed, database.db);
}

/** one app's use of a shared feed: closing it lets the feed go with its last user */
function handle(feed: ChangeFeed, db: Db): ChangeFeed {
  const mine = new Set<() => void>();
  return {
    get live() {
      return feed.live;
    },
    announce: (change) => feed.announce(change),
    reset: () => feed.reset(),
    subscribe(listener) {
      const off = feed.subscribe(listener);
      mine.add(off);
      return () => {
        mine.delete(off);
        off();
      };
    },
    async close() {
      for (const off of mine) off();
      mine.clear();
      await release(db);
    },
  };
}

async function release(db: Db): Promise<void> {
  const shared = opened.get(db);
  if (!shared || --shared.users > 0) return;
  opened.delete(db);
  await shared.feed.close();
}

async function startFeed(
  database: Database,
  options: { listen?: boolean; onError?: (err: unknown) => void },
): Promise<ChangeFeed> {
  const local = localFeed();
  if (database.kind !== 'postgres' || !database.url) return local;
  const url = database.url;
  const origin = randomUUID();
  const onError = options.onError ?? (() => undefined);
  let live = false;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  // this process's own notifications, awaited until they come back to its listener
  const echoes = new Map<number, () => void>();
  let sent = 0;

  const lost = () => {
    if (closed) return;
    live = false;
    local.emit('reset');
    client?.removeAllListeners();
    client?.end().catch(() => undefined);
    client = null;
    retry ??= setTimeout(() => {
      retry = null;
      void connect();
    }, RETRY_MS);
    retry.unref();
  };

  async function connect(): Promise<void> {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('error', (err) => {
      onError(err);
      lost();
    });
    c.on('end', lost);
    c.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { from, id, change } = JSON.parse(message.payload) as {
          from: string;
          id: number;
          change: Change;
        };
        if (from !== origin) local.emit(change);
        else echoes.get(id)?.();
      } catch (err) {
        onError(err);
      }
    });
    try {
      client = c;
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      // what was kept while not listening may be stale
      local.emit('reset');
      live = true;
    } catch (err) {
      onError(err);
      lost();
    }
  }

  if (options.listen !== false) await connect();

  const feed: ChangeFeed = {
    get live() {
      return live;
    },
    async announce(change) {
      local.emit(change);
      const id = ++sent;
      // Answered once our own listener hears it: the database has then handed the change to
      // every listening process, before the write's answer leaves this one.
      const echoed = live
        ? new Promise<void>((resolve) => {
            const done = () => {
              clearTimeout(timer);
              echoes.delete(id);
              resolve();
            };
            const timer = setTimeout(done, ECHO_WAIT_MS);
            echoes.set(id, done);
          })
        : Promise.resolve();
      try {
        // parameters, not text: a payload is never read as SQL
        await database.db.execute(sqlNotify(JSON.stringify({ from: origin, id, change })));
      } catch (err) {
        onError(err);
        echoes.get(id)?.();
      }
      await echoed;
    },
    subscribe: local.subscribe,
    reset: local.reset,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      for (const done of [...echoes.values()]) done();
      const c = client;
      client = null;
      c?.removeAllListeners();
      await c?.end().catch(() => undefined);
      await local.close();
    },
  };
  return feed;
}

const sqlNotify = (payload: string) => sql`select pg_notify(${CHANNEL}, ${payload})`;
