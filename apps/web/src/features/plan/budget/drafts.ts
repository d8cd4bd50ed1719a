import { useCallback, useRef, useState } from 'react';
import { parseMoneyInput } from '@pdz/core';

/** Keys of the cells being typed in: availability fields and allocations. */
export const availabilityKey = (code: string, year: number, field: 'amount' | 'carryOver') =>
  `av|${code}|${year}|${field}`;
export const allocationKey = (actionId: string, code: string, year: number) =>
  `al|${actionId}|${code}|${year}`;

export type Drafts = Record<string, string>;

/**
 * What the user is typing, cell by cell, before it is saved. Totals read these drafts so that
 * they change while typing; a cell's draft goes away once saved (or on Escape).
 */
export function useDrafts() {
  const [drafts, setDrafts] = useState<Drafts>({});
  const saving = useRef(new Set<string>());
  const setDraft = useCallback((key: string, text: string | undefined) => {
    setDrafts((d) => {
      if (text === undefined) {
        if (!(key in d)) return d;
        const next = { ...d };
        delete next[key];
        return next;
      }
      return { ...d, [key]: text };
    });
  }, []);
  /** Forgets a draft only if it is still the text that was saved (the user may type on). */
  const clearIf = useCallback((key: string, text: string) => {
    setDrafts((d) => {
      if (d[key] !== text) return d;
      const next = { ...d };
      delete next[key];
      return next;
    });
  }, []);
  return { drafts, setDraft, clearIf, saving };
}
export type DraftState = ReturnType<typeof useDrafts>;

/** The amount a cell stands for now: its valid draft, or what is saved. */
export function effective(drafts: Drafts, key: string, saved: number): number {
  const draft = drafts[key];
  if (draft === undefined) return saved;
  const parsed = parseMoneyInput(draft);
  return parsed.ok ? parsed.cents : saved;
}
