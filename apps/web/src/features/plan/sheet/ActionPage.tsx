import { useCallback, useId, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  isPlanEditable,
  planContracts,
  updateActionInput,
  workStatuses,
  type Action,
  type Milestone,
  type Organization,
  type Partner,
  type PlanTree,
  type TargetGroup,
} from '@pdz/core';
import { call } from '../../../api/client';
import { errorMessageKey, useFormat, useI18n } from '../../../i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useDistrict, useDistrictAccess } from '../../territory/queries';
import { IndicatorsSection } from '../indicators/IndicatorsSection';
import { usePlanTree, usePlanWrite } from '../queries';
import {
  Def,
  FieldShell,
  RowControl,
  RowsInput,
  SelectInput,
  TextInput,
  describedBy as describe,
} from './controls';
import { OrganizationForm } from './OrganizationForm';
import './sheet.css';
import { useClassification } from './queries';
import { TargetGroupsInput, targetGroupsText } from './TargetGroupsInput';
import { useSheetField, useSheetRecord, type Patch } from './useSheetField';

type Schema = NonNullable<NonNullable<Parameters<typeof useSheetField>[3]>['schema']>;
const schemaOf = (name: string) =>
  (updateActionInput.shape as unknown as Record<string, Schema>)[name];

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
      {/* indicators of this action (features/plan/indicators) */}
      <IndicatorsSection plan={plan} actionId={found.action.id} />
    </article>
  );
}

const TEXT_DELAY = 800;

