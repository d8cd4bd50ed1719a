import { useI18n, type MessageKey } from '../../i18n';

export type View = 'write' | 'preview' | 'side';

const views: { id: View; label: MessageKey }[] = [
  { id: 'write', label: 'chapters.view.write' },
  { id: 'preview', label: 'chapters.view.preview' },
  { id: 'side', label: 'chapters.view.side' },
];

/** How the chapter editor shows the text: the Markdown, its preview, or both side by side. */
export function EditorViews({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useI18n();
  return (
    <div className="btn-group mb-3" role="group" aria-label={t('chapters.view.label')}>
      {views.map((v) => (
        <button
          key={v.id}
          type="button"
          className={`btn btn-sm ${view === v.id ? 'btn-primary' : 'btn-outline-primary'}`}
          aria-pressed={view === v.id}
          onClick={() => onChange(v.id)}
        >
          {t(v.label)}
        </button>
      ))}
    </div>
  );
}
