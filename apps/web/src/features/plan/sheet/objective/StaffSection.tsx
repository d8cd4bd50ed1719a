import { planTextLimits, type GradingRange, type StaffLine } from '@pdz/core';
import { useFormat, useI18n } from '../../../../i18n';
import { RowsInput } from '../controls';
import { useClassification } from '../queries';
import { RowNumberInput, RowSelect, RowTextInput } from '../rowInputs';
import { TEXT_DELAY, type SheetField, type SheetRecord } from '../useSheetField';
import { useObjectiveField } from './fields';

/** Staff and grading: the professionals dedicated and the ranges that grade the result. */
export function StaffSection({ record }: { record: SheetRecord }) {
  const { t } = useI18n();
  const staff = useObjectiveField<StaffLine[]>(record, 'staff', t('sheet.field.staff'), TEXT_DELAY);
  const grading = useObjectiveField<GradingRange[]>(
    record,
    'grading',
    t('sheet.field.grading'),
    TEXT_DELAY,
  );
  return (
    <section aria-labelledby="sec-resources">
      <h3 id="sec-resources" className="h4">
        {t('sheet.section.resources')}
      </h3>
      <StaffInput field={staff} />
      <GradingInput field={grading} />
    </section>
  );
}

function StaffInput({ field }: { field: SheetField<StaffLine[]> }) {
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
          <RowSelect
            label={t('sheet.field.profile')}
            error={error('profileCode')}
            grow
            value={row.profileCode}
            options={profiles.options}
            onChange={(profileCode) => update({ profileCode })}
          />
          <RowNumberInput
            label={t('sheet.field.fte')}
            error={error('fte')}
            min={0}
            step={0.01}
            value={row.fte}
            onChange={(v) => update({ fte: v === '' ? 0 : Number(v) })}
          />
        </>
      )}
    />
  );
}

function GradingInput({ field }: { field: SheetField<GradingRange[]> }) {
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
          <RowNumberInput
            label={t('sheet.field.from')}
            error={error('fromPercent')}
            min={0}
            max={100}
            value={row.fromPercent}
            onChange={(v) => update({ fromPercent: pct(v) })}
          />
          <RowNumberInput
            label={t('sheet.field.to')}
            error={error('toPercent')}
            min={0}
            max={100}
            value={row.toPercent}
            onChange={(v) => update({ toPercent: pct(v) })}
          />
          <RowTextInput
            label={t('sheet.field.gradeLabel')}
            error={error('label')}
            grow
            maxLength={planTextLimits.gradingLabel}
            value={row.label}
            onChange={(label) => update({ label })}
          />
        </>
      )}
    />
  );
}
