import { serviceSchemes, type District, type Locale, type Service } from '@pdz/core';
import { html, type SafeHtml } from './html';
import { contentLang, link, page } from './layout';
import { format, portalMessages } from './portal.messages';
import { portalServiceMessages, type PortalServiceMessages } from './portal.services.messages';

/**
 * The district's services for citizens: search by words, need (ISTAT user area), municipality
 * and type with a plain GET form (no script), and one page per service. Closed services are not
 * shown; suspended ones are, marked as such.
 */
export const perPage = 20;
export type Labels = Record<string, { code: string; label: string }[]>;

export interface Filters {
  q: string;
  area: string;
  comune: string;
  tipo: string;
  page: number;
}

const labelOf = (labels: Labels, scheme: string, code: string | null) =>
  code ? (labels[scheme]?.find((i) => i.code === code)?.label ?? code) : '';

function queryString(f: Filters, locale: Locale, pageNo: number): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.area) p.set('area', f.area);
  if (f.comune) p.set('comune', f.comune);
  if (f.tipo) p.set('tipo', f.tipo);
  if (pageNo > 1) p.set('pagina', String(pageNo));
  if (locale === 'en') p.set('lang', 'en');
  const s = p.toString();
  return s ? `?${s}` : '';
}

function select(
  id: string,
  label: string,
  any: string,
  items: { code: string; label: string }[],
  value: string,
) {
  return html`<div class="col-md-4 mb-3">
    <label for="${id}" class="form-label fw-semibold">${label}</label>
    <select id="${id}" name="${id}" class="form-select">
      <option value="">${any}</option>
      ${items.map((i) => html`<option value="${i.code}" ${i.code === value ? html`selected` : ''}>${i.label}</option>`)}
    </select>
  </div>`;
}

function authorizationText(s: Service, t: PortalServiceMessages): string {
  if (s.authorization === 'none') return '';
  const date = s.authorizationDate
    ? ` ${format(t.since, { date: s.authorizationDate.split('-').reverse().join('/') })}`
    : '';
  return `${t[s.authorization]}${date}${s.authorization === 'accredited' ? ` (${t.accreditedHelp})` : ''}`;
}

/** The facts of a service as a description list (shared by the results and the service page). */
function facts(
  s: Service,
  district: District,
  labels: Labels,
  locale: Locale,
  full: boolean,
): SafeHtml {
  const t = portalServiceMessages[locale];
  const town = district.municipalities.find((m) => m.id === s.municipalityId)?.name ?? '';
  const served =
    s.servedMunicipalityIds.length === district.municipalities.length
      ? t.allMunicipalities
      : s.servedMunicipalityIds
          .map((id) => district.municipalities.find((m) => m.id === id)?.name ?? '')
          .filter(Boolean)
          .join(', ');
  // what the district wrote stays Italian on the English page, and is marked so
  const lang = contentLang(locale);
  const written = (v: string) => (v ? html`<span${lang}>${v}</span>` : '');
  const rows: [string, string | SafeHtml][] = [
    [t.provider, s.provider.name],
    [t.address, written([s.address, s.postalCode, town].filter(Boolean).join(', '))],
    [t.deliveredIn, town],
    [
      t.phone,
      s.contacts.phone
        ? html`<a href="tel:${s.contacts.phone.replace(/\s/g, '')}">${s.contacts.phone}</a>`
        : '',
    ],
    [
      t.email,
      s.contacts.email ? html`<a href="mailto:${s.contacts.email}">${s.contacts.email}</a>` : '',
    ],
    [
      t.website,
      s.contacts.website ? html`<a href="${s.contacts.website}">${s.contacts.website}</a>` : '',
    ],
    [t.hours, written(s.openingHours)],
    [t.eligibility, written(s.eligibility)],
    [t.costs, written(s.costs)],
    ...(full
      ? ([
          [t.served, served],
          [
            t.areas,
            s.userAreaCodes.map((c) => labelOf(labels, serviceSchemes.userArea, c)).join(', '),
          ],
          [t.category, labelOf(labels, serviceSchemes.istatCategory, s.istatCategoryCode)],
          [t.facility, labelOf(labels, serviceSchemes.facilityType, s.facilityTypeCode)],
          [t.capacity, s.capacity === null ? '' : String(s.capacity)],
          [t.authorization, authorizationText(s, t)],
        ] as [string, string][])
      : []),
  ];
  return html`<dl class="row mb-0">
    ${rows
      .filter(([, v]) => v !== '')
      .map(
        ([k, v]) =>
          html`<dt class="col-sm-4">${k}</dt>
            <dd class="col-sm-8 text-break">${v}</dd>`,
      )}
  </dl>`;
}

const suspendedBadge = (s: Service, t: PortalServiceMessages) =>
  s.status === 'suspended'
    ? html` <span class="badge bg-warning text-dark">${t.suspended}</span>`
    : '';

