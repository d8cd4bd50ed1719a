import type { ReportCounts as Counts } from '@pdz/core';
import { useFormat, useI18n } from '../../i18n';

const order = [
  'expected',
  'validated',
  'submitted',
  'draft',
  'returned',
  'missing',
  'late',
] as const satisfies readonly (keyof Counts)[];

/** How many reports a period expects and where they stand, as a list of figures. */
export function ReportCounts({ counts }: { counts: Counts }) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <>
      <p className="fw-semibold mb-1">{t('monitoring.counts.title')}</p>
      <dl className="pdz-report-counts">
        {order.map((k) => (
          <div key={k} className={k === 'late' && counts.late > 0 ? 'pdz-report-counts-late' : ''}>
            <dt>{t(`monitoring.counts.${k}`)}</dt>
            <dd>{format.number(counts[k])}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
