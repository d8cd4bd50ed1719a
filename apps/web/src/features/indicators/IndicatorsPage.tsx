import { Link, useParams } from 'react-router';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { usePlanTree } from '../plan/queries';
import { IndicatorList } from './IndicatorList';
import { objectiveTitle } from './IndicatorsSection';
import { usePlanIndicators } from './usePlanIndicators';
import type { PlanTree } from '@pdz/core';

/** Every indicator of the plan, by area → objective → action, with its targets per year. */
export function IndicatorsPage() {
  const { districtId = '', planId = '' } = useParams();
  const { t } = useI18n();
  const tree = usePlanTree(districtId, planId);
  useDocumentTitle([t('indicators.heading'), tree.data?.title, t('app.name')]);
  if (tree.isPending) return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  return <AllIndicators plan={tree.data} />;
}

function AllIndicators({ plan }: { plan: PlanTree }) {
  const { t } = useI18n();
  const { list, writes, years, editable } = usePlanIndicators(plan);
  const base = `/districts/${plan.districtId}/plans/${plan.id}`;
  const objectives = plan.areas.flatMap((a) => a.objectives);

  return (
    <section aria-labelledby="indicators-heading">
      <h2 id="indicators-heading" className="h3">
        {t('indicators.heading')}
      </h2>
      <p>{t('indicators.pageIntro')}</p>
      {list.isPending ? (
        <Loading label={t('app.loading')} />
      ) : list.isError ? (
        <Alert kind="danger">{t(errorMessageKey(list.error))}</Alert>
      ) : objectives.length === 0 ? (
        <p>{t('indicators.noneInPlan')}</p>
      ) : (
        plan.areas
          .filter((area) => area.objectives.length > 0)
          .map((area) => (
            <section key={area.id} aria-labelledby={`ind-area-${area.id}`} className="mb-4">
              <h3 id={`ind-area-${area.id}`} className="h4 border-bottom pb-1">
                {area.title}
              </h3>
              {area.objectives.map((o) => {
                const title = objectiveTitle(o);
                return (
                  <section key={o.id} aria-labelledby={`ind-obj-${o.id}`} className="ms-md-2 mb-3">
                    <h4 id={`ind-obj-${o.id}`} className="h5">
                      <Link
                        to={`${base}/objectives/${o.id}`}
                        aria-label={t('indicators.openObjective', { title })}
                      >
                        {title}
                      </Link>
                    </h4>
                    <IndicatorList
                      indicators={list.data.items.filter((i) => i.objectiveId === o.id)}
                      owner={{ objectiveId: o.id }}
                      ownerLabel={t('indicators.ofObjective', { title })}
                      years={years}
                      editable={editable}
                      writes={writes}
                    />
                    {o.actions.map((a) => (
                      <section
                        key={a.id}
                        aria-labelledby={`ind-act-${a.id}`}
                        className="ms-md-4 mb-2"
                      >
                        <h5 id={`ind-act-${a.id}`} className="h6">
                          <Link
                            to={`${base}/actions/${a.id}`}
                            aria-label={t('indicators.openAction', { title: a.title })}
                          >
                            {a.title}
                          </Link>
                        </h5>
                        <IndicatorList
                          indicators={list.data.items.filter((i) => i.actionId === a.id)}
                          owner={{ actionId: a.id }}
                          ownerLabel={t('indicators.ofAction', { title: a.title })}
                          years={years}
                          editable={editable}
                          writes={writes}
                        />
                      </section>
                    ))}
                  </section>
                );
              })}
            </section>
          ))
      )}
    </section>
  );
}
