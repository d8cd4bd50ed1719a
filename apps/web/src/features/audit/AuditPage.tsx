import { Fragment, useState } from 'react';
import { useParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { listAuditEvents, type AuditEvent } from '@pdz/core';
import { call } from '../../api/client';
import { errorMessageKey, isMessageKey, useFormat, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrictAccess } from '../territory/queries';

const pageSize = 50;

function json(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

/** The district's audit trail, newest first, fetched a page at a time. */
export function AuditPage() {
  const { districtId = '' } = useParams();
  const { t } = useI18n();
  const format = useFormat();
  const access = useDistrictAccess(districtId);
  const [open, setOpen] = useState<Set<string>>(new Set());
  useDocumentTitle([t('audit.title'), access.district?.name, t('app.name')]);

  const events = useInfiniteQuery({
    queryKey: ['audit', districtId],
    queryFn: ({ pageParam }) =>
      call(listAuditEvents, {
        params: { districtId },
        query: { limit: pageSize, ...(pageParam ? { before: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

  function toggle(id: string) {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  /** Known actions in words; an action this version does not know yet shows its code. */
  function actionLabel(action: string): string {
    const key = `auditAction.${action}`;
    return isMessageKey(key) ? t(key) : action;
  }

  function entityLabel(e: AuditEvent): string {
    const key = `entity.${e.entityType}`;
    return isMessageKey(key) ? t(key) : e.entityType;
  }

  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <h1>{t('audit.title')}</h1>
      {events.isPending && <Loading label={t('app.loading')} />}
      {events.isError && <Alert kind="danger">{t(errorMessageKey(events.error))}</Alert>}
      {events.data && items.length === 0 && <p>{t('audit.none')}</p>}
      {items.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm pdz-audit">
            <caption>{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.entity')}</th>
                <th scope="col">{t('audit.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => {
                const expanded = open.has(e.id);
                return (
                  <Fragment key={e.id}>
                    <tr>
                      <td className="text-nowrap">
                        <time dateTime={e.at}>{format.dateTime(e.at)}</time>
                      </td>
                      <td>{e.actor?.name ?? t('audit.system')}</td>
                      <td>{actionLabel(e.action)}</td>
                      <td>{entityLabel(e)}</td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-link btn-sm p-0"
                          aria-expanded={expanded}
                          aria-controls={`audit-${e.id}`}
                          onClick={() => toggle(e.id)}
                        >
                          {expanded ? t('audit.hide') : t('audit.show')}{' '}
                          <span className="visually-hidden">
                            – {actionLabel(e.action)} {format.dateTime(e.at)}
                          </span>
                        </button>
                      </td>
                    </tr>
                    {expanded && (
                      <tr id={`audit-${e.id}`}>
                        <td colSpan={5}>
                          <div className="row">
                            <div className="col-md-6">
                              <p className="fw-semibold mb-1">{t('audit.before')}</p>
                              <pre className="pdz-json" tabIndex={0}>
                                {json(e.before)}
                              </pre>
                            </div>
                            <div className="col-md-6">
                              <p className="fw-semibold mb-1">{t('audit.after')}</p>
                              <pre className="pdz-json" tabIndex={0}>
                                {json(e.after)}
                              </pre>
                            </div>
                          </div>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {items.length > 0 && (
        <p role="status" className="small">
          {items.length === 1 ? t('audit.countOne') : t('audit.count', { count: items.length })}
          {!events.hasNextPage && ` ${t('audit.end')}`}
        </p>
      )}
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
