import { budgetContracts, parseMoneyInput } from '@pdz/core';
import { call } from '../../api/client';
import { useFormat, useI18n } from '../../i18n';
import { allocationKey, type DraftState } from './drafts';
import { useBudgetCache, type AllocationRow } from './queries';
import { useCellSave } from './useCellSave';

/** Saving the allocation grid: one action's money from one source in one year at a time. */
export function useAllocationSave(props: {
  districtId: string;
  planId: string;
  drafts: DraftState;
  sourceLabel: (code: string) => string;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const { districtId, planId } = props;
  const { setDraft, clearIf, read } = props.drafts;
  const cache = useBudgetCache(districtId, planId);
  const { save, settle, conflict, failure } = useCellSave();

  /** Leaving a cell saves it, worked out when the cell's previous save has come back. */
  function commit(
    actionId: string,
    title: string,
    code: string,
    cellYear: number,
    base?: AllocationRow | null,
  ) {
    const key = allocationKey(actionId, code, cellYear);
    return save(key, () => {
      const text = read(key);
      if (text === undefined) return null;
      const parsed = parseMoneyInput(text);
      if (!parsed.ok) return null;
      const row =
        base === undefined ? cache.allocationRow(actionId, code, cellYear) : (base ?? undefined);
      if (parsed.cents === (row?.amount ?? 0)) {
        clearIf(key, text);
        return null;
      }
      return {
        cell: t('budget.cellLabel', {
          row: title,
          year: cellYear,
          column: props.sourceLabel(code),
        }),
        send: async () => {
          const saved = await call(budgetContracts.setAllocation, {
            params: { districtId, planId },
            body: {
              actionId,
              sourceCode: code,
              year: cellYear,
              amount: parsed.cents,
              version: row?.version ?? null,
            },
          });
          cache.putAllocation(saved);
          clearIf(key, text);
          void cache.refreshDependents();
        },
        onConflict: (current) => {
          const now = current as AllocationRow | null;
          return {
            fields: [{ name: 'amount', label: t('budget.allocated') }],
            current: { amount: now ? format.money(now.amount) : '' },
            ...settle(now, {
              cellId: `al-${actionId}-${code}-${cellYear}`,
              put: (row) => cache.putAllocation(row),
              dropDrafts: () => setDraft(key, undefined),
              retry: (row) => void commit(actionId, title, code, cellYear, row),
            }),
          };
        },
      };
    });
  }

  return { commit, conflict, failure };
}
