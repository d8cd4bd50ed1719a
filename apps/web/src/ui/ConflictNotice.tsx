import { useI18n } from '../i18n';

/** Someone else saved first: show what is saved now and let the user decide. */
export function ConflictNotice(props: {
  fields: { name: string; label: string }[];
  current: Record<string, string>;
  onUseCurrent: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="alert alert-warning" role="alert">
      <p className="fw-semibold mb-1">{t('conflict.title')}</p>
      <p className="mb-2">{t('error.VERSION_CONFLICT')}</p>
      <p className="mb-1">{t('conflict.current')}</p>
      <dl className="mb-3 pdz-conflict-values">
        {props.fields.map((f) => (
          <div key={f.name}>
            <dt>{f.label}</dt>
            <dd>{props.current[f.name] || t('common.none')}</dd>
          </div>
        ))}
      </dl>
      <div className="d-flex gap-2 flex-wrap">
        <button type="button" className="btn btn-sm btn-primary" onClick={props.onUseCurrent}>
          {t('conflict.useCurrent')}
        </button>
        <button type="button" className="btn btn-sm btn-outline-primary" onClick={props.onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