function ActionEditor(props: {
  plan: PlanTree;
  action: Action;
  organizations: Organization[];
  canAddOrganization: boolean;
}) {
  const { plan, action, organizations } = props;
  const { t } = useI18n();
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
  const record = useSheetRecord(action, true, save);
  const f = <V,>(name: string, label: string, delay = 0) =>
    // eslint-disable-next-line react-hooks/rules-of-hooks -- called in a fixed order below
    useSheetField<V>(record, name, label, { delay, schema: schemaOf(name) });

  const title = f<string>('title', t('sheet.field.title'), TEXT_DELAY);
  const description = f<string>('description', t('sheet.field.description'), TEXT_DELAY);
  const objectiveId = f<string>('objectiveId', t('sheet.field.objective'));
  const lead = f<string | null>('leadOrganizationId', t('sheet.field.lead'));
  const partners = f<Partner[]>('partners', t('sheet.field.partners'), TEXT_DELAY);
  const startDate = f<string | null>('startDate', t('sheet.field.startDate'));
  const endDate = f<string | null>('endDate', t('sheet.field.endDate'));
  const milestones = f<Milestone[]>('milestones', t('sheet.field.milestones'), TEXT_DELAY);
  const targets = f<TargetGroup[]>('targetGroups', t('sheet.field.targetGroups'), TEXT_DELAY);
  const status = f<string>('status', t('sheet.field.status'));
  const milestonesId = useId();
  const orgOptions = organizations.map((o) => ({ value: o.id, label: o.name }));
  const orgName = (id: string | null) => organizations.find((o) => o.id === id)?.name ?? '';

  return (
    <div className="pdz-sheet">
      <p className="small">{t('sheet.autosave')}</p>
      <section aria-labelledby="act-detail">
        <h3 id="act-detail" className="h4">
          {t('sheet.section.detail')}
        </h3>
        <TextInput label={t('sheet.field.title')} field={title} maxLength={300} />
        <TextInput label={t('sheet.field.description')} field={description} multiline />
        <div className="row">
          <div className="col-md-8">
            <SelectInput
              label={t('sheet.field.objective')}
              field={objectiveId}
              options={plan.areas.flatMap((a) =>
                a.objectives.map((o) => ({
                  value: o.id,
                  label: `${a.title} › ${o.code ? `${o.code} ` : ''}${o.title}`,
                })),
              )}
            />
          </div>
          <div className="col-md-4">
            <SelectInput
              label={t('sheet.field.status')}
              field={status}
              options={workStatuses.map((s) => ({ value: s, label: t(`sheet.status.${s}`) }))}
            />
          </div>
        </div>
      </section>

      <section aria-labelledby="act-partners">
        <h3 id="act-partners" className="h4">
          {t('sheet.section.partners')}
        </h3>
        <SelectInput
          label={t('sheet.field.lead')}
          field={lead}
          options={orgOptions}
          empty={t('sheet.none')}
        />
        {props.canAddOrganization && (
          <OrganizationForm districtId={plan.districtId} onCreated={() => undefined} />
        )}
        <RowsInput<Partner>
          label={t('sheet.field.partners')}
          field={partners}
          addLabel={t('sheet.add.partner')}
          newRow={() => ({
            organizationId:
              organizations.find(
                (o) =>
                  o.id !== lead.value && !partners.value.some((p) => p.organizationId === o.id),
              )?.id ?? '',
            role: '',
          })}
          rowLabel={(row, i) =>
            `${t('sheet.row', { n: i + 1 })}: ${orgName(row.organizationId) || t('sheet.choose')}`
          }
          theirs={(rows) =>
            rows
              .map((r) => `${orgName(r.organizationId)}${r.role ? ` (${r.role})` : ''}`)
              .join('; ')
          }
          renderRow={(row, _i, update, error) => (
            <>
              <RowControl
                label={t('sheet.field.organization')}
                error={error('organizationId')}
                grow
              >
                {(id, d) => (
                  <select
                    id={id}
                    className="form-select form-select-sm"
                    value={row.organizationId}
                    aria-describedby={d}
                    aria-invalid={d ? true : undefined}
                    onChange={(e) => update({ organizationId: e.target.value })}
                  >
                    <option value="">{t('sheet.choose')}</option>
                    {orgOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
              </RowControl>
              <RowControl label={t('sheet.field.role')} error={error('role')} grow>
                {(id, d) => (
                  <input
                    id={id}
                    className="form-control form-control-sm"
                    value={row.role}
                    maxLength={300}
                    aria-describedby={d}
                    onChange={(e) => update({ role: e.target.value })}
                  />
                )}
              </RowControl>
            </>
          )}
        />
      </section>

      <section aria-labelledby="act-timing">
        <h3 id="act-timing" className="h4">
          {t('sheet.section.timing')}
        </h3>
        <div className="row">
          <div className="col-md-6">
            <DateInput label={t('sheet.field.startDate')} field={startDate} />
          </div>
          <div className="col-md-6">
            <DateInput label={t('sheet.field.endDate')} field={endDate} />
          </div>
        </div>
        <RowsInput<Milestone>
          label={t('sheet.field.milestones')}
          field={milestones}
          addLabel={t('sheet.add.milestone')}
          newRow={() => ({ title: '', dueDate: null, done: false })}
          rowLabel={(row, i) => `${t('sheet.row', { n: i + 1 })}: ${row.title}`}
          theirs={(rows) => rows.map((r) => r.title).join('; ')}
          renderRow={(row, _i, update, error) => (
            <>
              <RowControl label={t('sheet.field.milestoneTitle')} error={error('title')} grow>
                {(id, d) => (
                  <input
                    id={id}
                    className="form-control form-control-sm"
                    value={row.title}
                    maxLength={300}
                    aria-describedby={d}
                    aria-invalid={d ? true : undefined}
                    onChange={(e) => update({ title: e.target.value })}
                  />
                )}
              </RowControl>
              <RowControl label={t('sheet.field.dueDate')} error={error('dueDate')}>
                {(id, d) => (
                  <input
                    id={id}
                    type="date"
                    className="form-control form-control-sm"
                    value={row.dueDate ?? ''}
                    aria-describedby={d}
                    onChange={(e) => update({ dueDate: e.target.value || null })}
                  />
                )}
              </RowControl>
              <div className="form-check mb-1">
                <input
                  id={`${milestonesId}-${_i}-done`}
                  type="checkbox"
                  className="form-check-input"
                  checked={row.done}
                  onChange={(e) => update({ done: e.target.checked })}
                />
                <label className="form-check-label small" htmlFor={`${milestonesId}-${_i}-done`}>
                  {t('sheet.field.done')}
                </label>
              </div>
            </>
          )}
        />
        <TargetGroupsInput field={targets} />
      </section>
    </div>
  );
}

function DateInput(props: {
  label: string;
  field: ReturnType<typeof useSheetField<string | null>>;
}) {
  const { field } = props;
  return (
    <DateShell label={props.label} field={field}>
      {(id, describedBy) => (
        <input
          id={id}
          type="date"
          className={`form-control${field.errors[''] ? ' is-invalid' : ''}`}
          value={field.value ?? ''}
          aria-invalid={field.errors[''] ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => field.set(e.target.value || null)}
        />
      )}
    </DateShell>
  );
}

function DateShell(props: {
  label: string;
  field: ReturnType<typeof useSheetField<string | null>>;
  children: (id: string, describedBy: string) => ReactNode;
}) {
  const id = useId();
  const format = useFormat();
  return (
    <FieldShell
      id={id}
      label={props.label}
      field={props.field as never}
      theirs={(v) => (v ? format.date(v as string) : '')}
    >
      {props.children(id, describe(id, props.field as never))}
    </FieldShell>
  );
}

function ActionView(props: { plan: PlanTree; action: Action; organizations: Organization[] }) {
  const { action, organizations } = props;
  const { t } = useI18n();
  const { number, date } = useFormat();
  const areas = useClassification('istatUserArea');
  const none = t('common.none');
  const orgName = (id: string | null) => organizations.find((o) => o.id === id)?.name ?? none;
  return (
    <div className="pdz-sheet">
      <p className="small">{t('sheet.readOnly')}</p>
      <dl>
        <Def term={t('sheet.field.title')}>{action.title}</Def>
        <Def term={t('sheet.field.description')}>
          <span className="pdz-pre">{action.description || none}</span>
        </Def>
        <Def term={t('sheet.field.status')}>{t(`sheet.status.${action.status}`)}</Def>
        <Def term={t('sheet.field.lead')}>{orgName(action.leadOrganizationId)}</Def>
        <Def term={t('sheet.field.partners')}>
          {action.partners.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {action.partners.map((p) => (
                <li key={p.organizationId}>
                  {orgName(p.organizationId)}
                  {p.role && ` – ${p.role}`}
                </li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.startDate')}>
          {action.startDate ? date(action.startDate) : none}
        </Def>
        <Def term={t('sheet.field.endDate')}>{action.endDate ? date(action.endDate) : none}</Def>
        <Def term={t('sheet.field.milestones')}>
          {action.milestones.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {action.milestones.map((m, i) => (
                <li key={i}>
                  {m.title}
                  {m.dueDate && ` – ${date(m.dueDate)}`} · {t('sheet.field.done')}:{' '}
                  {m.done ? t('common.yes') : t('common.no')}
                </li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.targetGroups')}>
          {targetGroupsText(action.targetGroups, areas.label, number) || none}
        </Def>
      </dl>
    </div>
  );
}
