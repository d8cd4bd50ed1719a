/**
 * An address with a trailing slash answers like the same address without it (`/api/hsds/` as
 * `/api/hsds`, `/distretti/pavia/` as `/distretti/pavia`), the query kept. The root and the
 * back office (`/app/…`, whose own router reads the path) are left as they are. Used as
 * Fastify's `rewriteUrl`, so it happens before routing.
 */
export function withoutTrailingSlash(url: string): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (path.length <= 1 || !path.endsWith('/') || path.startsWith('/app/')) return url;
  return (path.replace(/\/+$/, '') || '/') + (q === -1 ? '' : url.slice(q));
}
