/**
 * The portal on paper: no header, menus, footer or skip link; the page's full width with
 * modest margins and page numbers; each chapter and each area of a plan starts a page; tables
 * print whole with their headings repeated; web addresses are written after their links.
 */
export const portalPrintCss = `@media print {
  @page {
    size: A4;
    margin: 14mm 13mm 15mm;
    @bottom-right { content: counter(page) " / " counter(pages); font: 9pt "Titillium Web", sans-serif; color: #333; }
  }
  html { font-size: 12px; }
  body { display: block !important; min-height: 0 !important; color: #000; background: #fff; }
  header, footer, nav, .portal-skip { display: none !important; }
  main.container { max-width: none; margin: 0 !important; padding: 0; }
  .portal-chapter, .portal-area { break-before: page; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  tr, .portal-fingerprint, .portal-guide dd, .alert { break-inside: avoid; }
  .mb-5, .mb-4 { margin-bottom: .75rem !important; }
  p, ul, dl { margin-bottom: .5rem; }
  .portal-objective li { margin-bottom: .25rem !important; }
  .table-responsive { overflow: visible !important; }
  .table { font-size: .95rem; margin-bottom: .75rem; }
  .table > :not(caption) > * > * { padding: .2rem .35rem; }
  thead { display: table-header-group; }
  a { color: #000 !important; }
  main a[href^="http"]::after, main a[href^="mailto:"]::after {
    content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere;
  }
  .badge { color: #000 !important; background: none !important; border: 1px solid #000; }
  .alert { padding: .5rem .75rem; }
  .portal-objective { border-left-width: 2px; }
}`;
