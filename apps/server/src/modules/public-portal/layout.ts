import type { Locale } from '@pdz/core';
import { faviconLinks } from '../../platform/http/favicon';
import { html, SafeHtml } from './html';
import { portalMessages } from './portal.messages';

export interface Crumb {
  label: string;
  href?: string;
}

/** Appends the language to a portal link when it is not the default (Italian). */
export function link(path: string, locale: Locale): string {
  return locale === 'it' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;
}

/**
 * What districts write (plans, services) is in Italian: on an English page it is marked as
 * such, so that a screen reader reads it with the right voice.
 */
export const contentLang = (locale: Locale): SafeHtml =>
  new SafeHtml(locale === 'it' ? '' : ' lang="it"');

/**
 * Every table sits in a box of its own that scrolls sideways on a narrow screen (the page never
 * does): the box is a region named by the table's caption and takes the keyboard focus, so that
 * it can be scrolled without a mouse.
 */
const tableBox =
  /<div class="table-responsive([^"]*)"([^>]*)>(\s*<table[^>]*>\s*)<caption([^>]*)>/g;
export function labelTableRegions(body: string): string {
  let n = 0;
  return body.replace(tableBox, (_all, cls: string, attrs: string, table: string, cap: string) => {
    n += 1;
    const id = `table-caption-${n}`;
    return `<div class="table-responsive${cls}"${attrs} role="region" tabindex="0" aria-labelledby="${id}">${table}<caption${cap} id="${id}">`;
  });
}

/** The pages every footer links: the legal pages, then the open data for developers. */
function footer(locale: Locale) {
  const t = portalMessages[locale];
  const links: [string, string][] = [
    [link('/accessibilita', locale), t.accessibility],
    [link('/privacy', locale), t.privacy],
    [link('/note-legali', locale), t.legalNotes],
    ['/api/hsds/services', t.openData],
  ];
  return html`<footer class="it-footer d-print-none">
    <div class="it-footer-main">
      <div class="container py-4">
        <p class="mb-3">${t.footer}</p>
        <nav aria-label="${t.footerLinks}">
          <ul class="portal-footer-links">
            ${links.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}
          </ul>
        </nav>
      </div>
    </div>
  </footer>`;
}

export function page(opts: {
  locale: Locale;
  title: string;
  path: string;
  crumbs: Crumb[];
  body: SafeHtml;
}): string {
  const t = portalMessages[opts.locale];
  const other: Locale = opts.locale === 'it' ? 'en' : 'it';
  // the same page in the other language, with whatever the path already asks (search filters)
  const otherHref = link(opts.path, other);
  const crumbs = opts.crumbs.length
    ? html`<nav class="breadcrumb-container d-print-none" aria-label="${t.breadcrumb}">
        <ol class="breadcrumb">
          ${opts.crumbs.map((c, i) =>
            i === opts.crumbs.length - 1
              ? html`<li class="breadcrumb-item active" aria-current="page">${c.label}</li>`
              : html`<li class="breadcrumb-item">
                  <a href="${c.href ?? '#'}">${c.label}</a><span class="separator">/</span>
                </li>`,
          )}
        </ol>
      </nav>`
    : '';
  const body = new SafeHtml(labelTableRegions(opts.body.value));
  return `<!doctype html>${html`<html lang="${opts.locale}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${opts.title} · ${t.siteName}</title>
      ${new SafeHtml(faviconLinks)}
      <link rel="stylesheet" href="/assets/bootstrap-italia/css/bootstrap-italia.min.css" />
      <link rel="stylesheet" href="/assets/portal.css" />
    </head>
    <body class="d-flex flex-column min-vh-100">
      <a class="visually-hidden-focusable portal-skip d-print-none" href="#main"
        >${t.skipToContent}</a
      >
      <header class="it-header-wrapper d-print-none">
        <div class="it-header-slim-wrapper">
          <div class="container">
            <div
              class="it-header-slim-wrapper-content justify-content-end justify-content-lg-between"
            >
              <span class="navbar-brand d-none d-lg-inline">${t.siteTagline}</span>
              <div class="it-header-slim-right-zone">
                <a class="portal-slim-link" href="${otherHref}" lang="${other}" hreflang="${other}"
                  >${t.switchTo}</a
                >
                <a class="btn btn-primary btn-sm" href="/app/">${t.backOffice}</a>
              </div>
            </div>
          </div>
        </div>
        <div class="it-header-center-wrapper">
          <div class="container">
            <div class="it-header-center-content-wrapper">
              <div class="it-brand-wrapper">
                <a href="${link('/', opts.locale)}">
                  <div class="it-brand-text">
                    <div class="it-brand-title">${t.siteName}</div>
                    <div class="it-brand-tagline d-none d-md-block">${t.districts}</div>
                  </div>
                </a>
              </div>
            </div>
          </div>
        </div>
      </header>
      <main id="main" class="container my-4 flex-grow-1" tabindex="-1">${crumbs} ${body}</main>
      ${footer(opts.locale)}
    </body>
  </html>`}`;
}
