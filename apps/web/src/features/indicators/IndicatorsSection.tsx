import type { PlanTree } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { IndicatorList, type IndicatorOwner } from './IndicatorList';
import { usePlanIndicators } from './usePlanIndicators';

/**
 * The indicators of one objective or one action of the plan, for its own page: a table with a
 * target per year and, for the plan office, add, edit and delete.
 */
export function IndicatorsSection({
  plan,
  objectiveId,
  actionId,
}: {
  plan: PlanTree;
  objectiveId?: string;
  actionId?: string;
}) {
  const { t } = useI18n();
  const { list, writes, years, editable } = usePlanIndicators(plan);
  const owner: IndicatorOwner | null = objectiveId
    ? { objectiveId }
    : actionId
      ? { actionId }
      : null;
  if (!owner) return null;
  const headingId = `indicators-${objectiveId ?? actionId}`;
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h2 id={headingId} className="h4">
        {t('indicators.heading')}
      </h2>
      {list.isPending ? (
        <Loading label={t('app.loading')} />
      ) : list.isError ? (
        <Alert kind="danger">{t(errorMessageKey(list.error))}</Alert>
      ) : (
        <IndicatorList
          indicators={list.data.items.filter((i) =>
            'objectiveId' in owner
              ? i.objectiveId === owner.objectiveId
              : i.actionId === owner.actionId,
          )}
          owner={owner}
          ownerLabel={ownerLabel(plan, owner, t)}
          years={years}
          editable={editable}
          writes={writes}
        />
      )}
    </section>
  );
}

export function ownerLabel(
  plan: PlanTree,
  owner: IndicatorOwner,
  t: ReturnType<typeof useI18n>['t'],
): string {
  for (const area of plan.areas) {
    for (const o of area.objectives) {
      if ('objectiveId' in owner && o.id === owner.objectiveId) {
        return t('indicators.ofObjective', { title: objectiveTitle(o) });
      }
      const a = o.actions.find((x) => 'actionId' in owner && x.id === owner.actionId);
      if (a) return t('indicators.ofAction', { title: a.title });
    }
  }
  return '';
}

export const objectiveTitle = (o: { code: string; title: string }) =>
  o.code ? `${o.code} «${o.title}»` : `«${o.title}»`;
