import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatMoneyInput, parseMoneyInput, type MoneyInputProblem } from '@pdz/core';
import { useI18n, type MessageKey } from '../../i18n';

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

export interface MoneyCellProps {
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
}

/**
 * One money cell of a grid. Arrow keys move to the neighbouring cell (left and right only from
 * the edge of the text), Enter saves and goes down, Tab saves and goes on, Escape puts back what
 * is saved. Leaving the cell saves it. Invalid text stays in the cell, marked, and is not sent.
 *
 * As in a spreadsheet, the focused cell's text is all selected until the user types, so the first
 * keystroke replaces what the cell shows, even when a save's answer has just changed it (the row
 * now exists, the amount is now shown as saved). From the first keystroke to leaving the cell,
 * the cell shows what the user typed, whatever the answers that come back meanwhile.
 */
export function MoneyCell(props: MoneyCellProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const shown = typed ?? props.draft ?? (props.exists ? `${formatMoneyInput(props.saved)} €` : '');
  const editing = typed ?? props.draft;
  const parsed = editing === undefined ? null : parseMoneyInput(editing);
  const problem = parsed && !parsed.ok ? parsed.problem : null;
  const errorId = `${props.id}-error`;
  const describedBy = [problem ? errorId : null, props.describedBy].filter(Boolean).join(' ');

  // the text of the focused cell changed before the user typed: select it all again, so that
  // typing replaces it rather than being added after it
  const lastShown = useRef(shown);
  useLayoutEffect(() => {
    const el = inputRef.current;
    if (lastShown.current !== shown && typed === null && el && el === document.activeElement) {
      el.select();
    }
    lastShown.current = shown;
  }, [shown, typed]);

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
        setTyped(null);
        props.onDraft(undefined);
        globalThis.setTimeout(() => input.select(), 0);
        break;
    }
  }

  return (
    <>
      <input
        ref={inputRef}
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
        onFocus={(e) => {
          setTyped(null);
          e.currentTarget.select();
        }}
        onChange={(e) => {
          setTyped(e.target.value);
          props.onDraft(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setTyped(null);
          props.onCommit();
        }}
      />
      {problem && (
        <div id={errorId} className="invalid-feedback d-block text-start text-wrap">
          {t(problemKeys[problem])}
        </div>
      )}
    </>
  );
}
