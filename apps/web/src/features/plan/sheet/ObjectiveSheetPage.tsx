import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import {
  isPlanEditable,
  planContracts,
  type Objective,
  type ObjectiveNode,
  type PlanTree,
} from '@pdz/core';
import { call } from '../../../api/client';
import { errorMessageKey, useI18n } from '../../../i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useDistrictAccess } from '../../territory/queries';
import { IndicatorsSection } from '../../indicators';
import { ObjectiveNeeds } from '../../needs';
import { usePlanTree, usePlanWrite } from '../queries';
import { IdentificationSection } from './objective/IdentificationSection';
import { IntegrationSection } from './objective/IntegrationSection';
import { NeedSection } from './objective/NeedSection';
import { ObjectiveView } from './objective/ObjectiveView';
import { StaffSection } from './objective/StaffSection';
import './sheet.css';
import { useSheetRecord, type Patch, type SheetRecord } from './useSheetField';

export function findObjective(plan: PlanTree, id: string) {
  for (const area of plan.areas) {
    const objective = area.objectives.find((o) => o.id === id);
    if (objective) return { area, objective };
  }
  return undefined;
}

/** The objective sheet: every field, saved one by one; read-only when it cannot be changed. */
export function ObjectiveSheetPage() {
  const { districtId = '', planId = '', objectiveId = '' } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  const tree = usePlanTree(districtId, planId);
  const found = tree.data ? findObjective(tree.data, objectiveId) : undefined;
  useDocumentTitle([found?.objective.title, tree.data?.title, t('app.name')]);

  if (tree.isPending || access.isLoading) return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  if (!found) return <Alert kind="warning">{t('sheet.notFound')}</Alert>;
  const plan = tree.data;
  const editable = isPlanEditable(plan.phase) && access.can('plan.edit');

  return (
    <article aria-labelledby="sheet-heading">
      <p className="small text-uppercase mb-1">{t('sheet.objective.heading')}</p>
      <h2 id="sheet-heading" className="h3" tabIndex={-1}>
        {found.objective.code && <span className="pdz-code me-2">{found.objective.code}</span>}
        {found.objective.title}
      </h2>
      {editable ? (
        <ObjectiveEditor key={found.objective.id} plan={plan} objective={found.objective} />
      ) : (
        <ObjectiveView plan={plan} objective={found.objective} />
      )}
      <ObjectiveNeeds
        districtId={plan.districtId}
        planId={plan.id}
        objectiveId={found.objective.id}
      />
      <ObjectiveActions plan={plan} objective={found.objective} />
      {/* indicators of this objective (features/indicators) */}
      <IndicatorsSection plan={plan} objectiveId={found.objective.id} />
    </article>
  );
}

function ObjectiveActions({ plan, objective }: { plan: PlanTree; objective: ObjectiveNode }) {
  const { t } = useI18n();
  const base = `/districts/${plan.districtId}/plans/${plan.id}`;
  const actions = [...objective.actions].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="sheet-actions" className="mt-4">
      <h3 id="sheet-actions" className="h4">
        {t('sheet.section.actions')}
      </h3>
      {actions.length === 0 ? (
        <p className="small">{t('objective.noActions')}</p>
      ) : (
        <ul>
          {actions.map((a) => (
            <li key={a.id}>
              <Link to={`${base}/actions/${a.id}`}>{a.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function useObjectiveRecord(plan: PlanTree, objective: Objective, editable: boolean) {
  const write = usePlanWrite(plan.districtId, plan.id);
  const save = useCallback(
    (body: Patch & { version: number }) =>
      write(() =>
        call(planContracts.updateObjective, {
          params: { districtId: plan.districtId, planId: plan.id, objectiveId: objective.id },
          body: body as never,
        }),
      ),
    [write, plan.districtId, plan.id, objective.id],
  );
  return useSheetRecord(objective, editable, save);
}

/** The editable sheet: one section per use case, every field saved on its own. */
function ObjectiveEditor({ plan, objective }: { plan: PlanTree; objective: Objective }) {
  const { t } = useI18n();
  const record = useObjectiveRecord(plan, objective, true);
  return (
    <div className="pdz-sheet">
      <p className="small">{t('sheet.autosave')}</p>
      <IdentificationSection plan={plan} record={record} />
      <NeedSection record={record} />
      <IntegrationSection record={record} />
      <StaffSection record={record} />
    </div>
  );
}

export type { SheetRecord };
