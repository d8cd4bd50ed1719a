import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { textLimits } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrict, useDistrictAccess } from '../territory/queries';
import { ServiceFiles } from './ServiceFiles';
import {
  labelOf,
  useServiceCodes,
  useServiceProviders,
  useServices,
  type CodeOption,
  type ServiceFilterQuery,
} from './queries';

const filterNames = [
  'q',
  'userArea',
  'municipalityId',
  'istatCategory',
  'facilityType',
  'providerId',
  'status',
] as const;
type FilterName = (typeof filterNames)[number];
const perPage = 25;

function FilterSelect(props: {
  name: FilterName;
  label: string;
  any: string;
  value: string;
  options: CodeOption[];
  onChange: (v: string) => void;
}) {
  const id = `filter-${props.name}`;
  return (
    <div className="col-md-4 mb-3">
      <label htmlFor={id} className="form-label fw-semibold">
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        className="form-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The district's service directory: search, filters, a page of results, import and export. */
export function ServicesPage() {
  const { districtId = '' } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  const district = useDistrict(districtId);
  const codes = useServiceCodes();
  const providers = useServiceProviders(districtId);
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(filterNames.map((n) => [n, params.get(n) ?? ''])) as Record<
    FilterName,
    string
  >;
  const [draft, setDraft] = useState(applied);
  const page = Math.max(1, Number(params.get('page')) || 1);
  useDocumentTitle([t('services.title'), access.district?.name, t('app.name')]);

  const query: ServiceFilterQuery = { page, perPage };
  for (const n of filterNames)
    if (applied[n]) (query as Record<string, string | number>)[n] = applied[n];
  const list = useServices(districtId, query);

  function apply(next: Record<FilterName, string>, nextPage = 1) {
    const search = new URLSearchParams();
    for (const n of filterNames) if (next[n]) search.set(n, next[n]);
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    apply(draft);
  }
  const set = (n: FilterName) => (v: string) => setDraft((d) => ({ ...d, [n]: v }));
  const towns = (district.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name }));
  const townName = (id: string | null) => towns.find((m) => m.value === id)?.label ?? '';
  const statuses = (['active', 'suspended', 'closed'] as const).map((s) => ({
    value: s,
    label: t(`services.status.${s}`),
  }));
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / perPage));

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2">
        <h1>{t('services.title')}</h1>
        {access.can('services.edit') && (
          <Link className="btn btn-primary" to={`/districts/${districtId}/services/new`}>
            {t('services.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('services.intro')}</p>
      {access.district?.isDemo && <Alert kind="info">{t('services.demoNote')}</Alert>}

      <form onSubmit={submit} className="mb-4" role="search" aria-labelledby="services-filters">
        <h2 id="services-filters" className="h4">
          {t('services.filters')}
        </h2>
        <div className="mb-3">
          <label htmlFor="filter-q" className="form-label fw-semibold">
            {t('services.filter.q')}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            className="form-control"
            maxLength={textLimits.search}
            value={draft.q}
            onChange={(e) => set('q')(e.target.value)}
          />
        </div>
        <div className="row">
          <FilterSelect
            name="userArea"
            label={t('services.filter.userArea')}
            any={t('services.filter.any.userArea')}
            value={draft.userArea}
            options={codes.userArea}
            onChange={set('userArea')}
          />
          <FilterSelect
            name="municipalityId"
            label={t('services.filter.municipality')}
            any={t('services.filter.any.municipalityId')}
            value={draft.municipalityId}
            options={towns}
            onChange={set('municipalityId')}
          />
          <FilterSelect
            name="istatCategory"
            label={t('services.filter.istatCategory')}
            any={t('services.filter.any.istatCategory')}
            value={draft.istatCategory}
            options={codes.istatCategory}
            onChange={set('istatCategory')}
          />
          <FilterSelect
            name="facilityType"
            label={t('services.filter.facilityType')}
            any={t('services.filter.any.facilityType')}
            value={draft.facilityType}
            options={codes.facilityType}
            onChange={set('facilityType')}
          />
          <FilterSelect
            name="providerId"
            label={t('services.filter.provider')}
            any={t('services.filter.any.providerId')}
            value={draft.providerId}
            options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            onChange={set('providerId')}
          />
          <FilterSelect
            name="status"
            label={t('services.filter.status')}
            any={t('services.filter.any.status')}
            value={draft.status}
            options={statuses}
            onChange={set('status')}
          />
        </div>
        <div className="d-flex gap-2">
          <button type="submit" className="btn btn-primary">
            {t('services.filter.submit')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary"
            onClick={() => {
              const empty = Object.fromEntries(filterNames.map((n) => [n, ''])) as Record<
                FilterName,
                string
              >;
              setDraft(empty);
              apply(empty);
            }}
          >
            {t('services.filter.reset')}
          </button>
        </div>
      </form>

      <p role="status" className="fw-semibold">
        {list.data ? t('services.count', { count: total }) : ''}
      </p>
      {list.isPending && <Loading label={t('app.loading')} />}
      {list.isError && <Alert kind="danger">{t(errorMessageKey(list.error))}</Alert>}
      {list.data && total === 0 && <p>{t('services.none')}</p>}
      {list.data && total > 0 && (
        <div className="table-responsive">
          <table className="table table-sm align-middle">
            <caption>{t('services.caption', { page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('services.col.name')}</th>
                <th scope="col">{t('services.col.provider')}</th>
                <th scope="col">{t('services.col.municipality')}</th>
                <th scope="col">{t('services.col.areas')}</th>
                <th scope="col">{t('services.col.type')}</th>
                <th scope="col">{t('services.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="fw-normal">
                    <Link to={`/districts/${districtId}/services/${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{s.provider.name}</td>
                  <td>{townName(s.municipalityId)}</td>
                  <td>{s.userAreaCodes.map((c) => labelOf(codes.userArea, c)).join(', ')}</td>
                  <td>
                    {labelOf(codes.facilityType, s.facilityTypeCode) ||
                      labelOf(codes.istatCategory, s.istatCategoryCode)}
                  </td>
                  <td>{t(`services.status.${s.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t('services.pagination')} className="d-flex gap-2 mb-4">
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            disabled={page <= 1}
            onClick={() => apply(applied, page - 1)}
          >
            {t('services.previous')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            disabled={page >= pages}
            onClick={() => apply(applied, page + 1)}
          >
            {t('services.next')}
          </button>
        </nav>
      )}
      <ServiceFiles districtId={districtId} canImport={access.can('services.edit')} />
    </>
  );
}
