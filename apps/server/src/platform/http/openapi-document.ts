import { errorCodes } from '@pdz/core';

/**
 * Turns the document generated from the contracts into the one we publish, conforming to the
 * Italian interoperability guidelines (AgID, ModI; checked with the "Italian Guidelines Full"
 * Spectral profile and with our own ruleset, .spectral.yaml): paths relative to the `/api`
 * server, every integer and number with a format, PATCH bodies as JSON Merge Patch, raw file
 * uploads described, declared tags, and every answer with its rate-limit headers and every
 * error as problem details.
 */
type Json = Record<string, unknown>;
type Operation = Json & {
  responses?: Record<string, Json>;
  requestBody?: Json;
  security?: unknown;
};

export const API_BASE = '/api';

const tagDescriptions: Record<string, string> = {
  platform: 'The API itself: its state and the installation',
  auth: 'Signing in and out; the session',
  territory: 'Districts, their municipalities and organizations',
  plan: 'The plan: structure, phases, versions and coherence',
  budget: 'Money available and allocated, per funding source and year',
  'municipal-share': 'How the municipalities share the cost of the plan',
  indicators: 'Indicators of objectives and actions, with baseline and targets',
  chapters: 'The chapters of the plan document',
  document: 'The plan document: PDF/A and DOCX of the draft and of every approved version',
  needs: 'Needs of the territory and the objectives that answer them',
  spreadsheet: 'The plan as a workbook or CSV: export and import',
  population: 'Resident population and the indicators drawn from it',
  classification: 'Classifications the plan uses (areas, target groups, funding sources…)',
  audit: 'Who changed what, and when',
  services: 'Directory of the social services of the district',
  hsds: 'The service directory in the Open Referral HSDS 3.0 format (public, read-only)',
};

const INT32 = 2 ** 31;

/** Every schema of type integer gets int32 or int64 (from its bounds), every number `double`. */
export function addNumberFormats(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) addNumberFormats(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Json;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer') && schema.format === undefined) {
    const min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
    const max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
    schema.format = min >= -INT32 && max < INT32 ? 'int32' : 'int64';
  } else if (types.includes('number') && schema.format === undefined) {
    schema.format = 'double';
  }
  for (const value of Object.values(schema)) addNumberFormats(value);
}

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
const rateLimitHeaders = {
  'RateLimit-Limit': ref('RateLimit-Limit'),
  'RateLimit-Remaining': ref('RateLimit-Remaining'),
  'RateLimit-Reset': ref('RateLimit-Reset'),
};

const headers = {
  'RateLimit-Limit': {
    description: 'Requests allowed in the current window (per session, or per address without one)',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 1_000_000 },
  },
  'RateLimit-Remaining': {
    description: 'Requests still allowed in the current window',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 1_000_000 },
  },
  'RateLimit-Reset': {
    description: 'Seconds until the window starts again',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86_400 },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86_400 },
  },
};

const problemSchema = {
  type: 'object',
  description: 'Problem details (RFC 9457). `code` is stable; `issues` name the fields at fault.',
  properties: {
    type: {
      type: 'string',
      description: 'URN of the problem type',
      example: 'urn:pdz:problem:not_found',
    },
    title: { type: 'string', description: 'short English summary of the problem type' },
    status: { type: 'integer', format: 'int32', minimum: 100, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'the path of the request' },
    code: { type: 'string', enum: [...errorCodes] },
    issues: {
      type: 'array',
      description: 'fields at fault, with the limit broken (VALIDATION_FAILED)',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string' },
          message: { type: 'string' },
          code: { type: 'string' },
          format: { type: 'string' },
          minimum: { type: 'number', format: 'double' },
          maximum: { type: 'number', format: 'double' },
          actual: { type: 'number', format: 'double' },
        },
        required: ['field', 'message'],
      },
    },
    current: { description: 'the record as it is now (VERSION_CONFLICT)' },
    problems: {
      type: 'array',
      items: { type: 'object' },
      description: 'blocking problems (PLAN_INCOHERENT)',
    },
  },
  required: ['type', 'title', 'status', 'code'],
};

const problemContent = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
};
const errorResponse = (description: string, withRateLimit = true): Json => ({
  description,
  ...(withRateLimit ? { headers: rateLimitHeaders } : {}),
  content: problemContent,
});

