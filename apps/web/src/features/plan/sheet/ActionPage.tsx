import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import {
  isPlanEditable,
  planContracts,
  type Action,
  type Organization,
  type PlanTree,
  type TargetGroup,
} from '@pdz/core';
import { call } from '../../../api/client';
import { errorMessageKey, useI18n } from '../../../i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useDistrict, useDistrictAccess } from '../../territory/queries';
import { IndicatorsSection } from '../../indicators';
import { usePlanTree, usePlanWrite } from '../queries';
import { ActionView } from './action/ActionView';
import { DetailSection } from './action/DetailSection';
import { useActionField } from './action/fields';
import { PartnersSection } from './action/PartnersSection';
import { TimingSection } from './action/TimingSection';
import './sheet.css';
import { TargetGroupsInput } from './TargetGroupsInput';
import { TEXT_DELAY, useSheetRecord, type Patch, type SheetRecord } from './useSheetField';

export function findAction(plan: PlanTree, id: string) {
  for (const area of plan.areas)
    for (const objective of area.objectives) {
      const action = objective.actions.find((a) => a.id === id);
      if (action) return { area, objective, action };
    }
  return undefined;
}

/** One action: its detail, saved field by field; read-only when it cannot be changed. */
export function ActionPage() {
  const { districtId = '', planId = '', actionId = '' } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  const district = useDistrict(districtId);
  const tree = usePlanTree(districtId, planId);
  const found = tree.data ? findAction(tree.data, actionId) : undefined;
  useDocumentTitle([found?.action.title, tree.data?.title, t('app.name')]);

  if (tree.isPending || access.isLoading) return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  if (!found) return <Alert kind="warning">{t('sheet.notFound')}</Alert>;
  const plan = tree.data;
  const editable = isPlanEditable(plan.phase) && access.can('plan.edit');
  const organizations = district.data?.organizations ?? [];
  const base = `/districts/${districtId}/plans/${planId}`;

  return (
    <article aria-labelledby="action-heading">
      <p className="small text-uppercase mb-1">{t('sheet.action.heading')}</p>
      <h2 id="action-heading" className="h3" tabIndex={-1}>
        {found.action.title}
      </h2>
      <p>
        {t('sheet.field.objective')}:{' '}
        <Link to={`${base}/objectives/${found.objective.id}`}>
          {found.objective.code && `${found.objective.code} – `}
          {found.objective.title}
        </Link>
      </p>
      {editable ? (
        <ActionEditor
          key={found.action.id}
          plan={plan}
          action={found.action}
          organizations={organizations}
          canAddOrganization={access.can('organization.create')}
        />
      ) : (
        <ActionView plan={plan} action={found.action} organizations={organizations} />
      )}
      {/* indicators of this action (features/indicators) */}
      <IndicatorsSection plan={plan} actionId={found.action.id} />
    </article>
  );
}

function useActionRecord(plan: PlanTree, action: Action) {
  const write = usePlanWrite(plan.districtId, plan.id);
  const save = useCallback(
    (body: Patch & { version: number }) =>
      write(() =>
        call(planContracts.updateAction, {
          params: { districtId: plan.districtId, planId: plan.id, actionId: action.id },
          body: body as never,
        }),
      ),
    [write, plan.districtId, plan.id, action.id],
  );
  return useSheetRecord(action, true, save);
}

/** The editable action: one section per use case, every field saved on its own. */
function ActionEditor(props: {
  plan: PlanTree;
  action: Action;
  organizations: Organization[];
  canAddOrganization: boolean;
}) {
  const { plan } = props;
  const { t } = useI18n();
  const record = useActionRecord(plan, props.action);
  return (
    <div className="pdz-sheet">
      <p className="small">{t('sheet.autosave')}</p>
      <DetailSection plan={plan} record={record} />
      <PartnersSection
        districtId={plan.districtId}
        record={record}
        organizations={props.organizations}
        canAddOrganization={props.canAddOrganization}
      />
      <TimingSection record={record}>
        {/* the target groups close the time section, as they always have */}
        <ActionTargetGroups record={record} />
      </TimingSection>
    </div>
  );
}

/** Target groups: who the action reaches. */
function ActionTargetGroups({ record }: { record: SheetRecord }) {
  const { t } = useI18n();
  const targets = useActionField<TargetGroup[]>(
    record,
    'targetGroups',
    t('sheet.field.targetGroups'),
    TEXT_DELAY,
  );
  return <TargetGroupsInput field={targets} />;
}
