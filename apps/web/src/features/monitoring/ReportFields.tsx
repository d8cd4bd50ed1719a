import { useId } from 'react';
import { textLimits, workStatuses } from '@pdz/core';
import { useFormat, useI18n } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import type { FieldErrors } from '../../ui/formErrors';
import type { ReportFrameData } from './queries';
import { isWorkStatus, type ReportValues } from './reportValues';

export interface FieldsProps {
  frame: ReportFrameData;
  values: ReportValues;
  errors: FieldErrors;
  onChange: (update: (values: ReportValues) => ReportValues) => void;
  userAreaLabel: (code: string) => string;
}

function GroupError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <div id={id} className="invalid-feedback d-block mb-2" role="alert">
      {message}
    </div>
  );
}

/** How far the work went: its status, a percent and notes. */
export function ProgressFields({ values, errors, onChange }: FieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('monitoring.report.progressLegend')}</legend>
      <div className="row">
        <div className="col-md-6">
          <SelectField
            name="progress"
            label={t('monitoring.report.progress')}
            value={values.progress}
            error={errors.progress}
            onChange={(v) => onChange((x) => ({ ...x, progress: isWorkStatus(v) ? v : '' }))}
            options={[
              { value: '', label: t('monitoring.report.progressNone') },
              ...workStatuses.map((s) => ({ value: s, label: t(`sheet.status.${s}`) })),
            ]}
          />
        </div>
        <div className="col-md-6">
          <TextField
            name="progressPercent"
            label={t('monitoring.report.percent')}
            hint={t('monitoring.report.percentHint')}
            inputMode="numeric"
            value={values.progressPercent}
            error={errors.progressPercent}
            onChange={(v) => onChange((x) => ({ ...x, progressPercent: v }))}
          />
        </div>
      </div>
      <TextArea
        name="notes"
        label={t('monitoring.report.notes')}
        hint={t('monitoring.report.notesHint')}
        rows={4}
        maxLength={textLimits.long}
        value={values.notes}
        error={errors.notes}
        onChange={(v) => onChange((x) => ({ ...x, notes: v }))}
      />
    </fieldset>
  );
}

/** The action's milestones, one checkbox each. */
export function MilestoneFields({ frame, values, errors, onChange }: FieldsProps) {
  const { t } = useI18n();
  const format = useFormat();
  const id = useId();
  if (frame.milestones.length === 0) return null;
  const error = errors.milestonesReached;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('monitoring.report.milestones')}</legend>
      <GroupError id={`${id}-error`} message={error} />
      {frame.milestones.map((m, i) => (
        <div key={m.title} className="form-check mb-2">
          <input
            id={`${id}-${i}`}
            type="checkbox"
            className="form-check-input"
            checked={values.milestonesReached.includes(m.title)}
            onChange={(e) => {
              const on = e.target.checked;
              onChange((x) => ({
                ...x,
                milestonesReached: on
                  ? [...x.milestonesReached, m.title]
                  : x.milestonesReached.filter((title) => title !== m.title),
              }));
            }}
          />
          <label htmlFor={`${id}-${i}`} className="form-check-label">
            {m.title}
            {m.dueDate && (
              <span className="small text-muted">
                {' '}
                {t('monitoring.frame.milestoneDue', { date: format.date(m.dueDate) })}
              </span>
            )}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** People reached, one number per target group of the action. */
export function PeopleFields({ frame, values, errors, onChange, userAreaLabel }: FieldsProps) {
  const { t } = useI18n();
  const id = useId();
  if (frame.targetGroups.length === 0) return null;
  return (
    <fieldset aria-describedby={errors.peopleReached ? `${id}-error` : undefined}>
      <legend>{t('monitoring.report.people')}</legend>
      <GroupError id={`${id}-error`} message={errors.peopleReached} />
      <div className="row">
        {frame.targetGroups.map((g) => {
          const key = `people.${g.userAreaCode}`;
          return (
            <div key={g.userAreaCode} className="col-md-6">
              <TextField
                name={key}
                label={t('monitoring.report.peopleOf', { group: userAreaLabel(g.userAreaCode) })}
                hint={
                  g.expected === null
                    ? undefined
                    : t('monitoring.report.peopleExpected', { count: g.expected })
                }
                inputMode="numeric"
                value={values.people[g.userAreaCode] ?? ''}
                error={errors[key]}
                onChange={(v) =>
                  onChange((x) => ({ ...x, people: { ...x.people, [g.userAreaCode]: v } }))
                }
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
