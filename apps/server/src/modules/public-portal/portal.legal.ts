import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale } from '@pdz/core';
import type { Config } from '../../config';
import type { TerritoryService } from '../territory/index';
import { escapeHtml, html, SafeHtml } from './html';
import { link, page } from './layout';
import { accessibilityStatement } from './portal.accessibility.messages';
import type { LegalText } from './portal.legal.types';
import { format, portalMessages } from './portal.messages';
import { legalNotes } from './portal.notes.messages';
import { privacyNotice } from './portal.privacy.messages';

/**
 * The accessibility statement, the privacy notice and the legal notes: real pages in both
 * languages, linked from every footer. Facts that belong to the body publishing the portal come
 * from its configuration; one that is not set is shown as missing, naming the setting.
 */
const pages: { path: string; text: Record<Locale, LegalText> }[] = [
  { path: '/accessibilita', text: accessibilityStatement },
  { path: '/privacy', text: privacyNotice },
  { path: '/note-legali', text: legalNotes },
];

/** Text with `{fact}` filled in and `[label](address)` made a link; everything else escaped. */
export function richText(text: string, facts: Record<string, SafeHtml>): SafeHtml {
  const filled = escapeHtml(text).replace(/\{(\w+)\}/g, (all, k: string) => facts[k]?.value ?? all);
  return new SafeHtml(filled.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>'));
}

async function factsOf(
  locale: Locale,
  territory: TerritoryService,
  config: Config,
): Promise<Record<string, SafeHtml>> {
  const t = portalMessages[locale];
  const c = config.portal;
  const missing = (setting: string) =>
    html`<span class="portal-missing">[${format(t.missingFact, { setting })}]</span>`;
  const mail = (address: string | undefined, setting: string) =>
    address ? html`<a href="mailto:${address}">${address}</a>` : missing(setting);
  const districts = await Promise.all(
    (await territory.listPublic()).map((d) => territory.findPublicBySlug(d.slug)),
  );
  const lead = districts.flatMap((d) =>
    d?.leadBody ? [{ body: d.leadBody.name, of: d.name }] : [],
  );
  const bodies = [...new Set(lead.map((l) => l.body))];
  return {
    owner: c.owner
      ? html`${c.owner}`
      : bodies.length
        ? html`${bodies.join(', ')}`
        : missing('PORTAL_OWNER'),
    controllers: lead.length
      ? html`${lead.map((l) => `${l.body} (${l.of})`).join('; ')}`
      : c.owner
        ? html`${c.owner}`
        : missing('PORTAL_OWNER'),
    email: mail(c.contactEmail, 'PORTAL_CONTACT_EMAIL'),
    dpo: mail(c.dpoEmail, 'PORTAL_DPO_EMAIL'),
    retention: c.logRetentionDays
      ? html`${c.logRetentionDays}`
      : missing('PORTAL_LOG_RETENTION_DAYS'),
    agid: c.accessibilityUrl
      ? html`<a href="${c.accessibilityUrl}">${c.accessibilityUrl}</a>`
      : missing('PORTAL_ACCESSIBILITY_URL'),
    site: config.publicUrl
      ? html` (<a href="${config.publicUrl}">${config.publicUrl}</a>)`
      : html``,
  };
}

function legalPage(locale: Locale, path: string, text: LegalText, facts: Record<string, SafeHtml>) {
  const t = portalMessages[locale];
  const block = (b: string | string[]) =>
    Array.isArray(b)
      ? html`<ul>
          ${b.map((item) => html`<li>${richText(item, facts)}</li>`)}
        </ul>`
      : html`<p>${richText(b, facts)}</p>`;
  return page({
    locale,
    title: text.title,
    path,
    crumbs: [{ label: t.home, href: link('/', locale) }, { label: text.title }],
    body: html`<div class="portal-legal">
      <h1>${text.title}</h1>
      ${text.intro.map(block)}
      ${text.sections.map(
        (s, i) =>
          html`<section aria-labelledby="section-${i + 1}">
            <h2 id="section-${i + 1}">${s.heading}</h2>
            ${s.blocks.map(block)}
          </section>`,
      )}
      <p class="small mt-4">${text.updated}</p>
    </div>`,
  });
}

export function registerLegalPages(
  app: FastifyInstance,
  deps: { territory: TerritoryService; config: Config; localeOf: (r: FastifyRequest) => Locale },
): void {
  for (const p of pages) {
    app.get(p.path, { schema: { hide: true } }, async (request, reply) => {
      const locale = deps.localeOf(request);
      const facts = await factsOf(locale, deps.territory, deps.config);
      return reply
        .type('text/html; charset=utf-8')
        .send(legalPage(locale, p.path, p.text[locale], facts));
    });
  }
}
