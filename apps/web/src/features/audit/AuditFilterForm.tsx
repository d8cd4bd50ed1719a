import { useState, type FormEvent } from 'react';
import { auditEntityTypes, auditQuerySchema } from '@pdz/core';
import { useI18n } from '../../i18n';
import { SelectField, TextField } from '../../ui/Field';
import {
  serverFieldErrors,
  validate,
  type FieldErrors,
  type FieldLabels,
} from '../../ui/formErrors';
import { noAuditFilters, type AuditFilters } from './queries';

/**
 * Who, what and when: the filters of the activity log. Days are checked here with the same
 * rule the server applies; what the server still refuses shows under the field it names.
 */
export function AuditFilterForm(props: {
  value: AuditFilters;
  actors: { id: string; name: string }[];
  /** the answer that refused the filters last applied, if any */
  refusal: unknown;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(props.value);
  const [errors, setErrors] = useState<FieldErrors>({});
  const labels: FieldLabels = {
    actorId: t('audit.filter.actor'),
    entityType: t('audit.filter.entityType'),
    from: t('audit.filter.from'),
    to: t('audit.filter.to'),
  };
  const shown = { ...serverFieldErrors(props.refusal, t, labels, locale), ...errors };
  const set = (name: keyof AuditFilters) => (v: string) => setDraft((d) => ({ ...d, [name]: v }));

  function apply(filters: AuditFilters) {
    const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
    const checked = validate(auditQuerySchema, query, t, labels, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    props.onApply(filters);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    apply(draft);
  }

  const types = auditEntityTypes
    .map((type) => ({ value: type, label: t(`audit.entity.${type}`) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <form onSubmit={submit} noValidate className="mb-4">
      <fieldset>
        <legend className="h5">{t('audit.filters')}</legend>
        <div className="row">
          <div className="col-12 col-md-6 col-xl-3">
            <SelectField
              name="actorId"
              label={labels.actorId!}
              value={draft.actorId}
              onChange={set('actorId')}
              error={shown.actorId}
              options={[
                { value: '', label: t('audit.filter.actorAll') },
                ...props.actors.map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
          </div>
          <div className="col-12 col-md-6 col-xl-3">
            <SelectField
              name="entityType"
              label={labels.entityType!}
              value={draft.entityType}
              onChange={set('entityType')}
              error={shown.entityType}
              options={[{ value: '', label: t('audit.filter.entityTypeAll') }, ...types]}
            />
          </div>
          <div className="col-6 col-xl-3">
            <TextField
              name="from"
              type="date"
              label={labels.from!}
              value={draft.from}
              onChange={set('from')}
              error={shown.from}
            />
          </div>
          <div className="col-6 col-xl-3">
            <TextField
              name="to"
              type="date"
              label={labels.to!}
              value={draft.to}
              onChange={set('to')}
              error={shown.to}
              hint={t('audit.filter.daysHint')}
            />
          </div>
        </div>
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary">
            {t('audit.filter.submit')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary"
            onClick={() => {
              setDraft(noAuditFilters);
              apply(noAuditFilters);
            }}
          >
            {t('audit.filter.reset')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
