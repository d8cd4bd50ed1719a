import {
  buildLiveTable,
  formatDate,
  formatNumber,
  formatPeriod,
  livePlanDataFromSnapshot,
  periodYears,
  renderChapterHtml,
  renderLiveTableHtml,
  buildLiveTables,
  type SnapshotIndicator,
  type District,
  type DistrictSummary,
  type Locale,
  type Plan,
  type PlanVersion,
} from '@pdz/core';
import { html, SafeHtml } from './html';
import { link, page } from './layout';
import { format, portalMessages } from './portal.messages';
import { portalServiceMessages } from './portal.services.messages';

const demoNotice = (locale: Locale) =>
  html`<div class="alert alert-warning" role="note">${portalMessages[locale].demoData}</div>`;

export function homePage(locale: Locale, districts: DistrictSummary[]): string {
  const t = portalMessages[locale];
  return page({
    locale,
    title: t.districts,
    path: '/',
    crumbs: [],
    body: html`
      <h1>${t.districts}</h1>
      <p class="lead">${t.districtsIntro}</p>
      ${
        districts.length === 0
          ? html`<p>${t.noDistricts}</p>`
          : html`<ul class="list-unstyled row">
              ${districts.map(
                (d) =>
                  html`<li class="col-12 col-md-6 mb-3">
                    <div class="card card-bg shadow-sm h-100">
                      <div class="card-body">
                        <h2 class="card-title h4">
                          <a href="${link(`/distretti/${d.slug}`, locale)}">${d.name}</a>
                        </h2>
                        <p class="card-text">${t.region}: ${d.region}</p>
                      </div>
                    </div>
                  </li>`,
              )}
            </ul>`
      }
    `,
  });
}

