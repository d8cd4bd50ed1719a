import {
  useCallback,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { formatMoneyInput, parseMoneyInput, type MoneyInputProblem } from '@pdz/core';
import { useFormat, useI18n, type MessageKey } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { problemText } from './problems';
import type { CoherenceProblemRow } from './queries';

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

const problemKeys: Record<MoneyInputProblem, MessageKey> = {
  format: 'budget.invalid.format',
  decimals: 'budget.invalid.decimals',
  negative: 'budget.invalid.negative',
  tooLarge: 'budget.invalid.tooLarge',
};

function moveTo(from: HTMLInputElement, row: number, col: number): boolean {
  const table = from.closest('table');
  const target = table?.querySelector<HTMLInputElement>(
    `input[data-row="${row}"][data-col="${col}"]`,
  );
  if (!target) return false;
  target.focus();
  return true;
}

const allSelected = (i: HTMLInputElement) =>
  i.selectionStart === 0 && i.selectionEnd === i.value.length;
const caretAtStart = (i: HTMLInputElement) =>
  allSelected(i) || (i.selectionStart === 0 && i.selectionEnd === 0);
const caretAtEnd = (i: HTMLInputElement) =>
  allSelected(i) || (i.selectionStart === i.value.length && i.selectionEnd === i.value.length);

/**
 * One money cell of a grid. Arrow keys move to the neighbouring cell (left and right only from
 * the edge of the text), Enter saves and goes down, Tab saves and goes on, Escape puts back what
 * is saved. Leaving the cell saves it. Invalid text stays in the cell, marked, and is not sent.
 */
export function MoneyCell(props: {
  id: string;
  label: string;
  saved: number;
  /** false when no row exists yet: the empty cell means zero */
  exists: boolean;
  draft: string | undefined;
  onDraft: (text: string | undefined) => void;
  onCommit: () => void;
  row: number;
  col: number;
  describedBy?: string | undefined;
}) {
  const { t } = useI18n();
  const shown = props.draft ?? (props.exists ? `${formatMoneyInput(props.saved)} €` : '');
  const parsed = props.draft === undefined ? null : parseMoneyInput(props.draft);
  const problem = parsed && !parsed.ok ? parsed.problem : null;
  const errorId = `${props.id}-error`;
  const describedBy = [problem ? errorId : null, props.describedBy].filter(Boolean).join(' ');

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const { row, col } = props;
    switch (e.key) {
      case 'ArrowUp':
        e.preventDefault();
        moveTo(input, row - 1, col);
        break;
      case 'ArrowDown':
        e.preventDefault();
        moveTo(input, row + 1, col);
        break;
      case 'ArrowLeft':
        if (caretAtStart(input) && moveTo(input, row, col - 1)) e.preventDefault();
        break;
      case 'ArrowRight':
        if (caretAtEnd(input) && moveTo(input, row, col + 1)) e.preventDefault();
        break;
      case 'Enter':
        e.preventDefault();
        if (!moveTo(input, row + 1, col)) props.onCommit();
        break;
      case 'Escape':
        e.preventDefault();
        props.onDraft(undefined);
        globalThis.setTimeout(() => input.select(), 0);
        break;
    }
  }

  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={`form-control form-control-sm text-end pdz-money-input${problem ? ' is-invalid' : ''}`}
        value={shown}
        style={{ minWidth: '5.5rem' }}
        aria-label={props.label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-row={props.row}
        data-col={props.col}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => props.onDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={props.onCommit}
      />
      {problem && (
        <div id={errorId} className="invalid-feedback d-block text-start text-wrap">
          {t(problemKeys[problem])}
        </div>
      )}
    </>
  );
}

/** A problem shown in a cell: icon and words, not colour only. */
export function CellProblem({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div id={id} className="pdz-cell-problem small text-danger text-start text-wrap mt-1">
      <Icon name="it-error" className="icon-danger me-1" />
      <span className="fw-semibold">{t('budget.problem')}: </span>
      {children}
    </div>
  );
}

/**
 * What a grid cell holds: the money input when the plan can be edited, else the saved amount
 * (nothing when no row exists); then the coherence problems shown in the cell, under `problemId`,
 * which the input names in its description.
 */
export function BudgetCell({
  editable,
  problemId,
  problems = [],
  ...cell
}: Omit<ComponentProps<typeof MoneyCell>, 'describedBy'> & {
  editable: boolean;
  problemId: string | undefined;
  problems?: readonly CoherenceProblemRow[];
}) {
  const { locale } = useI18n();
  const format = useFormat();
  return (
    <>
      {editable ? (
        <MoneyCell {...cell} describedBy={problemId} />
      ) : cell.exists ? (
        format.money(cell.saved)
      ) : (
        ''
      )}
      {problemId && problems.length > 0 && (
        <CellProblem id={problemId}>
          {problems.map((p) => problemText(locale, p)).join(' ')}
        </CellProblem>
      )}
    </>
  );
}

export { ScrollRegion } from '../../ui/ScrollRegion';
