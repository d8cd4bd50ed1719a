import {
  formatNumber,
  formatPeriod,
  type District,
  type DistrictSummary,
  type Locale,
  type Plan,
} from '@pdz/core';
import { html } from './html';
import { link, page } from './layout';
import { format, portalMessages } from './portal.messages';
import { portalServiceMessages } from './portal.services.messages';

export const demoNotice = (locale: Locale) =>
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
        <dd class="col-sm-9">
          ${district.leadBody?.name ?? '—'}
          <span class="d-block small">${t.leadBodyHelp}</span>
        </dd>
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
