import {
  formatDate,
  formatMoney,
  formatNumber,
  type District,
  type Locale,
  type PeriodSummary,
  type ProgressStatus,
  type ReportingPeriod,
} from '@pdz/core';
import { html } from './html';
import { contentLang, link, page } from './layout';
import { format } from './portal.messages';
import { portalMonitoringMessages } from './portal.monitoring.messages';

interface PlanRef {
  id: string;
  title: string;
}

const percentText = (p: number | null, locale: Locale) =>
  p === null ? '–' : `${formatNumber(Math.round(Math.min(100, Math.max(0, p))), locale)} %`;

/** a bar for the eye (the figure is in the text beside it and in the table) */
function bar(percent: number | null, status: ProgressStatus) {
  const width = percent === null ? 0 : Math.round(Math.min(100, Math.max(0, percent)));
  return html`<svg
    class="portal-bar portal-bar-${status}"
    width="120"
    height="12"
    viewBox="0 0 100 10"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    <rect class="portal-bar-track" width="100" height="10"></rect>
    <rect class="portal-bar-fill" width="${width}" height="10"></rect>
  </svg>`;
}

function crumbs(locale: Locale, district: District, plan: PlanRef, last?: string) {
  const t = portalMonitoringMessages[locale];
  const base = `/distretti/${district.slug}/piani/${plan.id}`;
  return [
    { label: district.name, href: link(`/distretti/${district.slug}`, locale) },
    { label: plan.title, href: link(base, locale) },
    ...(last
      ? [{ label: t.title, href: link(`${base}/monitoraggio`, locale) }, { label: last }]
      : [{ label: t.title }]),
  ];
}

const periodLine = (locale: Locale, p: ReportingPeriod) =>
  format(portalMonitoringMessages[locale].period, {
    label: p.label,
    from: formatDate(p.startsOn),
    to: formatDate(p.endsOn),
  });

/** The closed periods of a plan, each a link to what it says. */
export function monitoringIndexPage(
  locale: Locale,
  district: District,
  plan: PlanRef,
  periods: readonly ReportingPeriod[],
): string {
  const t = portalMonitoringMessages[locale];
  const base = `/distretti/${district.slug}/piani/${plan.id}/monitoraggio`;
  return page({
    locale,
    title: `${t.title} · ${plan.title}`,
    path: base,
    crumbs: crumbs(locale, district, plan),
    body: html`<h1>${t.title}</h1>
      <p class="lead" ${contentLang(locale)}>${plan.title} · ${district.name}</p>
      <p>${t.intro}</p>
      <h2 class="h4">${t.periodsTitle}</h2>
      ${
        periods.length === 0
          ? html`<p>${t.none}</p>`
          : html`<ul>
              ${periods.map(
                (p) =>
                  html`<li>
                    <a href="${link(`${base}/${p.id}`, locale)}">${periodLine(locale, p)}</a>
                    ${
                      p.closedAt
                        ? html`<span class="text-secondary">
                            (${format(t.closedOn, { date: formatDate(p.closedAt) })})</span
                          >`
                        : ''
                    }
                  </li>`,
              )}
            </ul>`
      }`,
  });
}