export function districtPage(
  locale: Locale,
  district: District,
  plans: (Plan & { latestApprovedVersion: number })[],
): string {
  const t = portalMessages[locale];
  const year = district.municipalities[0]?.populationYear ?? '';
  return page({
    locale,
    title: district.name,
    path: `/distretti/${district.slug}`,
    crumbs: [{ label: t.home, href: link('/', locale) }, { label: district.name }],
    body: html`
      <h1>${district.name}</h1>
      ${district.isDemo ? demoNotice(locale) : ''}
      <dl class="row">
        <dt class="col-sm-3">${t.region}</dt>
        <dd class="col-sm-9">${district.region}</dd>
        <dt class="col-sm-3">${t.leadBody}</dt>
        <dd class="col-sm-9">${district.leadBody?.name ?? '—'}</dd>
        <dt class="col-sm-3">${t.population}</dt>
        <dd class="col-sm-9">${formatNumber(district.population, locale)}</dd>
      </dl>
      <p>
        <a class="btn btn-primary" href="${link(`/distretti/${district.slug}/servizi`, locale)}"
          >${portalServiceMessages[locale].linkFromDistrict}</a
        >
      </p>
      <h2>${t.approvedPlans}</h2>
      ${
        plans.length === 0
          ? html`<p>${t.noApprovedPlans}</p>`
          : html`<ul>
              ${plans.map(
                (p) =>
                  html`<li>
                    <a href="${link(`/distretti/${district.slug}/piani/${p.id}`, locale)}"
                      >${p.title}</a
                    >
                    (${t.period} ${formatPeriod(p.period)},
                    ${format(t.versionN, { n: p.latestApprovedVersion })})
                  </li>`,
              )}
            </ul>`
      }
      <h2>${t.municipalities}</h2>
      <div class="table-responsive">
        <table class="table table-striped caption-top">
          <caption>
            ${t.municipalitiesCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.istatCode}</th>
              <th scope="col">${t.municipality}</th>
              <th scope="col">${t.province}</th>
              <th scope="col" class="text-end">${format(t.populationYear, { year })}</th>
            </tr>
          </thead>
          <tbody>
            ${district.municipalities.map(
              (m) =>
                html`<tr>
                  <td>${m.istatCode}</td>
                  <th scope="row" class="fw-normal">${m.name}</th>
                  <td>${m.province}</td>
                  <td class="text-end">${formatNumber(m.population, locale)}</td>
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="3">${t.total}</th>
              <td class="text-end">${formatNumber(district.population, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    `,
  });
}

/** Names of the classification codes a published plan shows (funding sources, user areas). */
export interface PortalLabels {
  sources: Record<string, string>;
  userAreas: Record<string, string>;
}

const isoToDisplay = (iso: string | null | undefined) =>
  iso ? iso.split('-').reverse().join('/') : '';

function indicatorTable(
  locale: Locale,
  title: string,
  indicators: readonly SnapshotIndicator[],
  years: number[],
) {
  const t = portalMessages[locale];
  const value = (v: number | null) => (v === null ? '–' : formatNumber(v, locale));
  return html`<div class="table-responsive">
    <table class="table table-sm">
      <caption class="visually-hidden">
        ${format(t.indicatorsCaption, { title })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.indicator}</th>
          <th scope="col">${t.unit}</th>
          <th scope="col" class="text-end">${t.baseline}</th>
          ${years.map((y) => html`<th scope="col" class="text-end">${format(t.expectedIn, { year: y })}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${indicators.map(
          (i) =>
            html`<tr>
              <th scope="row" class="fw-normal">${i.name}</th>
              <td>${i.unit}</td>
              <td class="text-end">
                ${value(i.baselineValue)}${i.baselineYear ? html` <span class="small">(${i.baselineYear})</span>` : ''}
              </td>
              ${years.map((y) => html`<td class="text-end">${value(i.targets.find((x) => x.year === y)?.value ?? null)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function planPage(
  locale: Locale,
  district: District,
  version: PlanVersion,
  labels: PortalLabels,
): string {
  const t = portalMessages[locale];
  const s = version.snapshot;
  const anchor = (id: string) => `area-${id}`;
  const years = periodYears(s.plan.period);
  const chapters = s.chapters ?? [];
  const data = livePlanDataFromSnapshot(s, labels);
  const tables = buildLiveTables(data, locale);
  const groups = (list: readonly { userAreaCode: string; expected: number | null }[] = []) =>
    list
      .map(
        (g) =>
          `${labels.userAreas[g.userAreaCode] ?? g.userAreaCode}${g.expected === null ? '' : ` (${format(t.people, { n: formatNumber(g.expected, locale) })})`}`,
      )
      .join('; ');
  return page({
    locale,
    title: `${s.plan.title} · ${district.name}`,
    path: `/distretti/${district.slug}/piani/${s.plan.id}`,
    crumbs: [
      { label: t.home, href: link('/', locale) },
      { label: district.name, href: link(`/distretti/${district.slug}`, locale) },
      { label: s.plan.title },
    ],
    body: html`
      <h1>${s.plan.title}</h1>
      <p class="lead">${district.name} · ${t.period} ${formatPeriod(s.plan.period)}</p>
      ${district.isDemo ? demoNotice(locale) : ''}
      <p>
        <span class="badge bg-success">${format(t.versionN, { n: version.number })}</span>
        ${format(t.approvedOn, { date: formatDate(version.approvedAt) })}${version.resolution ? html` · ${t.resolution}: ${version.resolution}` : ''}
      </p>
      <p class="small text-break">${t.integrity}: <code>${version.sha256}</code></p>
      <nav aria-labelledby="toc-title" class="mb-4">
        <h2 id="toc-title" class="h4">${t.contents}</h2>
        ${
          chapters.length > 0
            ? html`<h3 class="h6 text-uppercase">${t.chapters}</h3>
                <ul>
                  ${chapters.map((c) => html`<li><a href="#chapter-${c.id}">${c.title}</a></li>`)}
                </ul>`
            : ''
        }
        <h3 class="h6 text-uppercase">${t.areasOfIntervention}</h3>
        <ul>
          ${s.areas.map((a) => html`<li><a href="#${anchor(a.id)}">${a.title}</a></li>`)}
          ${s.budget ? html`<li><a href="#resources">${t.resources}</a></li>` : ''}
        </ul>
      </nav>
      ${chapters.map(
        (c) =>
          html`<section class="mb-5 portal-chapter" aria-labelledby="chapter-${c.id}">
            <h2 id="chapter-${c.id}">${c.title}</h2>
            ${new SafeHtml(renderChapterHtml(c.body, tables, locale))}
          </section>`,
      )}
      ${s.areas.map(
        (a) =>
          html`<section class="mb-5" aria-labelledby="${anchor(a.id)}">
            <h2 id="${anchor(a.id)}">${a.title}</h2>
            ${a.description ? html`<p>${a.description}</p>` : ''}
            ${
              a.objectives.length === 0
                ? html`<p>${t.noObjectives}</p>`
                : a.objectives.map(
                    (o) =>
                      html`<article class="portal-objective mb-4">
                        <div>
                          <h3 class="h4">
                            ${o.code ? html`<span class="text-secondary">${o.code}</span> ` : ''}${o.title}
                          </h3>
                          ${o.description ? html`<p>${o.description}</p>` : ''}
                          ${o.need ? html`<p><strong>${t.need}:</strong> ${o.need}</p>` : ''}
                          ${o.targetGroups?.length ? html`<p><strong>${t.targetGroups}:</strong> ${groups(o.targetGroups)}</p>` : ''}
                          ${
                            o.indicators?.length
                              ? html`<h4 class="h6 text-uppercase">${t.indicators}</h4>
                                  ${indicatorTable(locale, o.title, o.indicators, years)}`
                              : ''
                          }
                          <h4 class="h6 text-uppercase">${t.actions}</h4>
                          ${
                            o.actions.length === 0
                              ? html`<p>${t.noActions}</p>`
                              : html`<ul class="mb-0">
                                  ${o.actions.map(
                                    (x) =>
                                      html`<li class="mb-2">
                                        <strong>${x.title}</strong
                                        >${x.description ? html` — ${x.description}` : ''}
                                        ${
                                          x.lead || x.partners?.length || x.startDate
                                            ? html`<br /><span class="small">
                                                  ${x.lead ? html`${t.lead}: ${x.lead.name}. ` : ''}
                                                  ${x.partners?.length ? html`${t.partners}: ${x.partners.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ')}. ` : ''}
                                                  ${x.startDate && x.endDate ? html`${t.when}: ${format(t.fromTo, { from: isoToDisplay(x.startDate), to: isoToDisplay(x.endDate) })}.` : ''}
                                                </span>`
                                            : ''
                                        }
                                        ${x.indicators?.length ? indicatorTable(locale, x.title, x.indicators, years) : ''}
                                      </li>`,
                                  )}
                                </ul>`
                          }
                        </div>
                      </article>`,
                  )
            }
          </section>`,
      )}
      ${
        s.budget
          ? html`<section class="mb-5" aria-labelledby="resources">
              <h2 id="resources">${t.resources}</h2>
              ${new SafeHtml(renderLiveTableHtml(buildLiveTable('budgetBySource', data, locale), locale))}
              ${new SafeHtml(renderLiveTableHtml(buildLiveTable('budgetByArea', data, locale), locale))}
            </section>`
          : ''
      }
    `,
  });
}

export function notFoundPage(locale: Locale, path: string): string {
  const t = portalMessages[locale];
  return page({
    locale,
    title: t.notFoundTitle,
    path,
    crumbs: [{ label: t.home, href: link('/', locale) }, { label: t.notFoundTitle }],
    body: html`<h1>${t.notFoundTitle}</h1>
      <p>${t.notFoundText}</p>
      <p><a href="${link('/', locale)}">${t.backHome}</a></p>`,
  });
}
