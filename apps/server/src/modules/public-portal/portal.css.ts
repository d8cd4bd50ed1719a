import { portalPrintCss } from './portal.print.css';

/**
 * bootstrap-italia's CSS does not declare its fonts: they are declared here against the files
 * it ships, served from this server (never a remote host).
 */
const families = {
  'Titillium Web': {
    dir: 'Titillium_Web',
    prefix: 'titillium-web-v10',
    weights: [300, 400, 600, 700],
  },
  Lora: { dir: 'Lora', prefix: 'lora-v20', weights: [400, 700] },
  'Roboto Mono': { dir: 'Roboto_Mono', prefix: 'roboto-mono-v13', weights: [400, 700] },
};

function variant(weight: number, italic: boolean): string {
  if (weight === 400) return italic ? 'italic' : 'regular';
  return `${weight}${italic ? 'italic' : ''}`;
}

const faces = Object.entries(families).flatMap(([family, f]) =>
  f.weights.flatMap((weight) =>
    [false, true].map(
      (italic) => `@font-face {
  font-family: '${family}';
  font-style: ${italic ? 'italic' : 'normal'};
  font-weight: ${weight};
  font-display: swap;
  src: url('/assets/bootstrap-italia/fonts/${f.dir}/${f.prefix}-latin-ext_latin-${variant(weight, italic)}.woff2') format('woff2');
}`,
    ),
  ),
);

export const portalCss = [
  ...faces,
  `.portal-skip { position: absolute; left: 1rem; top: 1rem; z-index: 1000; background: #fff; padding: .5rem 1rem; }
.portal-slim-link { color: #fff; margin-right: 1rem; text-decoration: underline; }
.it-header-slim-wrapper .navbar-brand { color: #fff; font-size: .875rem; }
main:focus { outline: none; }
.it-footer-main a { color: #fff; }
.portal-footer-links { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
.portal-objective { border-left: 4px solid #0066cc; padding: .25rem 0 .25rem 1rem; }
.portal-guide dd { margin-bottom: .5rem; }
.pdz-live-table caption { caption-side: top; }
.portal-legal h2 { margin-top: 2rem; }
.portal-missing { background: #fff0b3; color: #1a1a1a; padding: 0 .25rem; }
/* monitoring bars: the figure is always written beside them, the colour only repeats it */
.portal-bar { vertical-align: middle; border: 1px solid #5c6f82; }
.portal-bar-track { fill: #f2f5f8; }
.portal-bar-fill { fill: #5c6f82; }
.portal-bar-onTrack .portal-bar-fill { fill: #008055; }
.portal-bar-atRisk .portal-bar-fill { fill: #a66300; }
.portal-bar-offTrack .portal-bar-fill { fill: #cc334d; }
/* on a phone a table scrolls in its own box (layout.ts): names keep a readable width there */
@media (max-width: 575.98px) {
  .portal-indicators th[scope="row"] { min-width: 9rem; }
  .it-header-slim-wrapper .portal-slim-link { margin-right: .5rem; }
}`,
  portalPrintCss,
].join('\n');
