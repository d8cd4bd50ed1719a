// The fuzz test of the API (issue "hostile input"): a property-based generator driven by the
// OpenAPI document, sent by the server suite through app.inject (fuzz.test.ts) and by
// scripts/fuzz.mjs against a running server. The property: no answer is 5xx, and every 4xx/5xx
// answer under /api is application/problem+json with a `code` and the HTTP `status`.
//
// This file reads the document into the operations the generator works on: their parameters,
// their body (JSON or a raw file) and every field ("slot") a mutation may aim at.

/** The subset of JSON Schema the contracts produce (zod → OpenAPI 3.1). */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
}

export interface Param {
  name: string;
  schema: Schema;
  required: boolean;
}

/** A place in a request that a mutation can aim at. */
export interface Slot {
  where: 'path' | 'query' | 'body';
  /** path inside the body (array items as index 0); [name] for parameters */
  at: (string | number)[];
  /** the field's own name (the last key that is not an array index) */
  name: string;
  schema: Schema;
  required: boolean;
}

export interface Operation {
  /** "PATCH /api/districts/{districtId}/plans/{planId}" */
  key: string;
  method: string;
  template: string;
  pathParams: Param[];
  queryParams: Param[];
  /** a JSON body (any media type of the JSON family the document states) */
  json?: { mediaType: string; schema: Schema; required: boolean };
  /**
   * the raw file media types, when the document states a file body; a POST that states no body
   * at all is sent files as well (an import whose file the document does not describe yet)
   */
  upload?: string[];
  /** whether the operation needs a session */
  secured: boolean;
  slots: Slot[];
  /** order of sending: reads, writes, deletions, then the plan's transitions, sign-out last */
  rank: number;
}

interface RawParameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: RawParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  /** the paths are relative to the first server's URL (`…/api`) */
  servers?: { url: string }[];
}

function basePath(document: OpenApiDocument): string {
  const url = document.servers?.[0]?.url;
  return url ? new URL(url, 'http://localhost').pathname.replace(/\/+$/, '') : '';
}

const methods = ['get', 'post', 'put', 'patch', 'delete'];
export const spreadsheetTypes = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'application/octet-stream',
];

const isJson = (mediaType: string) => /json/i.test(mediaType);

function rankOf(method: string, template: string): number {
  if (template.endsWith('/logout')) return 4;
  if (template.endsWith('/transitions')) return 3;
  if (method === 'DELETE') return 2;
  return method === 'GET' ? 0 : 1;
}

/** Every field of a body schema, depth first: objects, their properties and array items. */
export function bodySlots(schema: Schema, at: (string | number)[] = [], depth = 0): Slot[] {
  if (depth > 6) return [];
  const out: Slot[] = [];
  const branches = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  for (const s of branches) {
    if (s.properties) {
      for (const [key, child] of Object.entries(s.properties)) {
        const childAt = [...at, key];
        out.push({
          where: 'body',
          at: childAt,
          name: key,
          schema: child,
          required: s.required?.includes(key) ?? false,
        });
        out.push(...bodySlots(child, childAt, depth + 1));
      }
    }
    if (s.items) {
      const name = typeof at[at.length - 1] === 'string' ? (at[at.length - 1] as string) : '';
      out.push({ where: 'body', at: [...at, 0], name, schema: s.items, required: false });
      out.push(...bodySlots(s.items, [...at, 0], depth + 1));
    }
  }
  // the same key may come from two anyOf branches: keep the first
  const seen = new Set<string>();
  return out.filter((slot) => {
    const id = JSON.stringify(slot.at);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The operations of the document, in the order they are to be sent. */
export function readOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  const base = basePath(document);
  for (const [relative, item] of Object.entries(document.paths)) {
    const template = `${base}${relative}`;
    for (const lower of methods) {
      const raw = item[lower];
      if (!raw) continue;
      const method = lower.toUpperCase();
      const params = (where: string) =>
        (raw.parameters ?? [])
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, schema: p.schema ?? {}, required: p.required === true }));
      const pathParams = params('path');
      const queryParams = params('query');
      const content = raw.requestBody?.content ?? {};
      const jsonType = Object.keys(content).find(isJson);
      const fileTypes = Object.keys(content).filter((t) => !isJson(t));
      const json = jsonType
        ? {
            mediaType: jsonType,
            schema: content[jsonType]?.schema ?? {},
            required: raw.requestBody?.required === true,
          }
        : undefined;
      const upload =
        fileTypes.length > 0
          ? fileTypes
          : method === 'POST' && !raw.requestBody
            ? spreadsheetTypes
            : undefined;
      const slots: Slot[] = [
        ...pathParams.map((p) => ({ where: 'path' as const, at: [p.name], ...p })),
        ...queryParams.map((p) => ({ where: 'query' as const, at: [p.name], ...p })),
        ...(json ? bodySlots(json.schema) : []),
      ];
      operations.push({
        key: `${method} ${template}`,
        method,
        template,
        pathParams,
        queryParams,
        ...(json ? { json } : {}),
        ...(upload ? { upload } : {}),
        secured: (raw.security?.length ?? 0) > 0,
        slots,
        rank: rankOf(method, template),
      });
    }
  }
  // deletions in the reverse order of the document: the parts of a plan (declared after it) first
  const order = (op: Operation, i: number) => (op.method === 'DELETE' ? -i : i);
  return operations
    .map((op, i) => ({ op, i }))
    .sort((a, b) => a.op.rank - b.op.rank || order(a.op, a.i) - order(b.op, b.i))
    .map(({ op }) => op);
}
