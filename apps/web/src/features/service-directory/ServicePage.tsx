import { Fragment, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { serviceContracts, type Service } from '@pdz/core';
import { call } from '../../api/client';
import { isApiError } from '../../api/ApiError';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Loading } from '../../ui/Loading';
import { serverFieldErrors, type FieldErrors } from '../../ui/formErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrict, useDistrictAccess } from '../territory/queries';
import { ServiceForm } from './ServiceForm';
import { labelOf, serviceKeys, useService, useServiceCodes, useServiceProviders } from './queries';
import { bodyOf, byField, emptyServiceValues, serviceLabels, valuesOf } from './serviceFormValues';

/** One service: the form for those who edit the directory, its facts for everyone else. */
export function ServicePage() {
  const { districtId = '', serviceId } = useParams();
  const isNew = !serviceId;
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const access = useDistrictAccess(districtId);
  const district = useDistrict(districtId);
  const providers = useServiceProviders(districtId);
  const codes = useServiceCodes();
  const service = useService(districtId, serviceId);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Service | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [formKey, setFormKey] = useState(0);
  const title = isNew ? t('services.newTitle') : (service.data?.name ?? t('services.editTitle'));
  useDocumentTitle([title, access.district?.name, t('app.name')]);

  const towns = (district.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name }));
  const back = `/districts/${districtId}/services`;

  async function save(body: ReturnType<typeof bodyOf>) {
    setBusy(true);
    setFailure(null);
    try {
      const saved = isNew
        ? await call(serviceContracts.create, { params: { districtId }, body })
        : await call(serviceContracts.update, {
            params: { districtId, serviceId: serviceId! },
            body: { ...body, version: version ?? service.data!.version },
          });
      setErrors({});
      setConflict(null);
      setVersion(saved.version);
      queryClient.setQueryData(serviceKeys.one(districtId, saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: serviceKeys.all(districtId), exact: false });
      announce(t('services.saved', { name: saved.name }));
      if (isNew) navigate(`/districts/${districtId}/services/${saved.id}`);
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        setConflict(error.current as Service);
      } else if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
        const labels = serviceLabels((k) => t(`services.field.${k}`));
        setErrors(byField(serverFieldErrors(error, t, labels, locale)));
      } else {
        setFailure(t(errorMessageKey(error)));
      }
    } finally {
      setBusy(false);
    }
  }

  if (!isNew && service.isPending) return <Loading label={t('app.loading')} />;
  if (!isNew && service.isError)
    return <Alert kind="danger">{t(errorMessageKey(service.error))}</Alert>;
  const s = service.data;
  const canEdit = access.can('services.edit');

  return (
    <>
      <p>
        <Link to={back}>{t('services.back')}</Link>
      </p>
      <h1>{title}</h1>
      {failure && <Alert kind="danger">{failure}</Alert>}
      {!canEdit && s && (
        <>
          <p>{t('services.readOnly')}</p>
          {s.description && <p className="lead">{s.description}</p>}
          <dl className="row">
            {(
              [
                ['providerId', s.provider.name],
                ['municipalityId', towns.find((m) => m.value === s.municipalityId)?.label ?? ''],
                ['address', [s.address, s.postalCode].filter(Boolean).join(', ')],
                [
                  'userAreaCodes',
                  s.userAreaCodes.map((c) => labelOf(codes.userArea, c)).join(', '),
                ],
                ['istatCategoryCode', labelOf(codes.istatCategory, s.istatCategoryCode)],
                ['facilityTypeCode', labelOf(codes.facilityType, s.facilityTypeCode)],
                ['capacity', s.capacity === null ? '' : String(s.capacity)],
                ['authorization', t(`services.auth.${s.authorization}`)],
                ['eligibility', s.eligibility],
                ['costs', s.costs],
                ['phone', s.contacts.phone],
                ['email', s.contacts.email],
                ['openingHours', s.openingHours],
                ['status', t(`services.status.${s.status}`)],
              ] as const
            )
              .filter(([, v]) => v)
              .map(([k, v]) => (
                <Fragment key={k}>
                  <dt className="col-sm-4">{t(`services.field.${k}`)}</dt>
                  <dd className="col-sm-8">{v}</dd>
                </Fragment>
              ))}
          </dl>
        </>
      )}
      {canEdit && (isNew || s) && (
        <ServiceForm
          key={formKey}
          initial={s ? valuesOf(s) : emptyServiceValues}
          providers={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          municipalities={towns}
          codes={codes}
          serverErrors={errors}
          busy={busy}
          onSubmit={save}
          notice={
            conflict && (
              <ConflictNotice
                fields={[
                  { name: 'name', label: t('services.field.name') },
                  { name: 'capacity', label: t('services.field.capacity') },
                  { name: 'openingHours', label: t('services.field.openingHours') },
                  { name: 'costs', label: t('services.field.costs') },
                  { name: 'status', label: t('services.field.status') },
                ]}
                current={{
                  name: conflict.name,
                  capacity: conflict.capacity === null ? '' : String(conflict.capacity),
                  openingHours: conflict.openingHours,
                  costs: conflict.costs,
                  status: t(`services.status.${conflict.status}`),
                }}
                onUseCurrent={() => {
                  queryClient.setQueryData(serviceKeys.one(districtId, conflict.id), conflict);
                  setVersion(conflict.version);
                  setConflict(null);
                  setFormKey((k) => k + 1);
                }}
                onKeepMine={() => {
                  setVersion(conflict.version);
                  setConflict(null);
                }}
              />
            )
          }
        />
      )}
    </>
  );
}
