// The requests of the fuzz test (see document.ts): for one operation, a fast-check arbitrary
// of a valid request and of its mutations — one field made hostile (hostile.ts), the whole body
// (bodies.ts), no session or no CSRF token, another method, odd query strings.
import fc from 'fast-check';
import type { Operation, Slot } from './document';
import { fileTwists, jsonTwists, oversizedTwists, wrongTypes, type Twist } from './bodies';
import { encode, hostileBodyValue, hostileParamValue, MISSING, type Hostile } from './hostile';
import { bindingsFor, type Pools, type Primitive } from './pools';
import { validValue } from './values';

/** Who sends a request: the signed-in plan office, nobody, or a session without its token. */
export type Sender = 'planOffice' | 'anonymous' | 'no-csrf' | 'forged-cookie';

export interface FuzzRequest {
  /** the operation of the document (`GET /api/districts/{districtId}`) or the portal page */
  operation: string;
  /** the family of the mutation (`valid`, `control`, `huge`, `file`…) */
  mutation: string;
  /** where and what (`body.title: U+0000`) */
  detail: string;
  method: string;
  /** path and query, already percent-encoded */
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  as: Sender;
  /** send the `version` (of the body or the query) the resource with this id has by then */
  fresh?: { id: Primitive; where: 'body' | 'query' };
}

interface Parts {
  path: Record<string, string>;
  query: [string, string][];
  body: unknown;
  /** the real id the request aims at, if any, and whether to send its current version */
  target: Primitive | undefined;
  fresh: boolean;
}

const enc = (v: unknown) => encode(typeof v === 'string' ? v : JSON.stringify(v));

function validParts(op: Operation, pools: Pools): fc.Arbitrary<Parts> {
  const last = op.pathParams[op.pathParams.length - 1]?.name;
  const known = bindingsFor(pools, op, 12).map((values) => ({
    path: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, enc(v)])),
    target: last === undefined ? undefined : values[last],
  }));
  const generated = fc
    .record(
      Object.fromEntries(
        op.pathParams.map((p) => [p.name, validValue(p.schema, { pools, name: p.name }).map(enc)]),
      ),
    )
    .map((path) => ({ path: path as Record<string, string>, target: undefined }));
  const path = known.length
    ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 9 }, generated)
    : generated;
  const query = fc
    .tuple(
      ...op.queryParams.map((p) => {
        const value = validValue(p.schema, { pools, name: p.name });
        return p.required ? value : fc.option(value, { freq: 2, nil: MISSING });
      }),
    )
    .map((values) =>
      values.flatMap((v, i): [string, string][] => {
        const name = op.queryParams[i]!.name;
        if (v === MISSING) return [];
        return Array.isArray(v) ? v.map((x) => [name, enc(x)]) : [[name, enc(v)]];
      }),
    );
  // the fewer optional fields, the likelier the body passes the rules that tie fields together
  const body = op.json
    ? fc.oneof(
        validValue(op.json.schema, { pools, name: '' }),
        validValue(op.json.schema, { pools, name: '', minimal: true }),
      )
    : fc.constant(MISSING);
  // mostly the version the resource has: a stale one only tests the conflict
  const fresh = fc.nat(6).map((n) => n > 0);
  return fc
    .record({ path, query, body, fresh })
    .map(({ path: p, ...rest }) => ({ ...rest, path: p.path, target: p.target }));
}

function versionIn(op: Operation): 'body' | 'query' | undefined {
  if (op.json?.schema.properties?.version) return 'body';
  return op.queryParams.some((p) => p.name === 'version') ? 'query' : undefined;
}

function urlOf(op: Operation, parts: Parts): string {
  const path = op.template.replace(/\{(\w+)\}/g, (_, name: string) => parts.path[name] ?? '');
  const query = parts.query.map(([k, v]) => `${encode(k)}=${v}`).join('&');
  return query ? `${path}?${query}` : path;
}

function request(op: Operation, parts: Parts, mutation: string, detail: string): FuzzRequest {
  const json = op.json && parts.body !== MISSING;
  return {
    operation: op.key,
    mutation,
    detail,
    method: op.method,
    url: urlOf(op, parts),
    headers: json ? { 'content-type': op.json!.mediaType } : {},
    ...(json ? { body: JSON.stringify(parts.body) } : {}),
    as: 'planOffice',
    ...(parts.fresh && parts.target !== undefined && versionIn(op)
      ? { fresh: { id: parts.target, where: versionIn(op)! } }
      : {}),
  };
}

