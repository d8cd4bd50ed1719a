import { useCallback, useId } from 'react';
import { Link, useParams } from 'react-router';
import {
  isPlanEditable,
  objectiveKinds,
  planContracts,
  updateObjectiveInput,
  workStatuses,
  type GradingRange,
  type Objective,
  type ObjectiveNode,
  type PlanTree,
  type PolicyIntegration,
  type StaffLine,
  type TargetGroup,
} from '@pdz/core';
import { call } from '../../../api/client';
import { errorMessageKey, useFormat, useI18n } from '../../../i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useDistrictAccess } from '../../territory/queries';
import { IndicatorsSection } from '../indicators/IndicatorsSection';
import { usePlanTree, usePlanWrite } from '../queries';
import {
  CheckInput,
  Def,
  FieldShell,
  RowControl,
  RowsInput,
  SelectInput,
  TextInput,
} from './controls';
import { useClassification } from './queries';
import { TargetGroupsInput, targetGroupsText } from './TargetGroupsInput';
import './sheet.css';
import { useSheetField, useSheetRecord, type Patch, type SheetRecord } from './useSheetField';

type Schema = Parameters<typeof useSheetField>[3] extends infer O
  ? O extends { schema?: infer S }
    ? S
    : never
  : never;
const schemaOf = (name: string) =>
  (updateObjectiveInput.shape as unknown as Record<string, Schema>)[name];

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
      <ObjectiveActions plan={plan} objective={found.objective} />
      {/* indicators of this objective (features/plan/indicators) */}
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

const TEXT_DELAY = 800;

function ObjectiveEditor({ plan, objective }: { plan: PlanTree; objective: Objective }) {
  const { t } = useI18n();
  const record = useObjectiveRecord(plan, objective, true);
  const macro = useClassification('regionalMacroArea');
  const f = <V,>(name: string, label: string, delay = 0) =>
    // eslint-disable-next-line react-hooks/rules-of-hooks -- called in a fixed order below
    useSheetField<V>(record, name, label, { delay, schema: schemaOf(name) });

  const code = f<string>('code', t('sheet.field.code'), TEXT_DELAY);
  const title = f<string>('title', t('sheet.field.title'), TEXT_DELAY);
  const description = f<string>('description', t('sheet.field.description'), TEXT_DELAY);
  const areaId = f<string>('areaId', t('sheet.field.area'));
  const macroArea = f<string | null>('macroAreaCode', t('sheet.field.macroArea'));
  const kind = f<string>('kind', t('sheet.field.kind'));
  const shared = f<boolean>('sharedWithOtherDistricts', t('sheet.field.shared'));
  const need = f<string>('need', t('sheet.field.need'), TEXT_DELAY);
  const targets = f<TargetGroup[]>('targetGroups', t('sheet.field.targetGroups'), TEXT_DELAY);
  const leps = f<string[]>('lepsCodes', t('sheet.field.leps'));
  const policies = f<PolicyIntegration[]>(
    'policyIntegration',
    t('sheet.field.policyIntegration'),
    TEXT_DELAY,
  );
  const health = f<string>('healthInvolvement', t('sheet.field.health'), TEXT_DELAY);
  const coProgramming = f<boolean>('coProgramming', t('sheet.field.coProgramming'));
  const coDesign = f<boolean>('coDesign', t('sheet.field.coDesign'));
  const staff = f<StaffLine[]>('staff', t('sheet.field.staff'), TEXT_DELAY);
  const grading = f<GradingRange[]>('grading', t('sheet.field.grading'), TEXT_DELAY);
  const status = f<string>('status', t('sheet.field.status'));

  return (
    <div className="pdz-sheet">
      <p className="small">{t('sheet.autosave')}</p>
      <section aria-labelledby="sec-identity">
        <h3 id="sec-identity" className="h4">
          {t('sheet.section.identity')}
        </h3>
        <div className="row">
          <div className="col-md-3">
            <TextInput label={t('sheet.field.code')} field={code} maxLength={20} />
          </div>
          <div className="col-md-9">
            <TextInput label={t('sheet.field.title')} field={title} maxLength={300} />
          </div>
        </div>
        <TextInput label={t('sheet.field.description')} field={description} multiline />
        <div className="row">
          <div className="col-md-6">
            <SelectInput
              label={t('sheet.field.area')}
              field={areaId}
              options={plan.areas.map((a) => ({ value: a.id, label: a.title }))}
            />
          </div>
          <div className="col-md-6">
            <SelectInput
              label={t('sheet.field.macroArea')}
              field={macroArea}
              options={macro.options}
              empty={t('sheet.none')}
            />
          </div>
          <div className="col-md-6">
            <SelectInput
              label={t('sheet.field.kind')}
              field={kind}
              options={objectiveKinds.map((k) => ({ value: k, label: t(`sheet.kind.${k}`) }))}
            />
          </div>
          <div className="col-md-6">
            <SelectInput
              label={t('sheet.field.status')}
              field={status}
              options={workStatuses.map((s) => ({ value: s, label: t(`sheet.status.${s}`) }))}
            />
          </div>
        </div>
        <CheckInput label={t('sheet.field.shared')} field={shared} />
      </section>

      <section aria-labelledby="sec-need">
        <h3 id="sec-need" className="h4">
          {t('sheet.section.need')}
        </h3>
        <TextInput label={t('sheet.field.need')} field={need} multiline rows={5} />
        <TargetGroupsInput field={targets} />
        <CodeChecklist label={t('sheet.field.leps')} field={leps} scheme="leps" />
      </section>

      <section aria-labelledby="sec-integration">
        <h3 id="sec-integration" className="h4">
          {t('sheet.section.integration')}
        </h3>
        <PolicyInput field={policies} />
        <TextInput label={t('sheet.field.health')} field={health} multiline />
        <fieldset className="mb-3">
          <legend className="form-label fw-semibold fs-6">{t('sheet.field.coHeading')}</legend>
          <CheckInput label={t('sheet.field.coProgramming')} field={coProgramming} />
          <CheckInput label={t('sheet.field.coDesign')} field={coDesign} />
        </fieldset>
      </section>

      <section aria-labelledby="sec-resources">
        <h3 id="sec-resources" className="h4">
          {t('sheet.section.resources')}
        </h3>
        <StaffInput field={staff} />
        <GradingInput field={grading} />
      </section>
    </div>
  );
}

