import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessageKey, useFormat, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrictAccess } from '../territory/queries';
import { ImportForm } from './ImportForm';
import { IndicatorsTable } from './IndicatorsTable';
import { LepsPanel } from './LepsPanel';
import { ComparisonSection, PyramidSection, TrendsSection } from './PopulationCharts';
import { usePopulationImports, usePopulationIndicators } from './queries';
import './population.css';

/** The needs analysis of a district: import, indicators, charts, LEPS panel. */
export function NeedsAnalysisPage() {
  const { districtId = '' } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  const [year, setYear] = useState<number | undefined>(undefined);
  const indicators = usePopulationIndicators(districtId, year);
  const yearId = useId();
  useDocumentTitle([t('population.title'), access.district?.name, t('app.name')]);
  const canImport = access.can('population.import');

  return (
    <>
      <h1 className="h2">{t('population.title')}</h1>
      <p>{t('population.intro')}</p>
      {indicators.data?.isDemo && <Alert kind="info">{t('population.demoNote')}</Alert>}

      <section aria-labelledby="population-import" className="mb-5">
        <h2 id="population-import" className="h3">
          {t('population.import.heading')}
        </h2>
        {canImport ? (
          <>
            <p>{t('population.import.intro')}</p>
            <ImportForm districtId={districtId} />
          </>
        ) : (
          <p>{t('population.import.readOnly')}</p>
        )}
        <ImportHistory districtId={districtId} />
      </section>

      {indicators.isPending ? (
        <Loading label={t('app.loading')} />
      ) : indicators.isError ? (
        <Alert kind="danger">{t(errorMessageKey(indicators.error))}</Alert>
      ) : indicators.data.year === null ? (
        <p>{t('population.empty')}</p>
      ) : (
        <section aria-labelledby="population-indicators" className="mb-5">
          <h2 id="population-indicators" className="h3">
            {t('population.indicators.heading', { year: indicators.data.year })}
          </h2>
          <div className="mb-3" style={{ maxWidth: '12rem' }}>
            <label htmlFor={yearId} className="form-label fw-semibold">
              {t('population.year')}
            </label>
            <select
              id={yearId}
              className="form-select"
              value={indicators.data.year}
              onChange={(e) => setYear(Number(e.target.value))}
            >
              {indicators.data.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <IndicatorsTable data={indicators.data} />
          <PyramidSection districtId={districtId} data={indicators.data} />
          <TrendsSection data={indicators.data} />
          <ComparisonSection data={indicators.data} />
        </section>
      )}

      <LepsPanel districtId={districtId} canEdit={canImport} />
    </>
  );
}

function ImportHistory({ districtId }: { districtId: string }) {
  const { t } = useI18n();
  const { date } = useFormat();
  const imports = usePopulationImports(districtId);
  const items = imports.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <details className="mt-3">
      <summary>{t('population.history.heading')}</summary>
      <ul className="mt-2">
        {items.slice(0, 20).map((i) => (
          <li key={i.id}>
            {t('population.history.summary', {
              date: date(i.importedAt),
              kind: t(`population.import.kind.${i.kind}`),
              years: i.years.join(', '),
              yearCount: i.years.length,
              rows: i.rows,
              by: i.importedBy ?? t('population.history.demo'),
            })}
            {i.fileName && ` — ${i.fileName}`}
          </li>
        ))}
      </ul>
    </details>
  );
}
