import { useId, type ReactNode } from 'react';
import { textLimits, type Milestone } from '@pdz/core';
import { useFormat, useI18n } from '../../../../i18n';
import { FieldShell, RowsInput, describedBy } from '../controls';
import { RowDateInput, RowTextInput } from '../rowInputs';
import { TEXT_DELAY, type SheetField, type SheetRecord } from '../useSheetField';
import { useActionField } from './fields';

/** Time and milestones: when the action starts and ends, and its steps; `children` follow. */
export function TimingSection({ record, children }: { record: SheetRecord; children?: ReactNode }) {
  const { t } = useI18n();
  const startDate = useActionField<string | null>(record, 'startDate', t('sheet.field.startDate'));
  const endDate = useActionField<string | null>(record, 'endDate', t('sheet.field.endDate'));
  const milestones = useActionField<Milestone[]>(
    record,
    'milestones',
    t('sheet.field.milestones'),
    TEXT_DELAY,
  );
  const milestonesId = useId();
  return (
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
        renderRow={(row, i, update, error) => (
          <>
            <RowTextInput
              label={t('sheet.field.milestoneTitle')}
              error={error('title')}
              grow
              maxLength={textLimits.title}
              value={row.title}
              onChange={(title) => update({ title })}
            />
            <RowDateInput
              label={t('sheet.field.dueDate')}
              error={error('dueDate')}
              value={row.dueDate}
              onChange={(dueDate) => update({ dueDate })}
            />
            <div className="form-check mb-1">
              <input
                id={`${milestonesId}-${i}-done`}
                type="checkbox"
                className="form-check-input"
                checked={row.done}
                onChange={(e) => update({ done: e.target.checked })}
              />
              <label className="form-check-label small" htmlFor={`${milestonesId}-${i}-done`}>
                {t('sheet.field.done')}
              </label>
            </div>
          </>
        )}
      />
      {children}
    </section>
  );
}

/** A date field of the action (yyyy-mm-dd, null when emptied). */
function DateInput(props: { label: string; field: SheetField<string | null> }) {
  const { field } = props;
  const id = useId();
  const format = useFormat();
  return (
    <FieldShell
      id={id}
      label={props.label}
      field={field as never}
      theirs={(v) => (v ? format.date(v as string) : '')}
    >
      <input
        id={id}
        type="date"
        className={`form-control${field.errors[''] ? ' is-invalid' : ''}`}
        value={field.value ?? ''}
        aria-invalid={field.errors[''] ? true : undefined}
        aria-describedby={describedBy(id, field as never)}
        onChange={(e) => field.set(e.target.value || null)}
      />
    </FieldShell>
  );
}