/** A checkbox for each code of a catalogue; the value is the list of codes ticked. */
function CodeChecklist(props: {
  label: string;
  field: ReturnType<typeof useSheetField<string[]>>;
  scheme: 'leps';
}) {
  const id = useId();
  const catalogue = useClassification(props.scheme);
  const { field } = props;
  const value = field.value ?? [];
  return (
    <FieldShell
      id={id}
      label={props.label}
      field={field as never}
      theirs={(v) => (v as string[]).map(catalogue.label).join('; ')}
      group
    >
      {catalogue.options.map((o) => (
        <div className="form-check" key={o.value}>
          <input
            id={`${id}-${o.value}`}
            type="checkbox"
            className="form-check-input"
            checked={value.includes(o.value)}
            onChange={(e) =>
              field.set(e.target.checked ? [...value, o.value] : value.filter((c) => c !== o.value))
            }
          />
          <label className="form-check-label" htmlFor={`${id}-${o.value}`}>
            {o.label}
          </label>
        </div>
      ))}
    </FieldShell>
  );
}

function PolicyInput({ field }: { field: ReturnType<typeof useSheetField<PolicyIntegration[]>> }) {
  const id = useId();
  const { t } = useI18n();
  const sectors = useClassification('policySector');
  const value = field.value ?? [];
  return (
    <FieldShell
      id={id}
      label={t('sheet.field.policyIntegration')}
      field={field as never}
      theirs={(v) =>
        (v as PolicyIntegration[])
          .map((p) => `${sectors.label(p.sectorCode)}${p.note ? `: ${p.note}` : ''}`)
          .join('; ')
      }
      group
    >
      <div onBlur={field.flush}>
        {sectors.options.map((o) => {
          const index = value.findIndex((p) => p.sectorCode === o.value);
          const entry = index >= 0 ? value[index] : undefined;
          return (
            <div key={o.value} className="d-flex flex-wrap align-items-center gap-2 mb-1">
              <div className="form-check mb-0 pdz-policy-check">
                <input
                  id={`${id}-${o.value}`}
                  type="checkbox"
                  className="form-check-input"
                  checked={!!entry}
                  onChange={(e) =>
                    field.set(
                      e.target.checked
                        ? [...value, { sectorCode: o.value, note: '' }]
                        : value.filter((p) => p.sectorCode !== o.value),
                    )
                  }
                />
                <label className="form-check-label" htmlFor={`${id}-${o.value}`}>
                  {o.label}
                </label>
              </div>
              {entry && (
                <div className="flex-grow-1">
                  <label className="visually-hidden" htmlFor={`${id}-${o.value}-note`}>
                    {t('sheet.field.policyNote', { sector: o.label })}
                  </label>
                  <input
                    id={`${id}-${o.value}-note`}
                    className={`form-control form-control-sm${field.errors[`${index}.note`] ? ' is-invalid' : ''}`}
                    value={entry.note}
                    maxLength={2000}
                    placeholder={t('sheet.field.policyNote', { sector: o.label })}
                    onChange={(e) =>
                      field.set(
                        value.map((p, j) => (j === index ? { ...p, note: e.target.value } : p)),
                      )
                    }
                  />
                </div>
              )}
            </div>
          );
        })}
      </div>
    </FieldShell>
  );
}

