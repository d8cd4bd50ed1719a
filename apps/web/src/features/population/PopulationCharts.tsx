import { useId, useState } from 'react';
import type { PopulationIndicators } from '@pdz/core';
import { useI18n, type MessageKey } from '../../i18n';
import { ChartFigure } from './ChartFigure';
import { ComparisonChart, PyramidChart, TrendsChart } from './charts';
import { useNumbers } from './format';
import { usePyramid } from './queries';

export function PyramidSection({
  districtId,
  data,
}: {
  districtId: string;
  data: PopulationIndicators;
}) {
  const { t } = useI18n();
  const { fmt } = useNumbers();
  const selectId = useId();
  const [municipalityId, setMunicipalityId] = useState('');
  const pyramid = usePyramid(districtId, data.year, municipalityId);
  const area =
    data.municipalities.find((m) => m.municipalityId === municipalityId)?.name ??
    t('population.district');
  const year = data.year ?? 0;
  const bands = pyramid.data?.bands ?? [];
  return (
    <ChartFigure
      heading={t('chart.pyramid.heading', { year })}
      summary={t('chart.pyramid.summary', { year, area })}
      fileName={`piramide-eta-${year}`}
      table={{
        caption: t('chart.pyramid.caption', { area, year }),
        head: [t('chart.col.ageBand'), t('chart.col.males'), t('chart.col.females')],
        rows: bands.map((b) => [b.code, fmt(b.males), fmt(b.females)]),
        csv: bands.map((b) => [b.code, b.males, b.females]),
      }}
      controls={
        <div className="mb-2" style={{ maxWidth: '24rem' }}>
          <label htmlFor={selectId} className="form-label fw-semibold">
            {t('chart.pyramid.of')}
          </label>
          <select
            id={selectId}
            className="form-select"
            value={municipalityId}
            onChange={(e) => setMunicipalityId(e.target.value)}
          >
            <option value="">{t('population.district')}</option>
            {data.municipalities.map((m) => (
              <option key={m.municipalityId} value={m.municipalityId}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      }
    >
      {(width) => (
        <PyramidChart
          bands={bands}
          width={width}
          fmt={(n) => fmt(n)}
          labels={{ males: t('chart.col.males'), females: t('chart.col.females') }}
        />
      )}
    </ChartFigure>
  );
}

const trendSeries = [
  'oldAgeIndex',
  'structuralDependency',
  'elderlyDependency',
  'youthDependency',
] as const;

export function TrendsSection({ data }: { data: PopulationIndicators }) {
  const { t } = useI18n();
  const { fmt } = useNumbers();
  const series = data.district.series;
  if (series.length < 2) return null;
  const from = series[0]!.year;
  const to = series.at(-1)!.year;
  const rows = series.map((s) => ({
    year: s.year,
    residents: s.residents,
    ...Object.fromEntries(trendSeries.map((k) => [k, s[k]])),
  })) as Record<string, number | null>[];
  const head = [
    t('chart.col.year'),
    t('population.col.residents'),
    ...trendSeries.map((k) => t(`population.col.${k}`)),
    t('population.col.foreignShare'),
    t('population.col.averageHouseholdSize'),
  ];
  return (
    <ChartFigure
      heading={t('chart.trends.heading', { from, to })}
      summary={t('chart.trends.summary', { from, to })}
      fileName={`andamenti-${from}-${to}`}
      table={{
        caption: t('chart.trends.caption'),
        head,
        rows: series.map((s) => [
          String(s.year),
          fmt(s.residents),
          ...trendSeries.map((k) => fmt(s[k], 1)),
          fmt(s.foreignShare, 1),
          fmt(s.averageHouseholdSize, 2),
        ]),
        csv: series.map((s) => [
          s.year,
          s.residents,
          ...trendSeries.map((k) => s[k]),
          s.foreignShare,
          s.averageHouseholdSize,
        ]),
      }}
    >
      {(width) => (
        <TrendsChart
          data={rows}
          width={width}
          fmt={(n) => fmt(n)}
          series={trendSeries.map((k) => ({ key: k, label: t(`population.col.${k}`) }))}
        />
      )}
    </ChartFigure>
  );
}

const comparable = [
  'oldAgeIndex',
  'structuralDependency',
  'foreignShare',
  'averageHouseholdSize',
  'residents',
] as const;
type Comparable = (typeof comparable)[number];

export function ComparisonSection({ data }: { data: PopulationIndicators }) {
  const { t } = useI18n();
  const { fmt } = useNumbers();
  const selectId = useId();
  const [indicator, setIndicator] = useState<Comparable>('oldAgeIndex');
  const digits = indicator === 'residents' ? 0 : indicator === 'averageHouseholdSize' ? 2 : 1;
  const label = t(`population.col.${indicator}` as MessageKey);
  const year = data.year ?? 0;
  const values = data.municipalities.map((m) => ({
    name: m.name,
    value: m.current ? m.current[indicator] : null,
  }));
  const reference = indicator === 'residents' ? null : (data.district.current?.[indicator] ?? null);
  return (
    <ChartFigure
      heading={t('chart.compare.heading', { year })}
      summary={t('chart.compare.summary', {
        indicator: label,
        year,
        value: fmt(data.district.current?.[indicator] ?? null, digits),
      })}
      fileName={`confronto-comuni-${indicator}-${year}`}
      table={{
        caption: t('chart.compare.caption', { indicator: label, year }),
        head: [t('chart.col.municipality'), label],
        rows: [
          ...values.map((v) => [v.name, fmt(v.value, digits)]),
          [t('population.district'), fmt(data.district.current?.[indicator] ?? null, digits)],
        ],
        csv: [
          ...values.map((v) => [v.name, v.value]),
          [t('population.district'), data.district.current?.[indicator] ?? null],
        ],
      }}
      controls={
        <div className="mb-2" style={{ maxWidth: '24rem' }}>
          <label htmlFor={selectId} className="form-label fw-semibold">
            {t('chart.compare.indicator')}
          </label>
          <select
            id={selectId}
            className="form-select"
            value={indicator}
            onChange={(e) => setIndicator(e.target.value as Comparable)}
          >
            {comparable.map((k) => (
              <option key={k} value={k}>
                {t(`population.col.${k}`)}
              </option>
            ))}
          </select>
        </div>
      }
    >
      {(width) => (
        <ComparisonChart
          data={values}
          label={label}
          reference={reference}
          width={width}
          fmt={(n) => fmt(n, digits === 2 ? 1 : 0)}
        />
      )}
    </ChartFigure>
  );
}
