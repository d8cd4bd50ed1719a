import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { errorMessageKey, useI18n } from '../../../i18n';
import { useAnnounce } from '../../../ui/Announcer';
import type { DraftState } from './drafts';

export interface CellConflict {
  cell: string;
  fields: { name: string; label: string }[];
  current: Record<string, string>;
  useCurrent: () => void;
  keepMine: () => void;
}

/**
 * Saving one cell: at most one request per cell at a time, the outcome announced, a refusal
 * shown by the grid, a 409 turned into a conflict the user settles.
 */
export function useCellSave(draftState: DraftState) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [conflict, setConflict] = useState<CellConflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function save(
    lock: string,
    cell: string,
    run: () => Promise<void>,
    onConflict: (current: unknown) => Omit<CellConflict, 'cell'>,
  ) {
    if (draftState.saving.current.has(lock)) return;
    draftState.saving.current.add(lock);
    try {
      await run();
      setFailure(null);
      announce(t('budget.saved', { cell }));
    } catch (e) {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        setConflict({ cell, ...onConflict(e.current) });
      } else {
        const reason = isApiError(e)
          ? (e.issues[0]?.message ?? t(errorMessageKey(e)))
          : t(errorMessageKey(e));
        setFailure(t('budget.saveFailed', { cell, reason }));
      }
    } finally {
      draftState.saving.current.delete(lock);
    }
  }

  /**
   * The two ways out of a conflict on a cell. Either way the row saved meanwhile goes into the
   * cache and the cell gets the focus back: "use current" drops what was typed, "keep mine" sends
   * it again over that row.
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
    return {
      useCurrent: () => {
        if (now) how.put(now);
        how.dropDrafts();
        setConflict(null);
        focusCell();
      },
      keepMine: () => {
        if (now) how.put(now);
        setConflict(null);
        focusCell();
        how.retry(now);
      },
    };
  }

  return { save, settle, conflict, failure };
}