function StaffInput({ field }: { field: ReturnType<typeof useSheetField<StaffLine[]>> }) {
  const { t } = useI18n();
  const { number } = useFormat();
  const profiles = useClassification('staffProfile');
  return (
    <RowsInput<StaffLine>
      label={t('sheet.field.staff')}
      field={field}
      addLabel={t('sheet.add.staff')}
      newRow={() => ({
        profileCode:
          profiles.options.find((o) => !field.value.some((s) => s.profileCode === o.value))
            ?.value ?? '',
        fte: 1,
      })}
      rowLabel={(row, i) =>
        `${t('sheet.row', { n: i + 1 })}: ${profiles.label(row.profileCode) || t('sheet.choose')}`
      }
      theirs={(rows) =>
        rows.map((r) => `${profiles.label(r.profileCode)} ${number(r.fte)}`).join('; ')
      }
      renderRow={(row, _i, update, error) => (
        <>
          <RowControl label={t('sheet.field.profile')} error={error('profileCode')} grow>
            {(id, describedBy) => (
              <select
                id={id}
                className="form-select form-select-sm"
                value={row.profileCode}
                aria-describedby={describedBy}
                aria-invalid={describedBy ? true : undefined}
                onChange={(e) => update({ profileCode: e.target.value })}
              >
                <option value="">{t('sheet.choose')}</option>
                {profiles.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </RowControl>
          <RowControl label={t('sheet.field.fte')} error={error('fte')}>
            {(id, describedBy) => (
              <input
                id={id}
                type="number"
                min={0}
                step={0.01}
                className="form-control form-control-sm pdz-num"
                value={row.fte}
                aria-describedby={describedBy}
                aria-invalid={describedBy ? true : undefined}
                onChange={(e) =>
                  update({ fte: e.target.value === '' ? 0 : Number(e.target.value) })
                }
              />
            )}
          </RowControl>
        </>
      )}
    />
  );
}

function GradingInput({ field }: { field: ReturnType<typeof useSheetField<GradingRange[]>> }) {
  const { t } = useI18n();
  const pct = (v: string) => (v === '' ? 0 : Math.round(Number(v)));
  return (
    <RowsInput<GradingRange>
      label={t('sheet.field.grading')}
      field={field}
      addLabel={t('sheet.add.grading')}
      newRow={() => ({ fromPercent: 0, toPercent: 100, label: '' })}
      rowLabel={(row, i) => `${t('sheet.row', { n: i + 1 })}: ${row.label}`}
      theirs={(rows) => rows.map((r) => `${r.fromPercent}–${r.toPercent}% ${r.label}`).join('; ')}
      renderRow={(row, _i, update, error) => (
        <>
          <RowControl label={t('sheet.field.from')} error={error('fromPercent')}>
            {(id, d) => (
              <input
                id={id}
                type="number"
                min={0}
                max={1000}
                className="form-control form-control-sm pdz-num"
                value={row.fromPercent}
                aria-describedby={d}
                onChange={(e) => update({ fromPercent: pct(e.target.value) })}
              />
            )}
          </RowControl>
          <RowControl label={t('sheet.field.to')} error={error('toPercent')}>
            {(id, d) => (
              <input
                id={id}
                type="number"
                min={0}
                max={1000}
                className="form-control form-control-sm pdz-num"
                value={row.toPercent}
                aria-describedby={d}
                aria-invalid={d ? true : undefined}
                onChange={(e) => update({ toPercent: pct(e.target.value) })}
              />
            )}
          </RowControl>
          <RowControl label={t('sheet.field.gradeLabel')} error={error('label')} grow>
            {(id, d) => (
              <input
                id={id}
                className="form-control form-control-sm"
                value={row.label}
                maxLength={120}
                aria-describedby={d}
                aria-invalid={d ? true : undefined}
                onChange={(e) => update({ label: e.target.value })}
              />
            )}
          </RowControl>
        </>
      )}
    />
  );
}

/** The sheet as a definition list, for readers and for phases that allow no change. */
function ObjectiveView({ plan, objective }: { plan: PlanTree; objective: Objective }) {
  const { t } = useI18n();
  const { number } = useFormat();
  const macro = useClassification('regionalMacroArea');
  const areas = useClassification('istatUserArea');
  const leps = useClassification('leps');
  const sectors = useClassification('policySector');
  const profiles = useClassification('staffProfile');
  const none = t('common.none');
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return (
    <div className="pdz-sheet">
      <p className="small">{t('sheet.readOnly')}</p>
      <dl>
        <Def term={t('sheet.field.code')}>{objective.code || none}</Def>
        <Def term={t('sheet.field.title')}>{objective.title}</Def>
        <Def term={t('sheet.field.description')}>
          <span className="pdz-pre">{objective.description || none}</span>
        </Def>
        <Def term={t('sheet.field.area')}>
          {plan.areas.find((a) => a.id === objective.areaId)?.title ?? none}
        </Def>
        <Def term={t('sheet.field.macroArea')}>{macro.label(objective.macroAreaCode) || none}</Def>
        <Def term={t('sheet.field.kind')}>{t(`sheet.kind.${objective.kind}`)}</Def>
        <Def term={t('sheet.field.shared')}>{yesNo(objective.sharedWithOtherDistricts)}</Def>
        <Def term={t('sheet.field.status')}>{t(`sheet.status.${objective.status}`)}</Def>
        <Def term={t('sheet.field.need')}>
          <span className="pdz-pre">{objective.need || none}</span>
        </Def>
        <Def term={t('sheet.field.targetGroups')}>
          {targetGroupsText(objective.targetGroups, areas.label, number) || none}
        </Def>
        <Def term={t('sheet.field.leps')}>
          {objective.lepsCodes.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {objective.lepsCodes.map((c) => (
                <li key={c}>{leps.label(c)}</li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.policyIntegration')}>
          {objective.policyIntegration.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {objective.policyIntegration.map((p) => (
                <li key={p.sectorCode}>
                  {sectors.label(p.sectorCode)}
                  {p.note && `: ${p.note}`}
                </li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.health')}>
          <span className="pdz-pre">{objective.healthInvolvement || none}</span>
        </Def>
        <Def term={t('sheet.field.coProgramming')}>{yesNo(objective.coProgramming)}</Def>
        <Def term={t('sheet.field.coDesign')}>{yesNo(objective.coDesign)}</Def>
        <Def term={t('sheet.field.staff')}>
          {objective.staff.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {objective.staff.map((s) => (
                <li key={s.profileCode}>
                  {profiles.label(s.profileCode)}: {number(s.fte)}{' '}
                  {t('sheet.field.fte').toLowerCase()}
                </li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.grading')}>
          <ul className="mb-0">
            {objective.grading.map((g, i) => (
              <li key={i}>
                {g.fromPercent}–{g.toPercent} %: {g.label}
              </li>
            ))}
          </ul>
        </Def>
      </dl>
    </div>
  );
}

export type { SheetRecord };
