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
  type District,
  type Locale,
  type PlanVersion,
  type PlanVersionSummary,
} from '@pdz/core';
import { html, SafeHtml } from './html';
import { contentLang, link, page } from './layout';
import { format, portalMessages } from './portal.messages';
import { demoNotice } from './portal.pages';
import { portalMonitoringMessages } from './portal.monitoring.messages';
import {
  documentLinks,
  fingerprint,
  indicatorTable,
  readingGuide,
  staffLine,
} from './portal.plan.parts';

/**
 * The page of an approved plan: its chapters, areas, objectives, actions, indicators, money.
 * On paper each chapter and each area starts a page (portal.print.css.ts).
 */
/** Names of the classification codes a published plan shows (funding sources, user areas, staff). */
export interface PortalLabels {
  sources: Record<string, string>;
  userAreas: Record<string, string>;
  staffProfiles: Record<string, string>;
}

const isoToDisplay = (iso: string | null | undefined) =>
  iso ? iso.split('-').reverse().join('/') : '';

export function planPage(
  locale: Locale,
  district: District,
  version: PlanVersion,
  labels: PortalLabels,
  /** every approved version of the plan, newest first, each with its files */
  options: { versions: readonly PlanVersionSummary[]; path?: string },
): string {
  const t = portalMessages[locale];
  const s = version.snapshot;
  const anchor = (id: string) => `area-${id}`;
  const years = periodYears(s.plan.period);
  const chapters = s.chapters ?? [];
  const data = livePlanDataFromSnapshot(s, labels);
  const base = `/distretti/${district.slug}/piani/${s.plan.id}`;
  // chapters are Italian text: their tables speak Italian too, the rest of the page the reader's
  const chapterTables = buildLiveTables(data, 'it');
  const lang = contentLang(locale);
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
    path: options.path ?? base,
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
        <span class="badge bg-success portal-version"
          >${format(t.versionN, { n: version.number })}</span
        >
        ${format(t.approvedOn, { date: formatDate(version.decisionDate) })}${version.resolution ? html` · ${t.resolution}: <span${lang}>${version.resolution}</span>` : ''}
      </p>
      ${fingerprint(locale, version)}
      ${documentLinks(locale, base, options.versions, version.number)}
      <p class="d-print-none">
        <a href="${link(`${base}/monitoraggio`, locale)}"
          >${portalMonitoringMessages[locale].monitoringLink}</a
        >
      </p>
      <nav aria-labelledby="toc-title" class="mb-4 portal-toc">
        <h2 id="toc-title" class="h4">${t.contents}</h2>
        ${
          chapters.length > 0
            ? html`<h3 class="h6 text-uppercase">${t.chapters}</h3>
                <ul${lang}>
                  ${chapters.map((c) => html`<li><a href="#chapter-${c.id}">${c.title}</a></li>`)}
                </ul>`
            : ''
        }
        <h3 class="h6 text-uppercase">${t.areasOfIntervention}</h3>
        <ul>
          ${s.areas.map((a) => html`<li${lang}><a href="#${anchor(a.id)}">${a.title}</a></li>`)}
          ${s.budget ? html`<li><a href="#resources">${t.resources}</a></li>` : ''}
        </ul>
      </nav>
      ${readingGuide(locale)}
      ${chapters.map(
        (c) =>
          html`<section class="mb-5 portal-chapter" aria-labelledby="chapter-${c.id}" ${lang}>
            <h2 id="chapter-${c.id}">${c.title}</h2>
            ${new SafeHtml(renderChapterHtml(c.body, chapterTables, 'it'))}
          </section>`,
      )}
      ${s.areas.map(
        (a) =>
          html`<section class="mb-5 portal-area" aria-labelledby="${anchor(a.id)}">
            <h2 id="${anchor(a.id)}" ${lang}>${a.title}</h2>
            ${a.description ? html`<p${lang}>${a.description}</p>` : ''}
            ${
              a.objectives.length === 0
                ? html`<p>${t.noObjectives}</p>`
                : a.objectives.map(
                    (o) =>
                      html`<article class="portal-objective mb-4">
                        <h3 class="h4" ${lang}>
                          ${o.code ? html`<span class="text-secondary">${o.code}</span> ` : ''}${o.title}
                        </h3>
                        ${o.description ? html`<p${lang}>${o.description}</p>` : ''}
                        ${o.need ? html`<p><strong>${t.need}:</strong> <span${lang}>${o.need}</span></p>` : ''}
                        ${o.targetGroups?.length ? html`<p><strong>${t.targetGroups}:</strong> ${groups(o.targetGroups)}</p>` : ''}
                        ${staffLine(locale, o.staff, labels.staffProfiles)}
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
                                      <span${lang}
                                        ><strong>${x.title}</strong
                                        >${x.description ? html` — ${x.description}` : ''}</span
                                      >
                                      ${
                                        x.lead || x.partners?.length || x.startDate
                                          ? html`<br /><span class="small">
                                                ${x.lead ? html`${t.lead}: ${x.lead.name}. ` : ''}
                                                ${x.partners?.length ? html`${t.partners}: <span${lang}>${x.partners.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ')}</span>. ` : ''}
                                                ${x.startDate && x.endDate ? html`${t.when}: ${format(t.fromTo, { from: isoToDisplay(x.startDate), to: isoToDisplay(x.endDate) })}.` : ''}
                                              </span>`
                                          : ''
                                      }
                                      ${x.indicators?.length ? indicatorTable(locale, x.title, x.indicators, years) : ''}
                                    </li>`,
                                )}
                              </ul>`
                        }
                      </article>`,
                  )
            }
          </section>`,
      )}
      ${
        s.budget
          ? html`<section class="mb-5 portal-area" aria-labelledby="resources">
              <h2 id="resources">${t.resources}</h2>
              <p>${t.resourcesIntro}</p>
              ${new SafeHtml(renderLiveTableHtml(buildLiveTable('budgetBySource', data, locale), locale))}
              ${new SafeHtml(renderLiveTableHtml(buildLiveTable('budgetByArea', data, locale), locale))}
            </section>`
          : ''
      }
    `,
  });
}
