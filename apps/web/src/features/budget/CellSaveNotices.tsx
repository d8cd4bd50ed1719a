import { useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { ConflictNotice } from '../../ui/ConflictNotice';
import type { CellConflict } from './useCellSave';

/** Above a grid: a conflict on one of its cells to settle, or why the last save failed. */
export function CellSaveNotices(props: { conflict: CellConflict | null; failure: string | null }) {
  const { t } = useI18n();
  const { conflict, failure } = props;
  return (
    <>
      {conflict && (
        <div className="mb-3">
          <p className="fw-semibold mb-1">{t('budget.conflictOn', { cell: conflict.cell })}</p>
          <ConflictNotice
            fields={conflict.fields}
            current={conflict.current}
            onUseCurrent={conflict.useCurrent}
            onKeepMine={conflict.keepMine}
          />
        </div>
      )}
      {failure && <Alert kind="danger">{failure}</Alert>}
    </>
  );
}
