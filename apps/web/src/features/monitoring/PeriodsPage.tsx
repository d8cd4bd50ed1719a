import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { PlanTree, ReportingPeriod } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { usePlanTree } from '../plan/queries';
import { useDistrictAccess } from '../territory/queries';
import { NewPeriodForm } from './NewPeriodForm';
import { PeriodItem } from './PeriodItem';
import { useMonitoringWrites, usePeriods } from './queries';
import './monitoring.css';

/** The plan's reporting periods, newest first; the plan office opens, closes and reopens them. */
export function PeriodsPage() {
  const { districtId = '', planId = '' } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  const tree = usePlanTree(districtId, planId);
  useDocumentTitle([t('monitoring.heading'), tree.data?.title, t('app.name')]);

  if (tree.isPending || access.isLoading) return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  return <Periods plan={tree.data} manage={access.can('monitoring.manage')} />;
}

function Periods({ plan, manage }: { plan: PlanTree; manage: boolean }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const periods = usePeriods(plan.districtId, plan.id);
  const writes = useMonitoringWrites(plan.districtId, plan.id);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const base = `/districts/${plan.districtId}/plans/${plan.id}/monitoring`;
  const hasVersion = plan.latestApprovedVersion !== null;

  function onCreated(period: ReportingPeriod) {
    setAdding(false);
    setCreated(period.id);
    announce(t('monitoring.newPeriod.created', { label: period.label }));
  }

  return (
    <section aria-labelledby="monitoring-heading">
      <h2 id="monitoring-heading" className="h3">
        {t('monitoring.heading')}
      </h2>
      <p>{t('monitoring.intro')}</p>
      {!hasVersion && <Alert kind="info">{t('monitoring.noVersion')}</Alert>}
      {hasVersion && manage && !adding && (
        <button
          ref={addRef}
          type="button"
          className="btn btn-primary btn-sm mb-3"
          onClick={() => {
            setCreated(null);
            setAdding(true);
          }}
        >
          {t('monitoring.newPeriod.open')}
        </button>
      )}
      {adding && (
        <NewPeriodForm
          writes={writes}
          round={plan.period}
          others={periods.data?.items ?? []}
          onCreated={onCreated}
          onCancel={() => {
            setAdding(false);
            globalThis.setTimeout(() => addRef.current?.focus(), 0);
          }}
        />
      )}
      {periods.isPending ? (
        <Loading label={t('app.loading')} />
      ) : periods.isError ? (
        <Alert kind="danger">{t(errorMessageKey(periods.error))}</Alert>
      ) : periods.data.items.length === 0 ? (
        <p>{t('monitoring.noPeriods')}</p>
      ) : (
        <ul className="list-unstyled" aria-label={t('monitoring.periodsList')}>
          {periods.data.items.map((p) => (
            <li key={p.id}>
              <PeriodItem
                period={p}
                base={base}
                manage={manage}
                writes={writes}
                focus={created === p.id}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
