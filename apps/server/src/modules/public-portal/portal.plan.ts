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
  type Locale,
  type PlanVersion,
} from '@pdz/core';
import { html, SafeHtml } from './html';
import { link, page } from './layout';
import { format, portalMessages } from './portal.messages';
import { demoNotice } from './portal.pages';

/** The page of an approved plan: its chapters, areas, objectives, actions, indicators, money. */
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
        ${format(t.approvedOn, { date: formatDate(version.decisionDate) })}${version.resolution ? html` · ${t.resolution}: ${version.resolution}` : ''}
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