/** What a closed period says: the plan, each area and objective, the indicators, the money. */
export function monitoringPeriodPage(
  locale: Locale,
  district: District,
  plan: PlanRef,
  period: ReportingPeriod,
  summary: PeriodSummary,
  sourceNames: Record<string, string>,
): string {
  const t = portalMonitoringMessages[locale];
  const lang = contentLang(locale);
  const base = `/distretti/${district.slug}/piani/${plan.id}/monitoraggio/${period.id}`;
  const { year } = summary;
  const money = (c: number) => formatMoney(c, locale);
  const value = (v: number | null) =>
    v === null ? '–' : formatNumber(Math.round(v * 100) / 100, locale);
  const judged = (p: { status: ProgressStatus; percent: number | null }) =>
    html`${bar(p.percent, p.status)} <span>${percentText(p.percent, locale)}</span>`;
  return page({
    locale,
    title: `${period.label} · ${t.title} · ${plan.title}`,
    path: base,
    crumbs: crumbs(locale, district, plan, period.label),
    body: html`<h1>${t.title}: ${period.label}</h1>
      <p class="lead">${periodLine(locale, period)}</p>
      <p>
        ${format(t.reports, { validated: summary.reports.validated, expected: summary.reports.expected })}
      </p>
      <p class="d-print-none">
        <a href="${base}/indicatori.csv" download>${t.csv}</a> ·
        <a href="${base}/spesa.csv" download>${t.csvMoney}</a>
      </p>
      <section aria-labelledby="overall">
        <h2 id="overall" class="h4">${t.overall}</h2>
        <p>
          ${
            summary.plan.status === 'noData'
              ? format(t.overallNoData, { year })
              : format(t.overallText, {
                  year,
                  status: t.statusWords[summary.plan.status],
                  percent: percentText(summary.plan.percent, locale),
                })
          }
        </p>
        <div class="table-responsive">
          <table class="table table-sm">
            <caption>
              ${format(t.byAreaCaption, { year })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.area}</th>
                <th scope="col">${t.progress}</th>
                <th scope="col">${t.judgement}</th>
              </tr>
            </thead>
            <tbody>
              ${summary.areas.map(
                (a) =>
                  html`<tr>
                    <th scope="row" class="fw-normal">
                      <a href="#area-${a.id}" ${lang}>${a.title}</a>
                    </th>
                    <td>${judged(a.progress)}</td>
                    <td>${t.status[a.progress.status]}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>
      ${summary.areas.map(
        (a) =>
          html`<section class="mb-4 portal-area" aria-labelledby="area-${a.id}">
            <h2 id="area-${a.id}" class="h4" ${lang}>${a.title}</h2>
            <p>
              ${t.judgement}: <strong>${t.status[a.progress.status]}</strong> ·
              ${judged(a.progress)}
            </p>
            ${a.objectives.map(
              (o) =>
                html`<article class="mb-3">
                  <h3 class="h5" ${lang}>
                    ${o.code ? html`<span class="text-secondary">${o.code}</span> ` : ''}${o.title}
                  </h3>
                  <p>
                    ${t.judgement}: <strong>${t.status[o.progress.status]}</strong> ·
                    ${judged(o.progress)}
                  </p>
                  ${
                    o.indicators.length === 0
                      ? ''
                      : html`<div class="table-responsive">
                          <table class="table table-sm">
                            <caption class="visually-hidden">
                              ${format(t.indicatorsOf, { title: o.title, year })}
                            </caption>
                            <thead>
                              <tr>
                                <th scope="col">${t.indicator}</th>
                                <th scope="col">${t.unit}</th>
                                <th scope="col" class="text-end">${t.baseline}</th>
                                <th scope="col" class="text-end">${t.expected}</th>
                                <th scope="col" class="text-end">${t.measured}</th>
                                <th scope="col">${t.judgement}</th>
                              </tr>
                            </thead>
                            <tbody>
                              ${o.indicators.map(
                                (i) => html`<tr>
                            <th scope="row" class="fw-normal"${lang}>${i.name}</th>
                            <td${lang}>${i.unit}</td>
                            <td class="text-end">${value(i.baselineValue)}</td>
                            <td class="text-end">${value(i.expected)}</td>
                            <td class="text-end">${value(i.measured)}</td>
                            <td>${t.status[i.status]}</td>
                          </tr>`,
                              )}
                            </tbody>
                          </table>
                        </div>`
                  }
                </article>`,
            )}
          </section>`,
      )}
      <section aria-labelledby="money">
        <h2 id="money" class="h4">${t.moneyTitle}</h2>
        <p>${format(t.moneyText, { year })}</p>
        <div class="table-responsive">
          <table class="table table-sm">
            <caption>
              ${format(t.moneyCaption, { year })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.source}</th>
                <th scope="col" class="text-end">${t.allocated}</th>
                <th scope="col" class="text-end">${t.committed}</th>
                <th scope="col" class="text-end">${t.paid}</th>
                <th scope="col" class="text-end">${t.paidShare}</th>
              </tr>
            </thead>
            <tbody>
              ${summary.spending.lines.map(
                (l) =>
                  html`<tr>
                    <th scope="row" class="fw-normal">
                      ${sourceNames[l.sourceCode] ?? l.sourceCode}${l.unallocated ? html` <span class="small">(${t.notInPlan})</span>` : ''}
                    </th>
                    <td class="text-end">${money(l.allocated)}</td>
                    <td class="text-end">${money(l.committed)}</td>
                    <td class="text-end">${money(l.paid)}</td>
                    <td class="text-end">${percentText(l.paidPercent, locale)}</td>
                  </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">${t.total}</th>
                <td class="text-end fw-bold">${money(summary.spending.total.allocated)}</td>
                <td class="text-end fw-bold">${money(summary.spending.total.committed)}</td>
                <td class="text-end fw-bold">${money(summary.spending.total.paid)}</td>
                <td class="text-end fw-bold">
                  ${percentText(summary.spending.total.paidPercent, locale)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <p class="d-print-none">
        <a href="${link(`/distretti/${district.slug}/piani/${plan.id}`, locale)}">${t.back}</a>
      </p>`,
  });
}
