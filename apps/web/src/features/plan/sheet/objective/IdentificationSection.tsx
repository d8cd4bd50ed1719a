import { objectiveKinds, planTextLimits, textLimits, workStatuses, type PlanTree } from '@pdz/core';
import { useI18n } from '../../../../i18n';
import { CheckInput, SelectInput, TextInput } from '../controls';
import { useClassification } from '../queries';
import { TEXT_DELAY, type SheetRecord } from '../useSheetField';
import { useObjectiveField } from './fields';

/** Identification: code, title, description, area, regional macro-area, kind, status, sharing. */
export function IdentificationSection({ plan, record }: { plan: PlanTree; record: SheetRecord }) {
  const { t } = useI18n();
  const macro = useClassification('regionalMacroArea');
  const code = useObjectiveField<string>(record, 'code', t('sheet.field.code'), TEXT_DELAY);
  const title = useObjectiveField<string>(record, 'title', t('sheet.field.title'), TEXT_DELAY);
  const description = useObjectiveField<string>(
    record,
    'description',
    t('sheet.field.description'),
    TEXT_DELAY,
  );
  const areaId = useObjectiveField<string>(record, 'areaId', t('sheet.field.area'));
  const macroArea = useObjectiveField<string | null>(
    record,
    'macroAreaCode',
    t('sheet.field.macroArea'),
  );
  const kind = useObjectiveField<string>(record, 'kind', t('sheet.field.kind'));
  const shared = useObjectiveField<boolean>(
    record,
    'sharedWithOtherDistricts',
    t('sheet.field.shared'),
  );
  const status = useObjectiveField<string>(record, 'status', t('sheet.field.status'));

  return (
    <section aria-labelledby="sec-identity">
      <h3 id="sec-identity" className="h4">
        {t('sheet.section.identity')}
      </h3>
      <div className="row">
        <div className="col-md-3">
          <TextInput
            label={t('sheet.field.code')}
            field={code}
            maxLength={planTextLimits.objectiveCode}
          />
        </div>
        <div className="col-md-9">
          <TextInput label={t('sheet.field.title')} field={title} maxLength={textLimits.title} />
        </div>
      </div>
      <TextInput
        label={t('sheet.field.description')}
        field={description}
        multiline
        maxLength={textLimits.long}
      />
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
            empty={t('sheet.none.macroArea')}
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
  );
}
