import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as core from '../index';
import type { Contract } from './contract';

/**
 * The conventions every operation of the API follows, so that a generated client gets stable,
 * readable names and a supplier reads what each operation does: an operationId (verb + noun in
 * camelCase, unique), a description, a one-line summary, and every input bounded by the very
 * schema the server validates with (strings, arrays, numbers; request bodies refuse unknown
 * fields).
 */

/** The verbs an operationId may start with. */
const verbs = [
  'get',
  'list',
  'search',
  'create',
  'add',
  'update',
  'set',
  'replace',
  'delete',
  'remove',
  'reorder',
  'transition',
  'extend',
  'import',
  'export',
  'download',
  'upload',
  'preview',
  'check',
  'login',
  'logout',
  'save',
  'submit',
  'validate',
  'return',
  'close',
  'reopen',
];

function isContract(value: unknown): value is Contract {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Contract).method === 'string' &&
    typeof (value as Contract).path === 'string' &&
    'response' in value
  );
}

/** Every contract core exports, alone or in a group (`planContracts.get`…). */
function allContracts(): Contract[] {
  const found = new Set<Contract>();
  for (const value of Object.values(core)) {
    if (isContract(value)) found.add(value);
    else if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) if (isContract(inner)) found.add(inner);
    }
  }
  return [...found];
}

/** Every contract core exports, by its first tag: every module is held to the rules. */
const rows = allContracts().map((c) => ({
  group: c.tags[0] ?? '',
  name: `${c.method} ${c.path}`,
  contract: c,
}));

describe('every operation is named and described', () => {
  it.each(rows)('$group: $name', ({ contract }) => {
    const id = contract.operationId ?? '';
    expect(id, 'operationId').toMatch(/^[a-z]+[A-Za-z0-9]*$/);
    const verb = /^[a-z]+/.exec(id)?.[0] ?? '';
    expect(verbs, `${id} starts with a verb`).toContain(verb);
    // signing in and out name no noun: the session is implied
    if (!['login', 'logout'].includes(id)) expect(id, 'a noun after the verb').not.toBe(verb);
    expect(contract.summary).toMatch(/^[^\n]{1,120}$/);
    const description = contract.description ?? '';
    const sentences = description.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
    expect(sentences.length, `${id}: 1–4 sentences`).toBeGreaterThanOrEqual(1);
    expect(sentences.length, `${id}: 1–4 sentences`).toBeLessThanOrEqual(4);
  });

  it('covers every operation, and no operationId is used twice in the whole API', () => {
    expect(rows.length).toBeGreaterThan(60);
    const ids = allContracts()
      .map((c) => c.operationId)
      .filter((id): id is string => id !== undefined);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });
});

type JsonSchema = Record<string, unknown>;
const boundedFormats = ['uuid', 'date', 'date-time'];

/** Where a JSON Schema leaves an input unbounded: a path and what is missing. */
function unbounded(schema: JsonSchema, path: string, isBody: boolean): string[] {
  const out: string[] = [];
  const sub = (s: unknown, at: string) => {
    if (typeof s === 'object' && s !== null) out.push(...unbounded(s as JsonSchema, at, isBody));
  };
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((s) => sub(s, path));
  }
  const type = schema.type;
  const has = (k: string) => schema[k] !== undefined;
  if (type === 'string' && !has('maxLength') && !has('enum') && !has('const')) {
    if (!boundedFormats.includes(String(schema.format)))
      out.push(`${path}: string without maximum`);
  }
  if (type === 'number' || type === 'integer') {
    if (!has('minimum') && !has('exclusiveMinimum')) out.push(`${path}: number without minimum`);
    if (!has('maximum') && !has('exclusiveMaximum')) out.push(`${path}: number without maximum`);
  }
  if (type === 'array') {
    if (!has('maxItems')) out.push(`${path}: array without maxItems`);
    sub(schema.items, `${path}[]`);
  }
  if (type === 'object') {
    const extra = schema.additionalProperties;
    if (typeof extra === 'object' && extra !== null) {
      if (!has('maxProperties')) out.push(`${path}: map without maxProperties`);
      sub(schema.propertyNames, `${path}{key}`);
      sub(extra, `${path}{}`);
    } else if (isBody && extra !== false) {
      out.push(`${path}: object that takes unknown fields`);
    }
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    for (const [name, s] of Object.entries(properties)) sub(s, `${path}.${name}`);
  }
  return out;
}

describe('every input is bounded by the schema the server validates with', () => {
  it.each(rows)('$group: $name', ({ contract }) => {
    const problems: string[] = [];
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = contract[part];
      if (!schema) continue;
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      problems.push(...unbounded(json as JsonSchema, part, part === 'body'));
    }
    expect(problems).toEqual([]);
  });
});
