import { useRef, useState } from 'react';
import { errorMessageKey, useI18n, type MessageKey } from '../../../i18n';
import { Alert } from '../../../ui/Alert';
import { ConfirmPanel } from '../../../ui/ConfirmPanel';
import { Icon } from '../../../ui/Icon';

/**
 * Edit / move up / move down / delete for one node of the tree. Every button names its target
 * for screen readers ("Sposta su area «Anziani»"); after a move focus follows the moved node.
 */
export function NodeToolbar(props: {
  kind: string;
  name: string;
  index: number;
  total: number;
  deleteQuestion: string;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const { t } = useI18n();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const target = t('node.target', { kind: props.kind.toLowerCase(), name: props.name });
  const isFirst = props.index === 0;
  const isLast = props.index === props.total - 1;

  async function move(delta: -1 | 1) {
    setBusy(true);
    setFailure(null);
    try {
      await props.onMove(delta);
      const newIndex = props.index + delta;
      // the button pressed may now be disabled (top or bottom): fall back to the other one
      const preferred = delta === -1 ? upRef : downRef;
      const other = delta === -1 ? downRef : upRef;
      const reachedEnd = delta === -1 ? newIndex === 0 : newIndex === props.total - 1;
      globalThis.setTimeout(() => (reachedEnd ? other : preferred).current?.focus(), 0);
    } catch (error) {
      setFailure(errorMessageKey(error));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setFailure(null);
    try {
      await props.onDelete();
    } catch (error) {
      setFailure(errorMessageKey(error));
      setConfirming(false);
      setBusy(false);
    }
  }

  return (
    <>
      <div className="pdz-toolbar d-flex flex-wrap gap-1 my-1">
        <button type="button" className="btn btn-outline-primary btn-xs" onClick={props.onEdit}>
          {t('common.edit')} <span className="visually-hidden">{target}</span>
        </button>
        <button
          type="button"
          ref={upRef}
          className="btn btn-outline-primary btn-xs"
          disabled={isFirst || busy}
          onClick={() => void move(-1)}
        >
          <Icon name="it-arrow-up" className="icon-primary" />
          <span className="visually-hidden">
            {t('common.moveUp')} {target}
          </span>
        </button>
        <button
          type="button"
          ref={downRef}
          className="btn btn-outline-primary btn-xs"
          disabled={isLast || busy}
          onClick={() => void move(1)}
        >
          <Icon name="it-arrow-down" className="icon-primary" />
          <span className="visually-hidden">
            {t('common.moveDown')} {target}
          </span>
        </button>
        <button
          type="button"
          className="btn btn-outline-danger btn-xs"
          onClick={() => setConfirming(true)}
          disabled={busy}
        >
          {t('common.delete')} <span className="visually-hidden">{target}</span>
        </button>
      </div>
      {failure && <Alert kind="danger">{t(failure)}</Alert>}
      {confirming && (
        <ConfirmPanel
          danger
          question={props.deleteQuestion}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}

/** The ids of siblings with one moved by `delta` places (the reorder endpoints want them all). */
export function movedIds(ids: string[], index: number, delta: -1 | 1): string[] {
  const next = [...ids];
  const target = index + delta;
  const a = next[index];
  const b = next[target];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[target] = a;
  return next;
}