const errorResponses: Record<string, Json> = {
  BadRequest: errorResponse(
    'The request is not valid: `issues` names each field and the limit it broke',
  ),
  Unauthorized: errorResponse('No session, or the session has expired'),
  Forbidden: errorResponse(
    'The role does not allow this, or the CSRF token is missing; `detail` says why',
  ),
  NotFound: errorResponse('Not found, or not in a district the user belongs to'),
  Conflict: errorResponse(
    'Changed by someone else meanwhile (`current` holds the record), or not allowed in the current phase',
  ),
  PayloadTooLarge: errorResponse('The body is larger than the operation accepts'),
  UnsupportedMediaType: errorResponse('The body is not of a media type the operation accepts'),
  TooManyRequests: {
    description: 'Too many requests: wait `Retry-After` seconds',
    headers: { 'Retry-After': ref('Retry-After'), ...rateLimitHeaders },
    content: problemContent,
  },
  InternalError: errorResponse(
    'Unexpected error: the detail stays in the server log under the request id',
    false,
  ),
  ServiceUnavailable: {
    description: 'The database does not answer: try again after `Retry-After` seconds',
    headers: { 'Retry-After': ref('Retry-After') },
    content: problemContent,
  },
};
const use = (name: string) => ({ $ref: `#/components/responses/${name}` });

function conformOperation(method: string, op: Operation): void {
  const upload = op['x-upload'] as { mediaTypes: string[]; maxBytes: number } | undefined;
  delete op['x-upload'];
  if (upload) {
    const schema = { type: 'string', format: 'binary', maxLength: upload.maxBytes };
    op.requestBody = {
      required: true,
      description: `The file itself as the body, at most ${upload.maxBytes} bytes`,
      content: Object.fromEntries(upload.mediaTypes.map((t) => [t, { schema }])),
    };
  }
  const download = op['x-download'] as { mediaTypes: string[] } | undefined;
  delete op['x-download'];
  const ok = op.responses?.['200'];
  if (download && ok) {
    const schema = { type: 'string', format: 'binary' };
    ok.content = Object.fromEntries(download.mediaTypes.map((t) => [t, { schema }]));
  }
  const mediaType = op['x-media-type'] as string | undefined;
  delete op['x-media-type'];
  const answer = ok?.content as Record<string, unknown> | undefined;
  if (mediaType && answer?.['application/json']) {
    ok!.content = { [mediaType]: answer['application/json'] };
  }
  const body = op.requestBody as
    { content?: Record<string, unknown>; required?: boolean } | undefined;
  if (method === 'patch' && body?.content?.['application/json']) {
    body.content = { 'application/merge-patch+json': body.content['application/json'] };
    body.required = true;
  }
  const responses = (op.responses ??= {});
  for (const [status, response] of Object.entries(responses)) {
    if (status.startsWith('2'))
      response.headers = { ...(response.headers as Json), ...rateLimitHeaders };
  }
  const writes = method !== 'get';
  const signedIn = Array.isArray(op.security) && op.security.length > 0;
  const add: Array<[string, string, boolean]> = [
    ['400', 'BadRequest', true],
    ['401', 'Unauthorized', signedIn],
    ['403', 'Forbidden', signedIn],
    ['404', 'NotFound', true],
    ['409', 'Conflict', writes],
    ['413', 'PayloadTooLarge', Boolean(op.requestBody)],
    ['415', 'UnsupportedMediaType', Boolean(op.requestBody)],
    ['429', 'TooManyRequests', true],
    ['500', 'InternalError', true],
  ];
  for (const [status, name, applies] of add)
    if (applies && !responses[status]) responses[status] = use(name);
}

/** The published document, given the one generated from the routes. */
export function conformDocument(generated: Json, serverUrl: string): Json {
  const doc = structuredClone(generated) as Json & {
    paths: Record<string, Record<string, Operation>>;
    components?: Json;
  };
  const paths: Record<string, Record<string, Operation>> = {};
  const used = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const relative = path.startsWith(`${API_BASE}/`) ? path.slice(API_BASE.length) : path;
    for (const [method, op] of Object.entries(item)) {
      conformOperation(method, op);
      for (const tag of (op.tags as string[] | undefined) ?? []) used.add(tag);
    }
    paths[relative] = item;
  }
  const status = paths['/status']?.get;
  // the guidelines' /status: its answer is a problem document (the contract's media type), and
  // it may say the API cannot serve
  if (status?.responses) status.responses['503'] = use('ServiceUnavailable');
  doc.paths = paths;
  doc.servers = [
    {
      url: `${serverUrl}${API_BASE}`,
      description: 'This installation',
      ...(serverUrl.startsWith('https://') ? {} : { 'x-sandbox': true }),
    },
  ];
  doc.tags = [...used].sort().map((name) => ({
    name,
    description: tagDescriptions[name] ?? `Operations on ${name}`,
  }));
  const components = (doc.components ??= {}) as Record<string, Json>;
  components.schemas = { ...components.schemas, Problem: problemSchema };
  components.headers = { ...components.headers, ...headers };
  components.responses = { ...components.responses, ...errorResponses };
  addNumberFormats(doc.paths);
  addNumberFormats(doc.components);
  return doc;
}
