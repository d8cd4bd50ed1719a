import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  classificationLimits,
  extendClassification,
  listClassificationSchemes,
  planContracts,
} from '@pdz/core';
import { call } from '../../api/client';
import { errorMessageKey, isMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useAnnounce } from '../../ui/Announcer';
import { serverFieldErrors, validate, type FieldErrors } from '../../ui/formErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrictAccess } from '../territory/queries';

const keys = {
  schemes: ['classification-schemes'] as const,
  scheme: (scheme: string) => ['classification', scheme] as const,
};

/** A scheme's name in words when the interface knows it, its code otherwise. */
function useSchemeName() {
  const { t } = useI18n();
  return (scheme: string) => {
    const key = `scheme.${scheme}`;
    return isMessageKey(key) ? t(key) : scheme;
  };
}

/** The shared catalogues, and for the Region and the administrators a form to extend them. */
export function ClassificationsPage() {
  const { districtId = '' } = useParams();
  const { t } = useI18n();
  const schemeName = useSchemeName();
  const access = useDistrictAccess(districtId);
  useDocumentTitle([t('classifications.title'), t('app.name')]);
  const schemes = useQuery({
    queryKey: keys.schemes,
    queryFn: () => call(listClassificationSchemes, {}),
  });
  const [scheme, setScheme] = useState('fundingSource');
  const items = useQuery({
    queryKey: keys.scheme(scheme),
    queryFn: () => call(planContracts.classification, { params: { scheme } }),
  });

  if (schemes.isPending) return <Loading label={t('app.loading')} />;
  if (schemes.isError) return <Alert kind="danger">{t(errorMessageKey(schemes.error))}</Alert>;

  return (
    <>
      <h1>{t('classifications.title')}</h1>
      <p>{t('classifications.intro')}</p>
      <div className="mb-3" style={{ maxWidth: '32rem' }}>
        <label htmlFor="scheme" className="form-label fw-semibold">
          {t('classifications.scheme')}
        </label>
        <select
          id="scheme"
          className="form-select"
          value={scheme}
          onChange={(e) => setScheme(e.target.value)}
        >
          {schemes.data.items.map((s) => (
            <option key={s.scheme} value={s.scheme}>
              {schemeName(s.scheme)} ({t('classifications.count', { count: s.count })})
            </option>
          ))}
        </select>
      </div>
      {items.isPending ? (
        <Loading label={t('app.loading')} />
      ) : items.isError ? (
        <Alert kind="danger">{t(errorMessageKey(items.error))}</Alert>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption>{t('classifications.caption', { scheme: schemeName(scheme) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classifications.col.code')}</th>
                <th scope="col">{t('classifications.col.labelIt')}</th>
                <th scope="col">{t('classifications.col.labelEn')}</th>
                <th scope="col">{t('classifications.col.edition')}</th>
              </tr>
            </thead>
            <tbody>
              {items.data.items.map((i) => (
                <tr key={i.code}>
                  <th scope="row">
                    <code>{i.code}</code>
                  </th>
                  <td>{i.labelIt}</td>
                  <td>{i.labelEn}</td>
                  <td>{i.edition}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {access.can('classification.extend') ? (
        <ExtendForm scheme={scheme} schemeName={schemeName(scheme)} />
      ) : (
        <p className="small">{t('classifications.readOnly')}</p>
      )}
    </>
  );
}

function ExtendForm({ scheme, schemeName }: { scheme: string; schemeName: string }) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const empty = { code: '', labelIt: '', labelEn: '', edition: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof empty) => (value: string) =>
    setValues((v) => ({ ...v, [field]: field === 'code' ? value.toUpperCase() : value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const labels = {
      code: t('classifications.field.code'),
      labelIt: t('classifications.field.labelIt'),
      labelEn: t('classifications.field.labelEn'),
      edition: t('classifications.field.edition'),
    };
    const checked = validate(extendClassification.body!, values, t, labels, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure('validation.summary');
      return;
    }
    setBusy(true);
    setFailure(null);
    setErrors({});
    try {
      const item = await call(extendClassification, { params: { scheme }, body: checked.data });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.scheme(scheme) }),
        queryClient.invalidateQueries({ queryKey: keys.schemes }),
      ]);
      setValues(empty);
      announce(t('classifications.added', { code: item.code, scheme: schemeName }));
    } catch (error) {
      setFailure(errorMessageKey(error));
      setErrors(serverFieldErrors(error, t, labels, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="extend" className="pdz-edit-form p-3 mt-3">
      <h2 id="extend" className="h5">
        {t('classifications.add')}
      </h2>
      <p>{t('classifications.addIntro')}</p>
      {failure && <Alert kind="danger">{t(failure)}</Alert>}
      <div className="row">
        <div className="col-md-4">
          <TextField
            name="code"
            label={t('classifications.field.code')}
            value={values.code}
            onChange={set('code')}
            required
            maxLength={classificationLimits.code}
            error={errors.code}
          />
        </div>
        <div className="col-md-8">
          <TextField
            name="edition"
            label={t('classifications.field.edition')}
            value={values.edition}
            onChange={set('edition')}
            required
            maxLength={classificationLimits.edition}
            error={errors.edition}
          />
        </div>
      </div>
      <TextField
        name="labelIt"
        label={t('classifications.field.labelIt')}
        value={values.labelIt}
        onChange={set('labelIt')}
        required
        maxLength={classificationLimits.label}
        error={errors.labelIt}
      />
      <TextField
        name="labelEn"
        label={t('classifications.field.labelEn')}
        value={values.labelEn}
        onChange={set('labelEn')}
        required
        maxLength={classificationLimits.label}
        error={errors.labelEn}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('common.saving') : t('classifications.submit')}
      </button>
    </form>
  );
}
