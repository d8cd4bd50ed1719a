import type { PopulationIndicators } from '@pdz/core';
import { useI18n } from '../../i18n';
import { useNumbers } from './format';

type Current = NonNullable<PopulationIndicators['municipalities'][number]['current']>;
type Change = PopulationIndicators['district']['change'];

/** The key indicators of the year: the district first, then each municipality. */
export function IndicatorsTable({ data }: { data: PopulationIndicators }) {
  const { t } = useI18n();
  const { fmt, signed } = useNumbers();
  const year = data.year!;
  const columns = [
    'residents',
    'change',
    'oldAgeIndex',
    'structuralDependency',
    'elderlyDependency',
    'youthDependency',
    'foreignShare',
    'households',
    'averageHouseholdSize',
  ] as const;

  function cells(c: Current | null, change: Change) {
    if (!c) return columns.map(() => '—');
    const pct = change?.residents.percent ?? null;
    return [
      fmt(c.residents),
      change
        ? `${signed(change.residents.absolute)} (${signed(pct, 1)}%)`
        : t('population.noChange'),
      fmt(c.oldAgeIndex, 1),
      fmt(c.structuralDependency, 1),
      fmt(c.elderlyDependency, 1),
      fmt(c.youthDependency, 1),
      fmt(c.foreignShare, 1),
      fmt(c.households),
      fmt(c.averageHouseholdSize, 2),
    ];
  }

  const missing = data.district.current?.missingMunicipalities.length ?? 0;
  return (
    <>
      {missing > 0 && <p className="small">{t('population.partial', { count: missing })}</p>}
      <div
        className="table-responsive"
        role="region"
        tabIndex={0}
        aria-label={t('population.indicators.caption', { year })}
      >
        <table className="table table-sm pdz-indicators">
          <caption>{t('population.indicators.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('population.col.area')}</th>
              {columns.map((c) => (
                <th key={c} scope="col" className="text-end">
                  {t(`population.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="fw-semibold">
              <th scope="row">{t('population.district')}</th>
              {cells(data.district.current, data.district.change).map((v, i) => (
                <td key={i} className="text-end">
                  {v}
                </td>
              ))}
            </tr>
            {data.municipalities.map((m) => (
              <tr key={m.municipalityId}>
                <th scope="row" className="fw-normal">
                  {m.name}
                </th>
                {cells(m.current, m.change).map((v, i) => (
                  <td key={i} className="text-end">
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
