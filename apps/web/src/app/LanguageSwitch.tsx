import { locales, useI18n } from '../i18n';

/** Two toggle buttons, each labelled in its own language so a foreign reader finds theirs. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div role="group" aria-label={t('lang.label')} className="pdz-lang d-flex gap-1">
      {locales.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={`pdz-lang-button${l === locale ? ' is-active' : ''}`}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
