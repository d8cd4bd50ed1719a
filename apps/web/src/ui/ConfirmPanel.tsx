import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * An inline confirmation (not a modal): the question is the accessible name, focus lands on
 * the safe choice, Escape cancels.
 */
export function ConfirmPanel(props: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-q`}
      className={`pdz-confirm border rounded p-3 my-2 ${props.danger ? 'border-danger' : 'border-primary'}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <p id={`${id}-q`} className="fw-semibold">
        {props.question}
      </p>
      {props.children}
      <div className="d-flex gap-2 flex-wrap">
        <button
          type="button"
          className={`btn btn-sm ${props.danger ? 'btn-danger' : 'btn-primary'}`}
          onClick={props.onConfirm}
          disabled={props.busy}
        >
          {props.confirmLabel}
        </button>
        <button
          type="button"
          ref={cancelRef}
          className="btn btn-sm btn-outline-secondary"
          onClick={props.onCancel}
        >
          {props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
