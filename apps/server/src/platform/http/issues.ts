import type { FastifyRequest } from 'fastify';
import type { FieldIssue } from '@pdz/core';

/**
 * A zod issue as the problem document carries it: the field, zod's code and the limit broken,
 * and what was sent measured like the limit (a text's length, a list's size), so that the
 * interface can say "at most 200 characters: it has 245" in the reader's language.
 */
const num = (v: unknown): number | undefined =>
  typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined;

export function inputOf(request: FastifyRequest, context: string): unknown {
  if (context === 'querystring') return request.query;
  if (context === 'params') return request.params;
  if (context === 'headers') return request.headers;
  return request.body;
}

export function valueAt(input: unknown, path: string[]): unknown {
  let at: unknown = input;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function measured(origin: unknown, value: unknown): number | undefined {
  if ((origin === 'string' || origin === undefined) && typeof value === 'string') {
    return [...value].length;
  }
  if ((origin === 'array' || origin === 'set') && Array.isArray(value)) return value.length;
  return undefined;
}

export function fieldIssue(
  field: string,
  code: string,
  message: string,
  params: Record<string, unknown> | undefined,
  value: unknown,
): FieldIssue {
  const p = params ?? {};
  const issue: FieldIssue = { field, message, code };
  if (typeof p.origin === 'string') issue.origin = p.origin;
  const minimum = num(p.minimum);
  const maximum = num(p.maximum);
  if (minimum !== undefined) issue.minimum = minimum;
  if (maximum !== undefined) issue.maximum = maximum;
  if (typeof p.inclusive === 'boolean') issue.inclusive = p.inclusive;
  if (typeof p.format === 'string') issue.format = p.format;
  if (typeof p.expected === 'string') issue.expected = p.expected;
  if (Array.isArray(p.values)) issue.values = p.values.map(String);
  if (code === 'too_big' || code === 'too_small') {
    const actual = measured(p.origin, value);
    if (actual !== undefined) issue.actual = actual;
  }
  return issue;
}
