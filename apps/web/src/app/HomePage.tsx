import { Link, Navigate } from 'react-router';
import { errorMessageKey, useI18n } from '../i18n';
import { Alert } from '../ui/Alert';
import { Loading } from '../ui/Loading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useMyDistricts } from '../features/territory/queries';

/** The landing page: straight to the district when the user has one, a choice otherwise. */
export function HomePage() {
  const { t } = useI18n();
  const districts = useMyDistricts();
  useDocumentTitle([t('home.title'), t('app.name')]);
  if (districts.isPending) return <Loading label={t('app.loading')} />;
  if (districts.isError) return <Alert kind="danger">{t(errorMessageKey(districts.error))}</Alert>;
  const items = districts.data.items;
  if (items.length === 1 && items[0]) return <Navigate to={`/districts/${items[0].id}`} replace />;
  return (
    <>
      <h1>{t('home.title')}</h1>
      {items.length === 0 ? (
        <p>{t('home.none')}</p>
      ) : (
        <ul>
          {items.map((d) => (
            <li key={d.id}>
              <Link to={`/districts/${d.id}`}>{d.name}</Link> ({d.region})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
