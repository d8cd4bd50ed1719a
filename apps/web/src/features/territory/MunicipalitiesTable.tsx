import type { Municipality } from '@pdz/core';
import { useFormat, useI18n } from '../../i18n';

export function MunicipalitiesTable({
  municipalities,
  total,
}: {
  municipalities: Municipality[];
  total: number;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const years = new Set(municipalities.map((m) => m.populationYear));
  const year = years.size === 1 ? [...years][0] : undefined;
  return (
    <div className="table-responsive">
      <table className="table table-striped">
        <caption>
          {year
            ? t('district.municipalitiesCaption', { year })
            : t('district.municipalitiesCaptionNoYear')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('district.col.istat')}</th>
            <th scope="col">{t('district.col.name')}</th>
            <th scope="col">{t('district.col.province')}</th>
            <th scope="col" className="text-end">
              {t('district.col.population')}
            </th>
          </tr>
        </thead>
        <tbody>
          {municipalities.map((m) => (
            <tr key={m.id}>
              <td>
                <code className="text-body">{m.istatCode}</code>
              </td>
              <th scope="row" className="fw-normal">
                {m.name}
              </th>
              <td>{m.province}</td>
              <td className="text-end">{format.number(m.population)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('district.total')}
            </th>
            <td className="text-end fw-semibold">{format.number(total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
