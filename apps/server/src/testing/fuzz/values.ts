// Valid values for the fuzz test (see document.ts): a fast-check arbitrary for each schema of
// the document, drawing ids, codes and versions from the demo data where a field names them,
// so that the valid request of an operation is as often as possible really valid.
import fc from 'fast-check';
import type { Schema } from './document';
import { idNameFor, knownValues, type Pools, type Primitive } from './pools';

export interface ValueContext {
  pools: Pools;
  /** the field's name (`areaId`, `title`, `version`…) */
  name: string;
  /** objects with their required properties only */
  minimal?: boolean;
}

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 àèéìòù.,-';
const readable = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...letters.split('')), minLength, maxLength });

const typesOf = (schema: Schema): string[] =>
  Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];

const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The classification scheme a field names: `userAreaCodes` → istatUserArea, `sourceCode` → fundingSource. */
export function schemeOf(pools: Pools, name: string): string | undefined {
  const coded = /Codes?$/.test(name);
  const stem = words(name.replace(/Codes?$/, ''));
  let best: { scheme: string; score: number } | undefined;
  for (const { value } of knownValues(pools, 'scheme')) {
    const schemeWords = words(String(value));
    const score = stem.filter((w) =>
      schemeWords.some((s) => s.startsWith(w.replace(/s$/, ''))),
    ).length;
    if (score > (best?.score ?? 0)) best = { scheme: String(value), score };
  }
  return best && (coded || best.score >= 2) ? best.scheme : undefined;
}

/** The pool a field draws from: `areaId` → areaId, `leadOrganizationId` → organizationId… */
export function poolFor(pools: Pools, name: string): Primitive[] | undefined {
  const singular = name.replace(/Ids$/, 'Id').replace(/Codes$/, 'Code');
  const scheme = schemeOf(pools, name);
  if (scheme) {
    const codes = knownValues(pools, 'code').filter((k) => k.bindings.scheme === scheme);
    if (codes.length) return codes.map((k) => k.value);
  }
  const candidates = [
    singular,
    idNameFor(singular.replace(/^[a-z]+(?=[A-Z])/, '').replace(/^./, (c) => c.toLowerCase())),
    /Code$/.test(singular) || singular === 'code' ? 'code' : undefined,
  ];
  for (const c of candidates) {
    const known = c ? knownValues(pools, c) : [];
    if (known.length) return known.map((k) => k.value);
  }
  return undefined;
}

function stringValue(schema: Schema, ctx: ValueContext): fc.Arbitrary<string> {
  const known = poolFor(ctx.pools, ctx.name)?.filter((v): v is string => typeof v === 'string');
  let generated: fc.Arbitrary<string>;
  if (schema.format === 'uuid') generated = fc.uuid({ version: 4 });
  else if (schema.format === 'date')
    generated = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  else if (schema.format === 'date-time')
    generated = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  else if (schema.format === 'email')
    generated = readable(1, 12).map((s) => `${s.replace(/[^a-z0-9]/gi, '') || 'x'}@example.org`);
  else if (schema.pattern) {
    try {
      generated = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length < 200);
    } catch {
      generated = readable(schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, 40));
    }
  } else {
    const min = schema.minLength ?? 0;
    generated = readable(min, Math.max(min, Math.min(schema.maxLength ?? 40, 40)));
  }
  if (!known?.length) return generated;
  const fits = known.filter((v) => v.length <= (schema.maxLength ?? Infinity));
  return fits.length
    ? fc.oneof({ arbitrary: fc.constantFrom(...fits), weight: 4 }, generated)
    : generated;
}

function numberValue(schema: Schema, ctx: ValueContext, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1e6, schema.exclusiveMinimum ?? -Infinity, -1e9);
  const max = Math.min(schema.maximum ?? 1e6, schema.exclusiveMaximum ?? Infinity, 1e9);
  if (/^version$/i.test(ctx.name))
    return fc.integer({ min: Math.max(min, 0), max: Math.min(max, 4) });
  if (/year/i.test(ctx.name) && min <= 2012 && max >= 2014)
    return fc.integer({ min: 2010, max: 2016 });
  const known = poolFor(ctx.pools, ctx.name)?.filter((v): v is number => typeof v === 'number');
  // decimals with two digits at most, as amounts of money and most measures are
  const generated = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((n) => n / 100);
  return known?.length ? fc.oneof(fc.constantFrom(...known), generated) : generated;
}

/** A value the schema accepts. */
export function validValue(schema: Schema, ctx: ValueContext, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) {
    // the null branch rarely: the other one is what goes deeper
    return fc.oneof(
      ...branches.map((b) => ({
        arbitrary: validValue(b, ctx, depth),
        weight: typesOf(b).includes('null') ? 1 : 4,
      })),
    );
  }
  if (schema.allOf?.length) return validValue(schema.allOf[0]!, ctx, depth);
  const types = typesOf(schema);
  const type = types.find((t) => t !== 'null') ?? types[0];
  switch (type) {
    case 'string':
      return stringValue(schema, ctx);
    case 'integer':
      return numberValue(schema, ctx, true);
    case 'number':
      return numberValue(schema, ctx, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      return depth > 5
        ? fc.constant([])
        : fc.array(validValue(schema.items ?? {}, ctx, depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      if (depth > 5 || Object.keys(properties).length === 0) return fc.constant({});
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(properties))
        record[key] = validValue(child, { ...ctx, name: key }, depth + 1);
      const required = schema.required ?? [];
      if (ctx.minimal)
        return fc.record(Object.fromEntries(required.map((key) => [key, record[key]!])));
      return fc.record(record, { requiredKeys: required });
    }
    case 'null':
      return fc.constant(null);
    default:
      return fc.oneof(readable(0, 10), fc.integer(), fc.boolean());
  }
}
