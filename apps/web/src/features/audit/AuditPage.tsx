import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { errorMessageKey, useI18n } from '../../i18n';
import { isApiError } from '../../api/ApiError';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrict, useDistrictAccess } from '../territory/queries';
import { AuditEventItem } from './AuditEventItem';
import { AuditFilterForm } from './AuditFilterForm';
import type { Words } from './describe';
import { useAuditActors, useAuditEvents, type AuditFilters } from './queries';

const filterNames = ['actorId', 'entityType', 'from', 'to'] as const;

/**
 * The district's activity log, newest first: each event says in words who changed what, in which
 * item, from which value to which. Filters by person, type of item and days live in the address,
 * so a filtered log can be reloaded or shared.
 */
export function AuditPage() {
  const { districtId = '' } = useParams();
  const { t, locale } = useI18n();
  const [search, setSearch] = useSearchParams();
  const access = useDistrictAccess(districtId);
  const district = useDistrict(districtId);
  const actors = useAuditActors(districtId);
  useDocumentTitle([t('audit.title'), access.district?.name, t('app.name')]);

  const filters = Object.fromEntries(
    filterNames.map((n) => [n, search.get(n) ?? '']),
  ) as unknown as AuditFilters;
  const filtered = filterNames.some((n) => filters[n] !== '');
  const events = useAuditEvents(districtId, filters);

  const words = useMemo<Words>(() => {
    const names = new Map<string, string>();
    for (const o of district.data?.organizations ?? []) names.set(o.id, o.name);
    for (const m of district.data?.municipalities ?? []) names.set(m.id, m.name);
    return { t, locale, names };
  }, [district.data, t, locale]);

  function apply(next: AuditFilters) {
    setSearch(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')));
  }

  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const refused = isApiError(events.error) && events.error.code === 'VALIDATION_FAILED';
  const status = events.data
    ? `${t('audit.count', { count: items.length })}${events.hasNextPage ? '' : ` ${t('audit.end')}`}`
    : '';

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <AuditFilterForm
        key={search.toString()}
        value={filters}
        actors={actors.data?.items ?? []}
        refusal={refused ? events.error : null}
        onApply={apply}
      />
      {events.isPending && <Loading label={t('app.loading')} />}
      {events.isError && <Alert kind="danger">{t(errorMessageKey(events.error))}</Alert>}
      {events.data && items.length === 0 && (
        <p>{filtered ? t('audit.noneFiltered') : t('audit.none')}</p>
      )}
      {items.length > 0 && (
        <ol className="list-unstyled" aria-label={t('audit.listLabel')}>
          {items.map((e) => (
            <AuditEventItem key={e.id} event={e} words={words} />
          ))}
        </ol>
      )}
      <p role="status" className="small">
        {status}
      </p>
      {events.hasNextPage && (
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={() => void events.fetchNextPage()}
          disabled={events.isFetchingNextPage}
        >
          {events.isFetchingNextPage ? t('app.loading') : t('audit.loadMore')}
        </button>
      )}
    </>
  );
}
