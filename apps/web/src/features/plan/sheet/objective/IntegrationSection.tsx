import { useId } from 'react';
import { planTextLimits, type PolicyIntegration } from '@pdz/core';
import { useI18n } from '../../../../i18n';
import { CheckInput, FieldShell, TextInput } from '../controls';
import { useClassification } from '../queries';
import { TEXT_DELAY, type SheetField, type SheetRecord } from '../useSheetField';
import { useObjectiveField } from './fields';

/** Integration and governance: other policies, the health partner, co-programming and co-design. */
export function IntegrationSection({ record }: { record: SheetRecord }) {
  const { t } = useI18n();
  const policies = useObjectiveField<PolicyIntegration[]>(
    record,
    'policyIntegration',
    t('sheet.field.policyIntegration'),
    TEXT_DELAY,
  );
  const health = useObjectiveField<string>(
    record,
    'healthInvolvement',
    t('sheet.field.health'),
    TEXT_DELAY,
  );
  const coProgramming = useObjectiveField<boolean>(
    record,
    'coProgramming',
    t('sheet.field.coProgramming'),
  );
  const coDesign = useObjectiveField<boolean>(record, 'coDesign', t('sheet.field.coDesign'));
  return (
    <section aria-labelledby="sec-integration">
      <h3 id="sec-integration" className="h4">
        {t('sheet.section.integration')}
      </h3>
      <PolicyInput field={policies} />
      <TextInput
        label={t('sheet.field.health')}
        field={health}
        multiline
        maxLength={planTextLimits.healthInvolvement}
      />
      <fieldset className="mb-3">
        <legend className="form-label fw-semibold fs-6">{t('sheet.field.coHeading')}</legend>
        <CheckInput label={t('sheet.field.coProgramming')} field={coProgramming} />
        <CheckInput label={t('sheet.field.coDesign')} field={coDesign} />
      </fieldset>
    </section>
  );
}

/** A checkbox for each policy sector, with a note on how for each sector ticked. */
function PolicyInput({ field }: { field: SheetField<PolicyIntegration[]> }) {
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
                    maxLength={planTextLimits.policyNote}
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
