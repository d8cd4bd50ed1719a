import { useCallback, useRef, useState } from 'react';
import { parseMoneyInput } from '@pdz/core';

/** Keys of the cells being typed in: availability fields and allocations. */
export const availabilityKey = (code: string, year: number, field: 'amount' | 'carryOver') =>
  `av|${code}|${year}|${field}`;
export const allocationKey = (actionId: string, code: string, year: number) =>
  `al|${actionId}|${code}|${year}`;

export type Drafts = Record<string, string>;

function without(d: Drafts, key: string): Drafts {
  const next = { ...d };
  delete next[key];
  return next;
}

/**
 * What the user is typing, cell by cell, before it is saved. Totals read these drafts so that
 * they change while typing; a cell's draft goes away once saved (or on Escape).
 *
 * `drafts` is what the page renders; `read` is what a save reads when its turn comes: every
 * change reaches it at once, not at the next render, so a save never works on the drafts of a
 * render that is already out of date.
 */
export function useDrafts() {
  const latest = useRef<Drafts>({});
  const [drafts, setDrafts] = useState<Drafts>({});
  const change = useCallback((next: (d: Drafts) => Drafts) => {
    const d = next(latest.current);
    if (d === latest.current) return;
    latest.current = d;
    setDrafts(d);
  }, []);
  const setDraft = useCallback(
    (key: string, text: string | undefined) =>
      change((d) => {
        if (text === undefined) return key in d ? without(d, key) : d;
        return d[key] === text ? d : { ...d, [key]: text };
      }),
    [change],
  );
  /** Forgets a draft only if it is still the text that was saved (the user may type on). */
  const clearIf = useCallback(
    (key: string, text: string) => change((d) => (d[key] === text ? without(d, key) : d)),
    [change],
  );
  const read = useCallback((key: string): string | undefined => latest.current[key], []);
  return { drafts, setDraft, clearIf, read };
}
export type DraftState = ReturnType<typeof useDrafts>;

/** The amount a cell stands for now: its valid draft, or what is saved. */
export function effective(drafts: Drafts, key: string, saved: number): number {
  const draft = drafts[key];
  if (draft === undefined) return saved;
  const parsed = parseMoneyInput(draft);
  return parsed.ok ? parsed.cents : saved;
}
