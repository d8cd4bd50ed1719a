import { useI18n } from '../../../i18n';

/** Placeholder until this section is built. */
export function CoherencePage() {
  const { t } = useI18n();
  return <p>{t('app.loading')}</p>;
}
