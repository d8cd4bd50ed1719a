import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { comparisonContracts, type PlanComparison } from '@pdz/core';
import { call } from '../../../api/client';
import { errorMessageKey, isMessageKey, useFormat, useI18n, type MessageKey } from '../../../i18n';
import { fieldLabel, fieldValue, type FieldText } from './fieldText';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';

type ItemChange = PlanComparison['objectives'][number];

interface Props {
  districtId: string;
  planId: string;
  /** the older version */
  from: number;
  /** the newer version; the live draft when absent */
  to?: number;
}

/**
 * What changed between two versions of a plan (or between the latest approved version and the
 * draft of its update): the items added, removed or changed with their fields, the money that
 * moved, and the chapters' text paragraph by paragraph.
 */
export function VersionComparison({ districtId, planId, from, to }: Props) {
  const { t } = useI18n();
  const format = useFormat();
  const headingId = useId();
  const comparison = useQuery({
    queryKey: ['plan-comparison', districtId, planId, from, to ?? 'draft'],
    queryFn: () =>
      call(comparisonContracts.get, {
        params: { districtId, planId },
        query: to === undefined ? { from } : { from, to },
      }),
  });
  const signed = (cents: number) => (cents > 0 ? '+' : '') + format.money(cents);

  return (
    <section aria-labelledby={headingId} className="my-4">
      <h2 id={headingId} className="h4">
        {t(to === undefined ? 'comparison.headingDraft' : 'comparison.headingVersion', {
          number: from,
        })}
      </h2>
      <p className="small">
        {t(to === undefined ? 'comparison.introDraft' : 'comparison.introVersion')}
      </p>
      {comparison.isPending && <Loading label={t('app.loading')} />}
      {comparison.isError && <Alert kind="danger">{t(errorMessageKey(comparison.error))}</Alert>}
      {comparison.data && <Details c={comparison.data} signed={signed} />}
    </section>
  );
}

function Details({ c, signed }: { c: PlanComparison; signed: (cents: number) => string }) {
  const { t } = useI18n();
  const format = useFormat();
  const nothing =
    [c.plan, c.areas, c.objectives, c.actions, c.indicators, c.chapters].every(
      (l) => l.length === 0,
    ) &&
    c.money.bySourceYear.length === 0 &&
    c.money.byAction.length === 0;
  if (nothing) return <p>{t('comparison.nothing')}</p>;
  const plan: ItemChange[] =
    c.plan.length > 0 ? [{ kind: 'changed', id: 'plan', label: '', fields: c.plan }] : [];
  return (
    <>
      <p>
        {t('comparison.summary', {
          objectives: c.objectives.length,
          actions: c.actions.length,
          indicators: c.indicators.length,
          chapters: c.chapters.length,
          delta: signed(c.money.total.delta),
        })}
      </p>
      <Items what="comparison.plan" items={plan} />
      <Items what="comparison.areas" items={c.areas} />
      <Items what="comparison.objectives" items={c.objectives} />
      <Items what="comparison.actions" items={c.actions} />
      <Items what="comparison.indicators" items={c.indicators} />
      {(c.money.bySourceYear.length > 0 || c.money.byAction.length > 0) && (
        <>
          <h3 className="h5">{t('comparison.money')}</h3>
          <p>
            {t('comparison.total', {
              from: format.money(c.money.total.from),
              to: format.money(c.money.total.to),
              delta: signed(c.money.total.delta),
            })}
          </p>
          {c.money.bySourceYear.length > 0 && (
            <MoneyTable
              caption={t('comparison.moneyBySourceCaption')}
              heads={[t('comparison.col.source'), t('comparison.col.year')]}
              rows={c.money.bySourceYear.map((r) => ({
                key: `${r.sourceCode}-${r.year}`,
                cells: [r.sourceCode, String(r.year)],
                ...r,
              }))}
              signed={signed}
            />
          )}
          {c.money.byAction.length > 0 && (
            <MoneyTable
              caption={t('comparison.moneyByActionCaption')}
              heads={[t('comparison.col.action')]}
              rows={c.money.byAction.map((r) => ({ key: r.actionId, cells: [r.label], ...r }))}
              signed={signed}
            />
          )}
        </>
      )}
      {c.chapters.length > 0 && (
        <>
          <h3 className="h5">{t('comparison.chapters')}</h3>
          {c.chapters.map((ch) =>
            ch.kind === 'changed' ? (
              <article key={ch.id} className="mb-3">
                <h4 className="h6">{ch.label}</h4>
                {ch.paragraphs
                  .filter((p) => p.kind !== 'same')
                  .map((p, i) =>
                    p.kind === 'added' ? (
                      <ins
                        key={i}
                        className="d-block mb-2 text-decoration-none border-start border-success border-3 ps-2"
                      >
                        <span className="visually-hidden">{t('comparison.paragraphAdded')}: </span>
                        {p.text}
                      </ins>
                    ) : (
                      <del
                        key={i}
                        className="d-block mb-2 border-start border-danger border-3 ps-2"
                      >
                        <span className="visually-hidden">
                          {t('comparison.paragraphRemoved')}:{' '}
                        </span>
                        {p.text}
                      </del>
                    ),
                  )}
              </article>
            ) : (
              <p key={ch.id}>
                {t(ch.kind === 'added' ? 'comparison.chapterAdded' : 'comparison.chapterRemoved', {
                  title: ch.label,
                })}
              </p>
            ),
          )}
        </>
      )}
    </>
  );
}

function Items({ what, items }: { what: MessageKey; items: readonly ItemChange[] }) {
  const { t } = useI18n();
  const format = useFormat();
  if (items.length === 0) return null;
  const x: FieldText = { t, has: isMessageKey, number: format.number, date: format.date };
  const line = (f: ItemChange['fields'][number]) =>
    f.field === 'areaId'
      ? t('comparison.movedArea')
      : f.field === 'objectiveId'
        ? t('comparison.movedObjective')
        : t('comparison.field', {
            field: fieldLabel(f.field, x),
            from: fieldValue(f.field, f.from, x),
            to: fieldValue(f.field, f.to, x),
          });
  return (
    <>
      <h3 className="h5">{t(what)}</h3>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="visually-hidden">
            {t('comparison.itemsCaption', { what: t(what) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('comparison.col.item')}</th>
              <th scope="col">{t('comparison.col.change')}</th>
              <th scope="col">{t('comparison.col.details')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.label || t(what)}</th>
                <td>{t(`comparison.kind.${item.kind}`)}</td>
                <td>
                  {item.fields.length > 0 && (
                    <ul className="list-unstyled mb-0">
                      {item.fields.map((f) => (
                        <li key={f.field}>{line(f)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function MoneyTable({
  caption,
  heads,
  rows,
  signed,
}: {
  caption: string;
  heads: string[];
  rows: { key: string; cells: string[]; from: number; to: number; delta: number }[];
  signed: (cents: number) => string;
}) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <div className="table-responsive">
      <table className="table table-sm">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            <th scope="col" className="text-end">
              {t('comparison.col.from')}
            </th>
            <th scope="col" className="text-end">
              {t('comparison.col.to')}
            </th>
            <th scope="col" className="text-end">
              {t('comparison.col.delta')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
              <td className="text-end">{format.money(r.from)}</td>
              <td className="text-end">{format.money(r.to)}</td>
              <td className="text-end">{signed(r.delta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
