import { textLimits, workStatuses, type PlanTree } from '@pdz/core';
import { useI18n } from '../../../../i18n';
import { SelectInput, TextInput } from '../controls';
import { TEXT_DELAY, type SheetRecord } from '../useSheetField';
import { useActionField } from './fields';

/** Detail: title, description, the objective it serves and its status. */
export function DetailSection({ plan, record }: { plan: PlanTree; record: SheetRecord }) {
  const { t } = useI18n();
  const title = useActionField<string>(record, 'title', t('sheet.field.title'), TEXT_DELAY);
  const description = useActionField<string>(
    record,
    'description',
    t('sheet.field.description'),
    TEXT_DELAY,
  );
  const objectiveId = useActionField<string>(record, 'objectiveId', t('sheet.field.objective'));
  const status = useActionField<string>(record, 'status', t('sheet.field.status'));
  return (
    <section aria-labelledby="act-detail">
      <h3 id="act-detail" className="h4">
        {t('sheet.section.detail')}
      </h3>
      <TextInput label={t('sheet.field.title')} field={title} maxLength={textLimits.title} />
      <TextInput
        label={t('sheet.field.description')}
        field={description}
        multiline
        maxLength={textLimits.long}
      />
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
  );
}
