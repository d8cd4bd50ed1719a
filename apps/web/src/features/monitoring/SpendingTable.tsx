import { useI18n } from '../../i18n';
import { FiguresTable } from '../../ui/FiguresTable';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { PeriodSummaryData } from './queries';
import { useCatalogueLabels } from './useCatalogueLabels';
import { useFigures } from './useFigures';

/** The money of the period's year by funding source: allocated, committed, paid. */
export function SpendingTable({ summary }: { summary: PeriodSummaryData }) {
  const { t } = useI18n();
  const figures = useFigures();
  const { sourceLabel } = useCatalogueLabels();
  const { lines, total } = summary.spending;
  const caption = t('monitoring.money.caption', { year: summary.year });
  const cells = (l: typeof total) => [
    figures.money(l.allocated),
    figures.money(l.committed),
    figures.money(l.paid),
    figures.percent(l.paidPercent),
  ];
  return (
    <section aria-labelledby="money-heading" className="mt-4">
      <h3 id="money-heading" className="h4">
        {t('monitoring.money.heading')}
      </h3>
      <p>{t('monitoring.money.intro')}</p>
      {lines.length === 0 ? (
        <p>{t('monitoring.money.none')}</p>
      ) : (
        <ScrollRegion label={caption}>
          <FiguresTable
            caption={caption}
            corner={t('budget.source')}
            columns={[
              { key: 'allocated', header: t('monitoring.money.allocated') },
              { key: 'committed', header: t('monitoring.money.committed') },
              { key: 'paid', header: t('monitoring.money.paid') },
              { key: 'paidPercent', header: t('monitoring.money.paidPercent') },
            ]}
            rows={lines.map((l) => ({
              key: l.sourceCode,
              header: (
                <>
                  {sourceLabel(l.sourceCode)}{' '}
                  <span className="small text-muted">({l.sourceCode})</span>
                  {l.unallocated && (
                    <span className="d-block small">{t('monitoring.money.unallocated')}</span>
                  )}
                </>
              ),
              cells: cells(l),
            }))}
            totals={cells(total)}
          />
        </ScrollRegion>
      )}
    </section>
  );
}