/** Sets (or, with MISSING, removes) the value at a path, making the containers on the way. */
function setAt(root: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  const container: Record<string | number, unknown> | unknown[] =
    root && typeof root === 'object'
      ? Array.isArray(root)
        ? [...root]
        : { ...root }
      : typeof head === 'number'
        ? []
        : {};
  const current = (container as Record<string | number, unknown>)[head!];
  const next = setAt(current, rest, value);
  if (next === MISSING) delete (container as Record<string | number, unknown>)[head!];
  else (container as Record<string | number, unknown>)[head!] = next;
  return container;
}

function mutateSlot(op: Operation, parts: Parts, slot: Slot, hostile: Hostile): FuzzRequest {
  if (slot.at[0] === 'version') parts = { ...parts, fresh: false };
  const name = slot.at.join('.');
  const detail = `${slot.where}.${name}: ${hostile.detail}`;
  if (slot.where === 'path') {
    const path = { ...parts.path, [slot.name]: String(hostile.value) };
    return request(op, { ...parts, path }, hostile.kind, detail);
  }
  if (slot.where === 'query') {
    const query = parts.query.filter(([k]) => k !== slot.name);
    if (hostile.value !== MISSING) query.push([slot.name, String(hostile.value)]);
    return request(op, { ...parts, query }, hostile.kind, detail);
  }
  const body = setAt(parts.body === MISSING ? {} : parts.body, slot.at, hostile.value);
  return request(op, { ...parts, body }, hostile.kind, detail);
}

/** Values of unknown query parameters. */
const withQueryJunk = fc.oneof(
  fc.constantFrom('%', '%zz', '%00', '%C0%80', '', '[]', '%5B%5D'),
  fc.integer({ min: 101, max: 5000 }).map((n) => 'q'.repeat(n)),
);

/** Every request the fuzz test may send for one operation. */
export function requestsOf(op: Operation, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const parts = validParts(op, pools);
  const writes = op.method !== 'GET' && op.method !== 'DELETE';
  const options: { arbitrary: fc.Arbitrary<FuzzRequest>; weight: number }[] = [
    { arbitrary: parts.map((p) => request(op, p, 'valid', 'valid')), weight: 4 },
    {
      arbitrary: fc
        .tuple(parts, fc.constantFrom<Sender>('anonymous', 'no-csrf', 'forged-cookie'))
        .map(([p, as]) => ({ ...request(op, p, 'session', as), as })),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(parts, fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'))
        .filter(([, m]) => m !== op.method)
        .map(([p, method]) => ({ ...request(op, p, 'method', method), method })),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(parts, fc.constantFrom('__proto__[x]', 'a[b]', 'lang', 'x'), withQueryJunk)
        .map(([p, key, value]) =>
          request(
            op,
            { ...p, query: [...p.query, [encode(key), value]] },
            'query',
            `${key}=${value}`,
          ),
        ),
      weight: 1,
    },
  ];
  if (op.slots.length) {
    options.push({
      arbitrary: fc
        .tuple(parts, fc.constantFrom(...op.slots))
        .chain(([p, slot]) =>
          (slot.where === 'body'
            ? hostileBodyValue(slot, pools)
            : hostileParamValue(slot, pools)
          ).map((hostile) => mutateSlot(op, p, slot, hostile)),
        ),
      weight: 16,
    });
  }
  const twisted = (twists: fc.Arbitrary<Twist>, weight: number) => ({
    arbitrary: fc.tuple(parts, twists).map(([p, twist]): FuzzRequest => {
      const t = twist(p.body === MISSING ? '{}' : JSON.stringify(p.body));
      return {
        ...request(op, p, t.mutation, t.detail),
        headers: t.contentType ? { 'content-type': t.contentType } : ({} as Record<string, string>),
        body: t.body,
      };
    }),
    weight,
  });
  if (op.json) options.push(twisted(jsonTwists(op.json.mediaType), 6));
  if (op.upload || writes) {
    options.push(twisted(fileTwists(op.upload ?? wrongTypes), op.upload ? 8 : 1));
    options.push(twisted(oversizedTwists(op.upload ?? wrongTypes), 1));
  }
  return fc.oneof(...options);
}
