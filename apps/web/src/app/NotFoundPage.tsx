import { Link } from 'react-router';
import { useI18n } from '../i18n';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle([t('notFound.title'), t('app.name')]);
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
