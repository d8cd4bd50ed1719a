/**
 * bootstrap-italia's CSS does not declare its fonts: they are declared here against the files
 * it ships, served from this server (never a remote host).
 */
function fontFile(weight: number, italic: boolean): string {
  if (weight === 400) return italic ? 'italic' : 'regular';
  return `${weight}${italic ? 'italic' : ''}`;
}

const titillium = (weight: number, style: 'normal' | 'italic' = 'normal') => `@font-face {
  font-family: 'Titillium Web';
  font-style: ${style};
  font-weight: ${weight};
  font-display: swap;
  src: url('/assets/bootstrap-italia/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-${fontFile(weight, style === 'italic')}.woff2') format('woff2');
}`;

export const portalCss = [
  titillium(300),
  titillium(400),
  titillium(600),
  titillium(700),
  titillium(400, 'italic'),
  `.portal-skip { position: absolute; left: 1rem; top: 1rem; z-index: 1000; background: #fff; padding: .5rem 1rem; }
.portal-slim-link { color: #fff; margin-right: 1rem; text-decoration: underline; }
.it-header-slim-wrapper .navbar-brand { color: #fff; font-size: .875rem; }
main:focus { outline: none; }
.it-footer-main a { color: #fff; }`,
].join('\n');
