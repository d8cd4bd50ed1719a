import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/**
 * The product's icon (a "P" on the design system's blue, drawn for this project): SVG for
 * browsers that take it, an ICO of 16, 32 and 48 px PNGs at the address browsers ask by
 * themselves, and an opaque 180 px PNG for phones' home screens. Portal and back office link
 * them; nothing else serves them.
 */
const icons = [
  { path: '/favicon.ico', file: 'favicon.ico', type: 'image/x-icon' },
  { path: '/favicon.svg', file: 'favicon.svg', type: 'image/svg+xml' },
  { path: '/apple-touch-icon.png', file: 'apple-touch-icon.png', type: 'image/png' },
] as const;

// a plain relative URL, so that the built server (scripts/build.mjs) finds the same folder
const iconsFolder = new URL('./icons/', import.meta.url);

export function registerFavicon(app: FastifyInstance): void {
  for (const icon of icons) {
    const body = readFileSync(new URL(icon.file, iconsFolder));
    app.get(icon.path, { schema: { hide: true } }, (_request, reply) =>
      reply.type(icon.type).header('cache-control', 'public, max-age=604800').send(body),
    );
  }
}

/** The links every HTML page puts in its head. */
export const faviconLinks =
  '<link rel="icon" href="/favicon.ico" sizes="32x32" />' +
  '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />' +
  '<link rel="apple-touch-icon" href="/apple-touch-icon.png" />';
