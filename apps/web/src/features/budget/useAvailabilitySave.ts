import { budgetContracts, parseMoneyInput } from '@pdz/core';
import { call } from '../../api/client';
import { useFormat } from '../../i18n';
import { availabilityKey, type DraftState } from './drafts';
import { useBudgetCache, type AvailabilityRow } from './queries';
import { useCellSave } from './useCellSave';

export type Field = 'amount' | 'carryOver';
export const fields: Field[] = ['amount', 'carryOver'];

/** Saving the availability grid: one source in one year (amount and carry-over) at a time. */
export function useAvailabilitySave(props: {
  districtId: string;
  planId: string;
  drafts: DraftState;
  fieldLabel: (field: Field) => string;
  cellName: (code: string, year: number, field: Field) => string;
}) {
  const format = useFormat();
  const { districtId, planId, fieldLabel, cellName } = props;
  const { setDraft, clearIf, read } = props.drafts;
  const cache = useBudgetCache(districtId, planId);
  const { save, settle, conflict, failure } = useCellSave();

  /**
   * Leaving a cell saves its row (with the other field's valid draft too). What is sent is worked
   * out when the row's previous save has come back: the drafts and the row as they are then.
   */
  function commit(code: string, year: number, field: Field, base?: AvailabilityRow | null) {
    const key = availabilityKey(code, year, field);
    const other: Field = field === 'amount' ? 'carryOver' : 'amount';
    const otherKey = availabilityKey(code, year, other);
    return save(`av|${code}|${year}`, () => {
      const text = read(key);
      if (text === undefined) return null;
      const parsed = parseMoneyInput(text);
      if (!parsed.ok) return null;
      const row = base === undefined ? cache.availabilityRow(code, year) : (base ?? undefined);
      const otherText = read(otherKey);
      const otherParsed = otherText === undefined ? null : parseMoneyInput(otherText);
      const values = { amount: row?.amount ?? 0, carryOver: row?.carryOver ?? 0 };
      values[field] = parsed.cents;
      if (otherParsed?.ok) values[other] = otherParsed.cents;
      const clearDrafts = () => {
        clearIf(key, text);
        if (otherParsed?.ok && otherText !== undefined) clearIf(otherKey, otherText);
      };
      if (values.amount === (row?.amount ?? 0) && values.carryOver === (row?.carryOver ?? 0)) {
        clearDrafts();
        return null;
      }
      return {
        cell: cellName(code, year, field),
        send: async () => {
          const saved = await call(budgetContracts.setAvailability, {
            params: { districtId, planId },
            body: { sourceCode: code, year, ...values, version: row?.version ?? null },
          });
          cache.putAvailability(saved);
          clearDrafts();
          void cache.refreshDependents();
        },
        onConflict: (current) => {
          const now = current as AvailabilityRow | null;
          return {
            fields: fields.map((f) => ({ name: f, label: fieldLabel(f) })),
            current: {
              amount: now ? format.money(now.amount) : '',
              carryOver: now ? format.money(now.carryOver) : '',
            },
            ...settle(now, {
              cellId: `av-${code}-${year}-${field}`,
              put: (row) => cache.putAvailability(row),
              dropDrafts: () => {
                setDraft(key, undefined);
                setDraft(otherKey, undefined);
              },
              retry: (row) => void commit(code, year, field, row),
            }),
          };
        },
      };
    });
  }

  return { commit, conflict, failure };
}
