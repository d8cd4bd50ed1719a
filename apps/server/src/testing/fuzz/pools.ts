// Real values of the demo data for the fuzz test (see document.ts): the ids, codes and slugs
// that the API answers with, read through the API as the plan office, so that a valid request
// reaches the code behind the checks of existence. Each value keeps the ids it was found
// under (its plan, its district…), so that a request can use ids that belong together.
import type { Operation } from './document';

export type Primitive = string | number;

export interface Known {
  value: Primitive;
  /** the ids of the resources it was found under, by parameter name */
  bindings: Record<string, Primitive>;
}

export interface Pools {
  /** values by the name of the parameter or field they fit */
  values: Map<string, Known[]>;
  /** the last `version` seen of each resource, by its id */
  versions: Map<Primitive, number>;
}

export const emptyPools = (): Pools => ({ values: new Map(), versions: new Map() });

export const knownValues = (pools: Pools, name: string): Known[] => pools.values.get(name) ?? [];

const wrappers = new Set(['items', 'contents', 'data', 'results', 'rows']);
const perName = 300;

/** `plans` → `planId`, `taxonomy_terms` → `taxonomyTermId`, `areaId` → `areaId`. */
export function idNameFor(context: string | undefined): string | undefined {
  if (!context) return undefined;
  if (/Id$/.test(context)) return context;
  const camel = context.replace(/[_-](\w)/g, (_, c: string) => c.toUpperCase());
  const singular = camel.replace(/ies$/, 'y').replace(/s$/, '');
  return singular ? `${singular}Id` : undefined;
}

/** The pool a path parameter draws from (an anonymous `{id}` is named after its collection). */
export function poolNameOf(template: string, param: string): string {
  if (param !== 'id') return param;
  const segments = template.split('/');
  const i = segments.indexOf(`{${param}}`);
  return idNameFor(segments[i - 1]) ?? param;
}

export function addKnown(pools: Pools, name: string, known: Known): void {
  const list = pools.values.get(name) ?? [];
  if (list.length >= perName || list.some((k) => k.value === known.value)) return;
  list.push(known);
  pools.values.set(name, list);
}

/**
 * Collects the values of an answer: every object's `id` under the name of the collection it is
 * in (and its `version`), and every field named like a parameter (`districtId`, `scheme`,
 * `number`, `code`, `slug`).
 */
export function harvest(
  pools: Pools,
  wanted: Set<string>,
  value: unknown,
  context: string | undefined,
  bindings: Record<string, Primitive>,
): void {
  if (Array.isArray(value)) {
    for (const item of value) harvest(pools, wanted, item, context, bindings);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  const idName = idNameFor(context);
  let inner = bindings;
  if (typeof object.id === 'string' || typeof object.id === 'number') {
    if (typeof object.version === 'number') pools.versions.set(object.id, object.version);
    if (idName) {
      addKnown(pools, idName, { value: object.id, bindings });
      inner = { ...bindings, [idName]: object.id };
    }
  }
  for (const [key, v] of Object.entries(object)) {
    if ((typeof v === 'string' || typeof v === 'number') && key !== 'id') {
      if (wanted.has(key) || /Id$/.test(key)) {
        const { [key]: _self, ...others } = inner;
        addKnown(pools, key, { value: v, bindings: others });
      }
    } else if (v && typeof v === 'object') {
      harvest(pools, wanted, v, wrappers.has(key) ? context : key, inner);
    }
  }
}

export interface Discovery {
  /** GET of a same-origin path, as the plan office; the parsed JSON or undefined */
  get(url: string): Promise<unknown>;
  operations: Operation[];
  /** at most this many requests */
  limit: number;
}

/** Fills the parameters of a template from the pools, up to `max` distinct combinations. */
export function bindingsFor(
  pools: Pools,
  operation: Operation,
  max: number,
): Record<string, Primitive>[] {
  const names = operation.pathParams.map((p) => p.name);
  if (names.length === 0) return [{}];
  const last = names[names.length - 1]!;
  const candidates = knownValues(pools, poolNameOf(operation.template, last));
  const out: Record<string, Primitive>[] = [];
  for (const known of candidates.slice(0, max)) {
    const values: Record<string, Primitive> = { [last]: known.value };
    for (const name of names.slice(0, -1)) {
      const bound =
        known.bindings[name] ?? knownValues(pools, poolNameOf(operation.template, name))[0]?.value;
      if (bound === undefined) break;
      values[name] = bound;
    }
    if (Object.keys(values).length === names.length) out.push(values);
  }
  return out;
}

export function fillTemplate(template: string, values: Record<string, Primitive>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(values[name])),
  );
}

/** Reads the demo data through the API: every read operation, as soon as its ids are known. */
export async function discover({ get, operations, limit }: Discovery): Promise<Pools> {
  const pools = emptyPools();
  const wanted = new Set(['code', 'slug', 'email']);
  for (const op of operations) for (const p of op.pathParams) wanted.add(p.name);
  const reads = operations.filter((o) => o.method === 'GET');
  const done = new Set<string>();
  let sent = 0;
  for (let round = 0; round < 5 && sent < limit; round++) {
    let progress = false;
    for (const op of reads) {
      // a few of each kind of id; every value of a named one (each classification scheme)
      const last = op.pathParams[op.pathParams.length - 1]?.name;
      const named = last !== undefined && !/Id$/.test(poolNameOf(op.template, last));
      for (const values of bindingsFor(pools, op, named ? 20 : 3)) {
        const url = fillTemplate(op.template, values);
        if (done.has(url) || sent >= limit) continue;
        done.add(url);
        sent += 1;
        progress = true;
        const body = await get(url);
        const segments = op.template.split('/');
        const tail = segments[segments.length - 1]!.replace(/^\{(\w+)\}$/, '$1');
        const context = tail === 'id' ? poolNameOf(op.template, 'id') : tail;
        harvest(pools, wanted, body, context, values);
      }
    }
    if (!progress) break;
  }
  return pools;
}
