import {
  formatDate,
  formatNumber,
  type Locale,
  type PlanVersion,
  type PlanVersionSummary,
  type SnapshotIndicator,
} from '@pdz/core';
import { html } from './html';
import { contentLang } from './layout';
import { format, portalMessages } from './portal.messages';
import { portalPlanMessages } from './portal.plan.messages';

/**
 * Parts of the approved plan's page that explain themselves to a citizen: the document's
 * fingerprint, its files, the short reading guide, the staff assigned and the indicator tables.
 */

/** What the fingerprint is for, with the code itself one click away (and on paper). */
export function fingerprint(locale: Locale, version: PlanVersion) {
  const t = portalMessages[locale];
  return html`<div class="portal-fingerprint mb-4">
    <p class="mb-1"><strong>${t.fingerprint}</strong></p>
    <p class="small mb-1">${t.fingerprintHelp}</p>
    <details class="small d-print-none">
      <summary>${t.fingerprintShow}</summary>
      <p class="mb-0 mt-1">
        ${t.fingerprintCode} <code class="text-break">${version.sha256}</code>
      </p>
    </details>
    <p class="small d-none d-print-block mb-0">
      ${t.fingerprintPrinted} <code class="text-break">${version.sha256}</code>
    </p>
  </div>`;
}

export function readingGuide(locale: Locale) {
  const g = portalPlanMessages[locale];
  return html`<section class="portal-guide mb-4" aria-labelledby="guide-title">
    <h2 id="guide-title" class="h4">${g.guideTitle}</h2>
    <dl class="mb-0">
      ${g.guide.map(
        ([term, text]) =>
          html`<dt>${term}</dt>
            <dd>${text}</dd>`,
      )}
    </dl>
  </section>`;
}

/** Staff of an objective by profile, in full-time equivalents said in words. */
export function staffLine(
  locale: Locale,
  staff: readonly { profileCode: string; fte: number }[] | undefined,
  profiles: Record<string, string>,
) {
  if (!staff?.length) return '';
  const t = portalMessages[locale];
  const list = staff
    .map((s) => `${profiles[s.profileCode] ?? s.profileCode} ${formatNumber(s.fte, locale)}`)
    .join('; ');
  return html`<p><strong>${t.staff}</strong> (${t.staffUnit}): ${list}</p>`;
}

export function indicatorTable(
  locale: Locale,
  title: string,
  indicators: readonly SnapshotIndicator[],
  years: number[],
) {
  const t = portalMessages[locale];
  const k = portalPlanMessages[locale];
  const lang = contentLang(locale);
  const value = (v: number | null) => (v === null ? '–' : formatNumber(v, locale));
  return html`<div class="table-responsive portal-indicators">
    <table class="table table-sm">
      <caption class="visually-hidden">
        ${format(t.indicatorsCaption, { title })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.indicator}</th>
          <th scope="col">${k.kindOfIndicator}</th>
          <th scope="col">${t.unit}</th>
          <th scope="col" class="text-end">${t.baseline}</th>
          ${years.map((y) => html`<th scope="col" class="text-end">${format(t.expectedIn, { year: y })}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${indicators.map(
          (i) =>
            html`<tr>
              <th scope="row" class="fw-normal"${lang}>${i.name}</th>
              <td>${k.kinds[i.kind] ?? ''}</td>
              <td${lang}>${i.unit}</td>
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

/**
 * The files of every approved version: real links (no script needed), each naming its version,
 * and the page of that version to print.
 */
export function documentLinks(
  locale: Locale,
  base: string,
  versions: readonly PlanVersionSummary[],
  shown: number,
) {
  const g = portalPlanMessages[locale];
  const q = locale === 'en' ? '?lang=en' : '';
  return html`<section class="portal-documents mb-4 d-print-none" aria-labelledby="documents-title">
    <h2 id="documents-title" class="h4">${g.documentsTitle}</h2>
    <p class="small">${g.documentsHelp}</p>
    <ul class="list-unstyled">
      ${versions.map((v) => {
        const of = format(g.documentOfVersion, { n: v.number });
        return html`<li class="mb-2">
          <strong
            >${format(g.documentVersion, { n: v.number, date: formatDate(v.decisionDate) })}</strong
          >${v.number === shown ? html` (${g.thisVersion})` : ''}<br />
          <a href="${base}/versioni/${v.number}/piano.pdf${q}" type="application/pdf"
            >${g.documentPdf}<span class="visually-hidden">, ${of}</span></a
          >
          ·
          <a
            href="${base}/versioni/${v.number}/piano.docx${q}"
            type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            >${g.documentDocx}<span class="visually-hidden">, ${of}</span></a
          >
          ·
          <a href="${base}/versioni/${v.number}${q}"
            >${g.documentPrint}<span class="visually-hidden">, ${of}</span></a
          >
        </li>`;
      })}
    </ul>
  </section>`;
}
