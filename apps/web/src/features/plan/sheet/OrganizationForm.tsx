import { useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  createOrganization,
  organizationKinds,
  organizationTextLimits,
  textLimits,
  type Organization,
} from '@pdz/core';
import { call } from '../../../api/client';
import { errorMessageKey, useI18n } from '../../../i18n';
import { useAnnounce } from '../../../ui/Announcer';
import { districtKeys } from '../../territory/queries';
import { sheetMessage } from './useSheetField';
import { isApiError } from '../../../api/ApiError';

/** A small form to add an organization of the district (then usable as lead or partner). */
export function OrganizationForm(props: {
  districtId: string;
  onCreated: (organization: Organization) => void;
}) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Organization['kind']>('thirdSector');
  const [taxCode, setTaxCode] = useState('');
  const [registryNumber, setRegistryNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('validation.required', { field: t('sheet.org.name') }));
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await call(createOrganization, {
        params: { districtId: props.districtId },
        body: { name, kind, taxCode: taxCode || null, registryNumber: registryNumber || null },
      });
      await queryClient.invalidateQueries({ queryKey: districtKeys.one(props.districtId) });
      announce(t('sheet.org.created', { name: created.name }));
      setName('');
      setTaxCode('');
      setError(null);
      setOpen(false);
      props.onCreated(created);
      toggle.current?.focus();
    } catch (err) {
      const issue = isApiError(err) ? err.issues.find((i) => i.field === 'body.name') : undefined;
      setError(
        isApiError(err) && err.code === 'DUPLICATE'
          ? t('error.DUPLICATE')
          : issue
            ? sheetMessage(issue, t('sheet.org.name'), t, locale)
            : t(errorMessageKey(err)),
      );
      nameRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mb-3">
      <button
        ref={toggle}
        type="button"
        className="btn btn-link btn-sm px-0"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => {
          setOpen(!open);
          if (!open) setTimeout(() => nameRef.current?.focus(), 0);
        }}
      >
        {t('sheet.org.add')}
      </button>
      {open && (
        <form
          id={`${id}-form`}
          className="border rounded p-3 pdz-org-form"
          aria-labelledby={`${id}-title`}
          onSubmit={submit}
          noValidate
        >
          <p id={`${id}-title`} className="fw-semibold mb-2">
            {t('sheet.org.formTitle')}
          </p>
          <div className="row g-2">
            <div className="col-md-5">
              <label htmlFor={`${id}-name`} className="form-label small">
                {t('sheet.org.name')}
                <span aria-hidden="true" className="text-danger">
                  {' '}
                  *
                </span>
              </label>
              <input
                ref={nameRef}
                id={`${id}-name`}
                className={`form-control form-control-sm${error ? ' is-invalid' : ''}`}
                value={name}
                maxLength={textLimits.name}
                aria-required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              {error && (
                <div id={`${id}-error`} className="invalid-feedback d-block">
                  {error}
                </div>
              )}
            </div>
            <div className="col-md-4">
              <label htmlFor={`${id}-kind`} className="form-label small">
                {t('sheet.org.kind')}
              </label>
              <select
                id={`${id}-kind`}
                className="form-select form-select-sm"
                value={kind}
                onChange={(e) => setKind(e.target.value as Organization['kind'])}
              >
                {organizationKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`sheet.org.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="col-md-3">
              <label htmlFor={`${id}-tax`} className="form-label small">
                {t('sheet.org.taxCode')}
              </label>
              <input
                id={`${id}-tax`}
                className="form-control form-control-sm"
                value={taxCode}
                maxLength={organizationTextLimits.taxCode}
                onChange={(e) => setTaxCode(e.target.value)}
              />
            </div>
            <div className="col-md-5">
              <label htmlFor={`${id}-registry`} className="form-label small">
                {t('sheet.org.registryNumber')}
              </label>
              <input
                id={`${id}-registry`}
                className="form-control form-control-sm"
                value={registryNumber}
                maxLength={organizationTextLimits.registryNumber}
                onChange={(e) => setRegistryNumber(e.target.value)}
              />
            </div>
          </div>
          <div className="d-flex gap-2 mt-2">
            <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
              {busy ? t('common.saving') : t('common.add')}
            </button>
            <button
              type="button"
              className="btn btn-outline-secondary btn-sm"
              onClick={() => {
                setOpen(false);
                toggle.current?.focus();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
