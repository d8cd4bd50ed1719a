import { useId, useState, type FormEvent } from 'react';
import { formatResidentsPerWorker, putSocialWorkersInput } from '@pdz/core';
import { isApiError } from '../../api/ApiError';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { parseDecimal } from '../../i18n';
import { ChartFigure } from './ChartFigure';
import { LepsChart } from './charts';
import { useNumbers } from './format';
import { useSaveSocialWorkers, useSocialWorkers } from './queries';

/** Social workers per year against residents: the LEPS thresholds in words, a table, a chart. */
export function LepsPanel({ districtId, canEdit }: { districtId: string; canEdit: boolean }) {
  const { t, locale } = useI18n();
  const { fmt } = useNumbers();
  const data = useSocialWorkers(districtId);
  const headingId = useId();
  if (data.isPending) return <Loading label={t('app.loading')} />;
  if (data.isError) return <Alert kind="danger">{t(errorMessageKey(data.error))}</Alert>;
  const { items, coverage, yearsWithoutData } = data.data;
  const byYear = new Map(coverage.map((c) => [c.year, c]));
  const latest = coverage.at(-1);
  const ratio = (n: number | null) => formatResidentsPerWorker(n, locale);
  const thresholdsText = (year: number) =>
    (byYear.get(year)?.thresholds ?? [])
      .map(
        (th) =>
          `1:${fmt(th.residentsPerWorker)} ${th.isMet ? t('leps.met') : t('leps.notMet', { missing: fmt(th.missingFte, 1) })}`,
      )
      .join('; ');
  return (
    <section aria-labelledby={headingId} className="mb-5">
      <h2 id={headingId} className="h3">
        {t('leps.heading')}
      </h2>
      <p>{t('leps.intro')}</p>
      {latest && (
        <p className="fw-semibold">
          {t('leps.sentence', {
            year: latest.year,
            fte: fmt(latest.fte, 1),
            residents: fmt(latest.residents),
            ratio:
              latest.residentsPerWorker === null ? '—' : fmt(Math.round(latest.residentsPerWorker)),
          })}{' '}
          {thresholdsText(latest.year)}.
        </p>
      )}
      {items.length === 0 ? (
        <p>{t('leps.none')}</p>
      ) : (
        <ChartFigure
          heading={t('leps.caption')}
          summary={t('leps.chart.summary')}
          fileName="assistenti-sociali-leps"
          table={{
            caption: t('leps.caption'),
            head: [
              t('leps.form.year'),
              t('leps.col.permanent'),
              t('leps.col.other'),
              t('leps.col.total'),
              t('leps.col.residents'),
              t('leps.col.ratio'),
              t('leps.col.thresholds'),
            ],
            rows: items.map((i) => {
              const c = byYear.get(i.year);
              return [
                String(i.year),
                fmt(i.permanentFte, 1),
                fmt(i.otherFte, 1),
                fmt(i.permanentFte + i.otherFte, 1),
                c ? fmt(c.residents) : '—',
                c ? ratio(c.residentsPerWorker) : '—',
                c ? thresholdsText(i.year) : '—',
              ];
            }),
            csv: items.map((i) => {
              const c = byYear.get(i.year);
              return [
                i.year,
                i.permanentFte,
                i.otherFte,
                i.permanentFte + i.otherFte,
                c?.residents ?? null,
                c?.residentsPerWorker === null || !c ? null : Math.round(c.residentsPerWorker),
                c
                  ? c.thresholds
                      .filter((x) => x.isMet)
                      .map((x) => x.residentsPerWorker)
                      .join(' ')
                  : null,
              ];
            }),
          }}
        >
          {(width) => (
            <LepsChart
              width={width}
              label={t('leps.chart.residentsPerWorker')}
              fmt={(n) => fmt(n)}
              data={coverage.map((c) => ({
                year: c.year,
                value: c.residentsPerWorker === null ? null : Math.round(c.residentsPerWorker),
              }))}
            />
          )}
        </ChartFigure>
      )}
      {yearsWithoutData.length > 0 && (
        <p className="small">{t('leps.noResidents', { years: yearsWithoutData.join(', ') })}</p>
      )}
      {canEdit && <LepsForm districtId={districtId} items={items} />}
    </section>
  );
}

function LepsForm({
  districtId,
  items,
}: {
  districtId: string;
  items: { year: number; permanentFte: number; otherFte: number; version: number }[];
}) {
  const { t, locale } = useI18n();
  const save = useSaveSocialWorkers(districtId);
  const id = useId();
  const last = items.at(-1);
  const [year, setYear] = useState(String(last ? last.year + 1 : new Date().getFullYear()));
  const [permanent, setPermanent] = useState('');
  const [other, setOther] = useState('');
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const [invalid, setInvalid] = useState<MessageKey | null>(null);

  function pick(nextYear: string) {
    setYear(nextYear);
    const found = items.find((i) => String(i.year) === nextYear.trim());
    if (found) {
      setPermanent(String(found.permanentFte).replace('.', locale === 'it' ? ',' : '.'));
      setOther(String(found.otherFte).replace('.', locale === 'it' ? ',' : '.'));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const y = Number(year.trim());
    // the server's own rule: a year ISTAT may publish, FTE from 0 to 10,000
    const checked = putSocialWorkersInput.safeParse({
      year: y,
      permanentFte: parseDecimal(permanent, locale) ?? Number.NaN,
      otherFte: parseDecimal(other, locale) ?? 0,
      version: items.find((i) => i.year === y)?.version ?? 0,
    });
    if (!checked.success) {
      setInvalid('error.VALIDATION_FAILED');
      return;
    }
    setInvalid(null);
    try {
      await save(checked.data);
      setMessage({ kind: 'success', text: t('leps.form.saved', { year: y }) });
    } catch (error) {
      setMessage({
        kind: 'danger',
        text:
          isApiError(error) && error.code === 'VERSION_CONFLICT'
            ? t('leps.form.conflict')
            : t(errorMessageKey(error)),
      });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="h5">
        {t('leps.form.heading')}
      </h3>
      <div className="row g-3 align-items-end">
        <div className="col-sm-3">
          <label htmlFor={`${id}-year`} className="form-label">
            {t('leps.form.year')}
          </label>
          <input
            id={`${id}-year`}
            className="form-control"
            inputMode="numeric"
            maxLength={4}
            value={year}
            onChange={(e) => pick(e.target.value)}
          />
        </div>
        <div className="col-sm-4">
          <label htmlFor={`${id}-perm`} className="form-label">
            {t('leps.form.permanent')}
          </label>
          <input
            id={`${id}-perm`}
            className={`form-control${invalid ? ' is-invalid' : ''}`}
            inputMode="decimal"
            value={permanent}
            aria-invalid={invalid ? true : undefined}
            onChange={(e) => setPermanent(e.target.value)}
          />
        </div>
        <div className="col-sm-3">
          <label htmlFor={`${id}-other`} className="form-label">
            {t('leps.form.other')}
          </label>
          <input
            id={`${id}-other`}
            className="form-control"
            inputMode="decimal"
            value={other}
            onChange={(e) => setOther(e.target.value)}
          />
        </div>
        <div className="col-sm-2">
          <button type="submit" className="btn btn-primary">
            {t('leps.form.submit')}
          </button>
        </div>
      </div>
      {invalid && (
        <p className="text-danger mt-2" role="alert">
          {t(invalid)}
        </p>
      )}
      {message && (
        <div className="mt-2">
          <Alert kind={message.kind}>{message.text}</Alert>
        </div>
      )}
    </form>
  );
}
