// The portal's pages in the fuzz test (see document.ts): the public pages are not in the API
// document, so their addresses are listed here; each is asked for with real and hostile
// district slugs, ids and query strings, anonymously. Their answers are HTML: the property
// there is only that none is a 5xx.
import fc from 'fast-check';
import { encode, withControl } from './hostile';
import { knownValues, type Pools } from './pools';
import type { FuzzRequest } from './requests';

export const portalPages = [
  '/',
  '/distretti/{slug}',
  '/distretti/{slug}/servizi',
  '/distretti/{slug}/servizi/{serviceId}',
  '/distretti/{slug}/piani/{planId}',
  '/distretti/{slug}/piani/{planId}/monitoraggio',
  '/distretti/{slug}/piani/{planId}/monitoraggio/{periodId}',
  '/distretti/{slug}/piani/{planId}/monitoraggio/{periodId}/indicatori.csv',
  '/accessibilita',
  '/privacy',
  '/note-legali',
];

const queryKeys = ['lang', 'q', 'comune', 'pagina', 'area', 'tipo'];

function known(pools: Pools, name: string, fallback: string): fc.Arbitrary<string> {
  const values = knownValues(pools, name).map((k) => encode(String(k.value)));
  return values.length ? fc.constantFrom(...values) : fc.constant(fallback);
}

const hostile: fc.Arbitrary<{ kind: string; text: string }> = fc.oneof(
  withControl.map(({ text }) => ({ kind: 'control', text: encode(text) })),
  fc.integer({ min: 101, max: 4000 }).map((n) => ({ kind: 'long', text: 'a'.repeat(n) })),
  fc
    .constantFrom('%', '%zz', '%C0%80', '%ED%A0%80', '..%2F..', '%2e%2e', 'a%00b', '%E2%80%AE')
    .map((text) => ({ kind: 'odd-encoding', text })),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => ({ kind: 'unicode', text: encode(s) })),
  fc.constantFrom('-1', '0', '99999999999999999999', '1e9', 'NaN').map((text) => ({
    kind: 'number',
    text,
  })),
);

/** One request to a page of the portal, valid or with one hostile part. */
export function portalRequests(pools: Pools): fc.Arbitrary<FuzzRequest> {
  const values = fc.record({
    slug: known(pools, 'slug', 'distretto'),
    serviceId: known(pools, 'serviceId', '00000000-0000-4000-8000-000000000000'),
    planId: known(pools, 'planId', '00000000-0000-4000-8000-000000000000'),
    periodId: known(pools, 'periodId', '00000000-0000-4000-8000-000000000000'),
  });
  const query = fc.array(
    fc.tuple(
      fc.constantFrom(...queryKeys),
      fc.oneof(
        fc.constantFrom('it', 'en', 'anziani', '2'),
        hostile.map((h) => h.text),
      ),
    ),
    { maxLength: 3 },
  );
  return fc
    .tuple(
      fc.constantFrom(...portalPages),
      values,
      query,
      fc.option(fc.tuple(fc.constantFrom('slug', 'serviceId', 'planId', 'periodId'), hostile), {
        freq: 2,
      }),
    )
    .map(([page, real, q, twist]) => {
      const parts: Record<string, string> = { ...real };
      if (twist) parts[twist[0]] = twist[1].text;
      const path = page.replace(/\{(\w+)\}/g, (_, name: string) => parts[name] ?? '');
      const search = q.map(([k, v]) => `${k}=${v}`).join('&');
      const used = twist && page.includes(`{${twist[0]}}`);
      const hostileQuery = q.some(([, v]) => !/^(it|en|anziani|2)$/.test(v));
      return {
        operation: `GET ${page}`,
        mutation: used ? twist[1].kind : hostileQuery ? 'query' : 'valid',
        detail: used ? `path.${twist[0]}` : search || 'no query',
        method: 'GET',
        url: search ? `${path}?${search}` : path,
        headers: {},
        as: 'anonymous' as const,
      };
    });
}