export function servicesPage(
  locale: Locale,
  district: District,
  labels: Labels,
  f: Filters,
  result: { items: Service[]; total: number },
): string {
  const t = portalServiceMessages[locale];
  const p = portalMessages[locale];
  const base = `/distretti/${district.slug}/servizi`;
  const pages = Math.max(1, Math.ceil(result.total / perPage));
  const filtered = !!(f.q || f.area || f.comune || f.tipo);
  const municipalities = district.municipalities.map((m) => ({ code: m.id, label: m.name }));
  const asked = new URLSearchParams(
    Object.entries({ q: f.q, area: f.area, comune: f.comune, tipo: f.tipo }).filter(([, v]) => v),
  );
  if (f.page > 1) asked.set('pagina', String(f.page));
  return page({
    locale,
    title: t.title,
    path: asked.size > 0 ? `${base}?${asked}` : base,
    crumbs: [
      { label: p.home, href: link('/', locale) },
      { label: district.name, href: link(`/distretti/${district.slug}`, locale) },
      { label: t.title },
    ],
    body: html`
      <h1>${t.title}</h1>
      ${district.isDemo ? html`<div class="alert alert-warning" role="note">${p.demoData}</div>` : ''}
      <p class="lead">${t.intro}</p>
      <form method="get" action="${base}" class="mb-4" role="search">
        <fieldset>
          <legend class="h4">${t.searchLegend}</legend>
          ${locale === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
          <div class="mb-3">
            <label for="q" class="form-label fw-semibold">${t.words}</label>
            <input
              type="search"
              id="q"
              name="q"
              class="form-control"
              value="${f.q}"
              aria-describedby="q-hint"
            />
            <div id="q-hint" class="form-text">${t.wordsHint}</div>
          </div>
          <div class="row">
            ${select('area', t.need, t.any, labels[serviceSchemes.userArea] ?? [], f.area)}
            ${select('comune', t.municipality, t.any, municipalities, f.comune)}
            ${select('tipo', t.type, t.any, labels[serviceSchemes.istatCategory] ?? [], f.tipo)}
          </div>
          <button type="submit" class="btn btn-primary">${t.search}</button>
          ${filtered ? html` <a class="ms-3" href="${link(base, locale)}">${t.reset}</a>` : ''}
        </fieldset>
      </form>
      ${
        filtered
          ? ''
          : html`<h2 class="h4">${t.browseByNeed}</h2>
              <ul class="list-inline">
                ${(labels[serviceSchemes.userArea] ?? []).map(
                  (a) =>
                    html`<li class="list-inline-item mb-2">
                      <a
                        class="btn btn-outline-primary btn-sm"
                        href="${base}${queryString({ ...f, area: a.code }, locale, 1)}"
                        >${a.label}</a
                      >
                    </li>`,
                )}
              </ul>`
      }
      <h2 id="results">
        ${result.total === 1 ? t.foundOne : format(t.found, { n: result.total })}
      </h2>
      ${result.items.length === 0 ? html`<p>${t.none}</p>` : ''}
      <ul class="list-unstyled">
        ${result.items.map(
          (s) =>
            html`<li class="card card-bg shadow-sm mb-3">
              <div class="card-body">
                <h3 class="card-title h5">
                  <a href="${link(`${base}/${s.id}`, locale)}" ${contentLang(locale)}>${s.name}</a
                  >${suspendedBadge(s, t)}
                </h3>
                ${facts(s, district, labels, locale, false)}
              </div>
            </li>`,
        )}
      </ul>
      ${
        pages > 1
          ? html`<nav aria-label="${t.pagination}">
              <p>${format(t.page, { n: f.page, total: pages })}</p>
              <ul class="list-inline">
                ${f.page > 1 ? html`<li class="list-inline-item"><a href="${base}${queryString(f, locale, f.page - 1)}">${t.previous}</a></li>` : ''}
                ${f.page < pages ? html`<li class="list-inline-item"><a href="${base}${queryString(f, locale, f.page + 1)}">${t.next}</a></li>` : ''}
              </ul>
            </nav>`
          : ''
      }
      <p class="small">
        ${t.openData}
        <a href="/api/hsds/services?district=${district.slug}">${t.openDataLink}</a>.
      </p>
    `,
  });
}

export function servicePage(
  locale: Locale,
  district: District,
  labels: Labels,
  s: Service,
): string {
  const t = portalServiceMessages[locale];
  const p = portalMessages[locale];
  const base = `/distretti/${district.slug}/servizi`;
  return page({
    locale,
    title: s.name,
    path: `${base}/${s.id}`,
    crumbs: [
      { label: p.home, href: link('/', locale) },
      { label: district.name, href: link(`/distretti/${district.slug}`, locale) },
      { label: t.title, href: link(base, locale) },
      { label: s.name },
    ],
    body: html`
      <h1><span${contentLang(locale)}>${s.name}</span>${suspendedBadge(s, t)}</h1>
      ${district.isDemo ? html`<div class="alert alert-warning" role="note">${p.demoData}</div>` : ''}
      ${s.description ? html`<p class="lead" ${contentLang(locale)}>${s.description}</p>` : ''}
      ${facts(s, district, labels, locale, true)}
      <p class="mt-4"><a href="${link(base, locale)}">${t.backToList}</a></p>
    `,
  });
}
