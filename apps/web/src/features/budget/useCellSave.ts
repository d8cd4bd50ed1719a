import { useRef, useState } from 'react';
import { isApiError } from '../../api/ApiError';
import { errorMessageKey, useI18n } from '../../i18n';
import { useAnnounce } from '../../ui/Announcer';

export interface CellConflict {
  cell: string;
  fields: { name: string; label: string }[];
  current: Record<string, string>;
  useCurrent: () => void;
  keepMine: () => void;
}

/** One write of a cell, as worked out when its turn comes. */
export interface CellWrite {
  /** the cell's name, for the announcement and the notices */
  cell: string;
  /** sends the write and puts its answer on the page */
  send: () => Promise<void>;
  /** what the conflict notice shows and does when someone else saved the row first */
  onConflict: (current: unknown) => Omit<CellConflict, 'cell'>;
}

/**
 * Saving cells: the outcome announced, a refusal shown by the grid, a 409 turned into a conflict
 * the user settles.
 *
 * The writes of one lock (one row on the server) go one after the other, never two at a time and
 * none dropped. Each is worked out by its `prepare` only when its turn comes, from the drafts and
 * rows as they are then (after the answer to the write before it): so it quotes the version that
 * answer brought, and it sends nothing when that answer already saved what it would send. While a
 * conflict on a lock waits for the user, the lock's other writes are left out: settling it sends
 * (or drops) what is typed then.
 */
export function useCellSave() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [conflict, setConflict] = useState<CellConflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const queues = useRef(new Map<string, Promise<void>>());
  const waitingForUser = useRef<string | null>(null);

  async function run(lock: string, prepare: () => CellWrite | null) {
    if (waitingForUser.current === lock) return;
    const write = prepare();
    if (!write) return;
    try {
      await write.send();
      setFailure(null);
      announce(t('budget.saved', { cell: write.cell }));
    } catch (e) {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        waitingForUser.current = lock;
        setConflict({ cell: write.cell, ...write.onConflict(e.current) });
      } else {
        const reason = isApiError(e)
          ? (e.issues[0]?.message ?? t(errorMessageKey(e)))
          : t(errorMessageKey(e));
        setFailure(t('budget.saveFailed', { cell: write.cell, reason }));
      }
    }
  }

  /** Saves after the writes of `lock` already on their way; resolves once done. */
  function save(lock: string, prepare: () => CellWrite | null): Promise<void> {
    const before = queues.current.get(lock);
    // nothing on its way: worked out and sent at once, as the cell is left
    const next = before ? before.then(() => run(lock, prepare)) : run(lock, prepare);
    const settled = next.catch(() => undefined);
    queues.current.set(lock, settled);
    void settled.then(() => {
      if (queues.current.get(lock) === settled) queues.current.delete(lock);
    });
    return settled;
  }

  /**
   * The two ways out of a conflict on a cell. Either way the row saved meanwhile goes into the
   * cache and the cell gets the focus back: "use current" drops what was typed, "keep mine" sends
   * what is typed now over that row.
   */
  function settle<Row>(
    now: Row | null,
    how: {
      cellId: string;
      put: (row: Row) => void;
      dropDrafts: () => void;
      retry: (now: Row | null) => void;
    },
  ): Pick<CellConflict, 'useCurrent' | 'keepMine'> {
    const focusCell = () => document.getElementById(how.cellId)?.focus();
    const close = () => {
      waitingForUser.current = null;
      setConflict(null);
    };
    return {
      useCurrent: () => {
        if (now) how.put(now);
        how.dropDrafts();
        close();
        focusCell();
      },
      keepMine: () => {
        if (now) how.put(now);
        close();
        focusCell();
        how.retry(now);
      },
    };
  }

  return { save, settle, conflict, failure };
}
