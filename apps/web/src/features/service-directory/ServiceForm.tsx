import { useState, type FormEvent } from 'react';
import { serviceInput, serviceLimits, type Service } from '@pdz/core';
import { useI18n } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { validate, type FieldErrors } from '../../ui/formErrors';
import type { CodeOption } from './queries';
import { bodyOf, byField, serviceLabels, type ServiceFormValues } from './serviceFormValues';

export interface ServiceFormProps {
  initial: ServiceFormValues;
  providers: CodeOption[];
  municipalities: CodeOption[];
  codes: {
    userArea: CodeOption[];
    istatCategory: CodeOption[];
    cisisLevel: CodeOption[];
    facilityType: CodeOption[];
  };
  /** errors the server gave on the last save, by field */
  serverErrors: FieldErrors;
  busy: boolean;
  onSubmit: (body: ReturnType<typeof bodyOf>) => void;
  /** shown above the buttons (the conflict notice) */
  notice?: React.ReactNode;
}

function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: CodeOption[];
  value: string[];
  error?: string | undefined;
  onChange: (v: string[]) => void;
}) {
  return (
    <fieldset className="mb-3" aria-describedby={props.error ? `${props.name}-error` : undefined}>
      <legend className="form-label fw-semibold fs-6">{props.legend}</legend>
      <div className="d-flex flex-wrap gap-3">
        {props.options.map((o) => {
          const id = `${props.name}-${o.value}`;
          return (
            <div key={o.value} className="form-check m-0">
              <input
                id={id}
                type="checkbox"
                className="form-check-input"
                name={props.name}
                value={o.value}
                checked={props.value.includes(o.value)}
                onChange={(e) =>
                  props.onChange(
                    e.target.checked
                      ? [...props.value, o.value]
                      : props.value.filter((v) => v !== o.value),
                  )
                }
              />
              <label htmlFor={id} className="form-check-label">
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
      {props.error && (
        <div id={`${props.name}-error`} className="invalid-feedback d-block" role="alert">
          {props.error}
        </div>
      )}
    </fieldset>
  );
}

/** Every field of a service, grouped; errors shown on the field they concern. */
export function ServiceForm(props: ServiceFormProps) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = { ...props.serverErrors, ...clientErrors };
  const set = (k: keyof ServiceFormValues) => (v: string | string[]) =>
    setValues((prev) => ({ ...prev, [k]: v }));
  const label = (k: keyof ServiceFormValues) => t(`services.field.${k}`);
  const text = (
    k: Exclude<keyof ServiceFormValues, 'servedMunicipalityIds' | 'userAreaCodes'>,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      name={k}
      label={label(k)}
      value={values[k]}
      onChange={set(k)}
      error={errors[k]}
      {...extra}
    />
  );
  const select = (
    k: keyof ServiceFormValues,
    options: CodeOption[],
    empty: string,
    required = false,
  ) => (
    <SelectField
      name={k}
      label={label(k)}
      required={required}
      value={values[k] as string}
      onChange={set(k)}
      error={errors[k]}
      options={[...(empty ? [{ value: '', label: empty }] : []), ...options]}
    />
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = bodyOf(values);
    const checked = validate(serviceInput, body, t, serviceLabels(label), locale);
    if (!checked.ok) {
      setClientErrors(byField(checked.errors));
      return;
    }
    setClientErrors({});
    props.onSubmit(body);
  }

  const statuses = (['active', 'suspended', 'closed'] as const).map((s) => ({
    value: s,
    label: t(`services.status.${s}`),
  }));
  const auths = (['none', 'authorized', 'accredited', 'pending'] as const).map((s) => ({
    value: s,
    label: t(`services.auth.${s}`),
  }));
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form onSubmit={submit} noValidate>
      {hasErrors && (
        <div className="text-danger fw-semibold mb-3">
          <p className="mb-0">{t('validation.summary')}</p>
          {errors[''] && <p className="mb-0">{errors['']}</p>}
        </div>
      )}
      <fieldset className="mb-4">
        <legend className="h4">{t('services.section.what')}</legend>
        {text('name', { required: true, maxLength: serviceLimits.name })}
        <TextArea
          name="description"
          label={label('description')}
          value={values.description}
          onChange={set('description')}
          maxLength={serviceLimits.description}
          error={errors.description}
        />
        {select('providerId', props.providers, t('services.choose'), true)}
        {select('status', statuses, '')}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h4">{t('services.section.where')}</legend>
        {select('municipalityId', props.municipalities, t('services.none.municipalityId'))}
        <div className="row">
          <div className="col-md-8">{text('address', { maxLength: serviceLimits.address })}</div>
          <div className="col-md-4">
            {text('postalCode', { inputMode: 'numeric', maxLength: 5 })}
          </div>
        </div>
        <CheckboxGroup
          name="servedMunicipalityIds"
          legend={label('servedMunicipalityIds')}
          options={props.municipalities}
          value={values.servedMunicipalityIds}
          error={errors.servedMunicipalityIds}
          onChange={set('servedMunicipalityIds')}
        />
        <CheckboxGroup
          name="userAreaCodes"
          legend={label('userAreaCodes')}
          options={props.codes.userArea}
          value={values.userAreaCodes}
          error={errors.userAreaCodes}
          onChange={set('userAreaCodes')}
        />
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h4">{t('services.section.class')}</legend>
        {select(
          'istatCategoryCode',
          props.codes.istatCategory,
          t('services.none.istatCategoryCode'),
        )}
        {select('cisisLevelCode', props.codes.cisisLevel, t('services.none.cisisLevelCode'))}
        {select('facilityTypeCode', props.codes.facilityType, t('services.none.facilityTypeCode'))}
        {text('capacity', { inputMode: 'numeric', hint: t('services.hint.capacity') })}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h4">{t('services.section.access')}</legend>
        <div className="row">
          <div className="col-md-6">{select('authorization', auths, '')}</div>
          <div className="col-md-6">
            <div className="mb-3">
              <label htmlFor="service-authorizationDate" className="form-label fw-semibold">
                {label('authorizationDate')}
              </label>
              <input
                id="service-authorizationDate"
                name="authorizationDate"
                type="date"
                className={`form-control${errors.authorizationDate ? ' is-invalid' : ''}`}
                value={values.authorizationDate}
                onChange={(e) => set('authorizationDate')(e.target.value)}
                aria-invalid={errors.authorizationDate ? true : undefined}
                aria-describedby={
                  errors.authorizationDate ? 'service-authorizationDate-error' : undefined
                }
              />
              {errors.authorizationDate && (
                <div
                  id="service-authorizationDate-error"
                  className="invalid-feedback d-block"
                  role="alert"
                >
                  {errors.authorizationDate}
                </div>
              )}
            </div>
          </div>
        </div>
        <TextArea
          name="eligibility"
          label={label('eligibility')}
          value={values.eligibility}
          onChange={set('eligibility')}
          maxLength={serviceLimits.eligibility}
          error={errors.eligibility}
          rows={2}
        />
        <TextArea
          name="costs"
          label={label('costs')}
          value={values.costs}
          onChange={set('costs')}
          maxLength={serviceLimits.costs}
          error={errors.costs}
          rows={2}
        />
        <div className="row">
          <div className="col-md-4">
            {text('phone', { autoComplete: 'off', maxLength: serviceLimits.phone })}
          </div>
          <div className="col-md-4">
            {text('email', {
              type: 'email',
              inputMode: 'email',
              maxLength: serviceLimits.email,
            })}
          </div>
          <div className="col-md-4">
            {text('website', {
              hint: t('services.hint.website'),
              maxLength: serviceLimits.website,
            })}
          </div>
        </div>
        <TextArea
          name="openingHours"
          label={label('openingHours')}
          value={values.openingHours}
          onChange={set('openingHours')}
          maxLength={serviceLimits.openingHours}
          error={errors.openingHours}
          rows={2}
        />
      </fieldset>
      {props.notice}
      <button type="submit" className="btn btn-primary" disabled={props.busy}>
        {props.busy ? t('common.saving') : t('common.save')}
      </button>
    </form>
  );
}

export type { Service };
