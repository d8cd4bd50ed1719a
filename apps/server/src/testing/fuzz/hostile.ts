// Hostile values for one field of a request, for the fuzz test (see document.ts): wrong types,
// null, missing, beyond the limits, control characters, bad ids, very long path segments and
// broken percent-encodings. Parameters get the text as it goes into the URL (already encoded);
// body fields get a JSON value.
import fc from 'fast-check';
import type { Schema, Slot } from './document';
import type { Pools } from './pools';

/** A field left out of the request. */
export const MISSING = Symbol('missing');

export interface Hostile {
  /** the family of the mutation (`control`, `huge`, `wrong-type`…), for the report */
  kind: string;
  /** what exactly (`U+0000`, `12001 chars`…) */
  detail: string;
  /** JSON value (body) or encoded text (path, query) */
  value: unknown;
}

// prettier-ignore
export const controls = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085',
  '\u2028', '\u202e', '\ufeff', '\ud800', '\r',
];

/** encodeURIComponent, except that a lone surrogate goes as the (invalid) bytes it would take */
export function encode(text: string): string {
  return Array.from(text, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%ED%A0%80';
    }
  }).join('');
}

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Broken percent-encodings (or not UTF-8), and ones that try to leave the path (`..%2F`, `%2500`). */
// prettier-ignore
const rawEncodings = [
  '%', '%zz', '%C0%80', '%ED%A0%80', '%FF%FE', '%F0%9F%98', '..%2F..%2Fetc%2Fpasswd', '%2e%2e',
  '%u0000', 'a%00b', '%E2%80%AE', '%25%30%30',
];

const typesOf = (schema: Schema): string[] => {
  const own = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  return [...own, ...branches.flatMap(typesOf)];
};

const isUuid = (schema: Schema): boolean =>
  schema.format === 'uuid' || (schema.anyOf ?? []).some(isUuid);

const maxLengthOf = (schema: Schema): number | undefined =>
  schema.maxLength ?? (schema.anyOf ?? []).map(maxLengthOf).find((m) => m !== undefined);

const h = (kind: string, detail: string, value: unknown): Hostile => ({ kind, detail, value });

/** A short readable text with one control character somewhere in it. */
export const withControl: fc.Arbitrary<{ text: string; char: string }> = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constant('\u0000'), weight: 4 },
      { arbitrary: fc.constantFrom(...controls), weight: 3 },
    ),
    fc.string({ maxLength: 8, unit: fc.constantFrom(...'abcXYZ019 '.split('')) }),
    fc.nat(8),
  )
  .map(([char, base, at]) => {
    const i = Math.min(at, base.length);
    return { text: `${base.slice(0, i)}${char}${base.slice(i)}`, char };
  });

/** Text longer than the field's limit (or than any sane limit when it states none). */
function huge(schema: Schema): fc.Arbitrary<string> {
  const max = maxLengthOf(schema);
  return fc
    .oneof(
      fc.constant(max !== undefined ? max + 1 : 100_001),
      fc.integer({ min: (max ?? 1000) + 1, max: Math.max((max ?? 0) * 3, 300_000) }),
    )
    .map((n) => 'x'.repeat(n));
}

function otherIds(pools: Pools): string[] {
  return [...pools.values.values()]
    .flat()
    .map((k) => k.value)
    .filter((v): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v))
    .slice(0, 40);
}

/** A hostile value for a body field. */
export function hostileBodyValue(slot: Slot, pools: Pools): fc.Arbitrary<Hostile> {
  const types = typesOf(slot.schema);
  const list: fc.Arbitrary<Hostile>[] = [
    fc.constant(h('null', 'null', null)),
    fc.constant(h('missing', slot.required ? 'required' : 'optional', MISSING)),
    fc
      .constantFrom<unknown>(12, -1.5, true, 'text', {}, [], [null], { nested: { deeper: [1] } })
      .map((v) => h('wrong-type', Array.isArray(v) ? 'array' : typeof v, v)),
  ];
  const control = withControl.map(({ text, char }) => h('control', codePoint(char), text));
  if (types.includes('string') || types.length === 0) {
    list.push(huge(slot.schema).map((s) => h('huge', `${s.length} chars`, s)));
    list.push(fc.constantFrom(...rawEncodings).map((s) => h('odd-text', s, s)));
  }
  if (isUuid(slot.schema)) {
    const ids = otherIds(pools);
    list.push(
      fc
        .oneof(
          fc.uuid({ version: 4 }),
          fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '1', ''),
          ...(ids.length ? [fc.constantFrom(...ids)] : []),
        )
        .map((id) => h('bad-id', id.length === 36 ? 'unknown or other id' : id, id)),
    );
  }
  if (types.includes('integer') || types.includes('number')) {
    list.push(
      fc
        .constantFrom(
          1e308,
          -1e308,
          2 ** 53 + 2,
          -(2 ** 53) - 2,
          2 ** 31,
          -(2 ** 31) - 1,
          1.5,
          -1,
          0,
          1e-300,
        )
        .map((n) => h('huge', String(n), n)),
    );
  }
  if (types.includes('array')) {
    const max = slot.schema.maxItems ?? 1000;
    list.push(
      fc.constantFrom<unknown>('x', 1, null, {}).map((item) =>
        h(
          'huge',
          `${max + 1} items`,
          Array.from({ length: max + 1 }, () => item),
        ),
      ),
    );
  }
  // control characters in text are what the other families cannot reach: as likely as all of them
  return types.includes('string')
    ? fc.oneof({ arbitrary: control, weight: 1 }, { arbitrary: fc.oneof(...list), weight: 1 })
    : fc.oneof(control, ...list);
}

/** A hostile value for a path or query parameter, as encoded text (MISSING: left out). */
export function hostileParamValue(slot: Slot, pools: Pools): fc.Arbitrary<Hostile> {
  const types = typesOf(slot.schema);
  const list: fc.Arbitrary<Hostile>[] = [
    withControl.map(({ text, char }) => h('control', codePoint(char), encode(text))),
    fc
      .integer({ min: 101, max: 4000 })
      .map((n) => h('long', `${n} chars`, encodeURIComponent('a'.repeat(n)))),
    fc.constantFrom(...rawEncodings).map((s) => h('odd-encoding', s, s)),
    fc.constant(
      h(
        'missing',
        slot.where === 'path' ? 'empty segment' : 'left out',
        slot.where === 'path' ? '' : MISSING,
      ),
    ),
  ];
  if (types.includes('integer') || types.includes('number'))
    list.push(
      fc
        .constantFrom('abc', '1.5', '1e400', '-1', '0x10', '99999999999999999999', 'NaN', ' 1')
        .map((s) => h('wrong-type', s, encodeURIComponent(s))),
    );
  if (isUuid(slot.schema) || slot.where === 'path') {
    const ids = otherIds(pools);
    list.push(
      fc
        .oneof(
          fc.uuid({ version: 4 }),
          fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '1'),
          ...(ids.length ? [fc.constantFrom(...ids)] : []),
        )
        .map((id) => h('bad-id', id.length === 36 ? 'unknown or other id' : id, id)),
    );
  }
  if (slot.where === 'query')
    list.push(huge(slot.schema).map((s) => h('huge', `${s.length} chars`, s.slice(0, 20_000))));
  return fc.oneof(...list);
}
