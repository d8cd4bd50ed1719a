import { useId } from 'react';
import { textLimits, type TargetGroup } from '@pdz/core';
import { useI18n } from '../../../../i18n';
import { FieldShell, TextInput } from '../controls';
import { useClassification } from '../queries';
import { TargetGroupsInput } from '../TargetGroupsInput';
import { TEXT_DELAY, type SheetField, type SheetRecord } from '../useSheetField';
import { useObjectiveField } from './fields';

/** Need and target groups: the need answered, who is reached, the LEPS concerned. */
export function NeedSection({ record }: { record: SheetRecord }) {
  const { t } = useI18n();
  const need = useObjectiveField<string>(record, 'need', t('sheet.field.need'), TEXT_DELAY);
  const targets = useObjectiveField<TargetGroup[]>(
    record,
    'targetGroups',
    t('sheet.field.targetGroups'),
    TEXT_DELAY,
  );
  const leps = useObjectiveField<string[]>(record, 'lepsCodes', t('sheet.field.leps'));
  return (
    <section aria-labelledby="sec-need">
      <h3 id="sec-need" className="h4">
        {t('sheet.section.need')}
      </h3>
      <TextInput
        label={t('sheet.field.need')}
        field={need}
        multiline
        rows={5}
        maxLength={textLimits.long}
      />
      <TargetGroupsInput field={targets} />
      <CodeChecklist label={t('sheet.field.leps')} field={leps} scheme="leps" />
    </section>
  );
}

/** A checkbox for each code of a catalogue; the value is the list of codes ticked. */
function CodeChecklist(props: { label: string; field: SheetField<string[]>; scheme: 'leps' }) {
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
