import type { District } from '@pdz/core';
import { useFormat, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { FiguresTable } from '../../ui/FiguresTable';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { useMunicipalShareTable } from './queries';
import { RuleText } from './ShareRuleText';

/** What each municipality gets, one table per year of the plan (or why the rule cannot apply). */
export function ShareTables(props: {
  table: NonNullable<ReturnType<typeof useMunicipalShareTable>['data']>;
  sourceLabel: (code: string) => string;
  district: District;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const { rule, years, issues } = props.table;
  if (!rule) return null;
  if (issues.length > 0) {
    const names = new Map(props.district.municipalities.map((m) => [m.id, m.name]));
    return (
      <Alert kind="warning" title={t('budget.shares.cannotApply')}>
        <ul className="mb-0">
          {issues.map((i) => (
            <li key={i.field}>
              {i.field.startsWith('rule.shares.') && !names.has(i.field.slice(12))
                ? t('budget.shares.unknownMunicipality')
                : i.message}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  const kind = rule.rule.kind;
  const columns: { key: 'byPopulation' | 'equalPart' | 'fixedPart'; label: MessageKey }[] =
    kind === 'fixed'
      ? [{ key: 'fixedPart', label: 'budget.shares.fixedPart' }]
      : kind === 'mixed'
        ? [
            { key: 'byPopulation', label: 'budget.shares.byPopulation' },
            { key: 'equalPart', label: 'budget.shares.equalPart' },
          ]
        : [{ key: 'byPopulation', label: 'budget.shares.byPopulation' }];
  return (
    <>
      <RuleText rule={rule} sourceLabel={props.sourceLabel} />
      {years.map((y) =>
        y.total === 0 ? (
          <p key={y.year}>
            {t('budget.shares.nothing', {
              year: y.year,
              source: props.sourceLabel(rule.sourceCode),
            })}
          </p>
        ) : (
          <ScrollRegion key={y.year} label={t('budget.year', { year: y.year })}>
            <FiguresTable
              caption={t('budget.shares.tableCaption', {
                year: y.year,
                total: format.money(y.total),
                source: props.sourceLabel(rule.sourceCode),
              })}
              corner={t('budget.shares.municipality')}
              columns={[
                {
                  key: '#population',
                  header: t('budget.shares.population', { year: rule.populationYear }),
                },
                ...columns.map((c) => ({ key: c.key, header: t(c.label) })),
                { key: '#amount', header: t('budget.shares.amount') },
              ]}
              rows={y.rows.map((r) => ({
                key: r.municipalityId,
                header: r.name,
                cells: [
                  format.number(r.population),
                  ...columns.map((c) => format.money(r[c.key])),
                  format.money(r.amount),
                ],
              }))}
              totals={[
                format.number(y.rows.reduce((s, r) => s + r.population, 0)),
                ...columns.map((c) => format.money(y.rows.reduce((s, r) => s + r[c.key], 0))),
                format.money(y.rows.reduce((s, r) => s + r.amount, 0)),
              ]}
            />
          </ScrollRegion>
        ),
      )}
    </>
  );
}
