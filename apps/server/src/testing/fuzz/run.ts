// The run of the fuzz test (see document.ts), the same for app.inject (fuzz.test.ts) and for a
// running server (scripts/fuzz.mjs): read the document, sign in as the plan office, read the
// demo data's ids, share the request budget among the operations and the portal's pages, send
// what fast-check draws from the seed, and check every answer.
import fc from 'fast-check';
import { readOperations, type OpenApiDocument } from './document';
import { discover, harvest, type Pools } from './pools';
import { portalRequests } from './portal';
import { check, codeOf, type Answer, type Failure } from './property';
import { requestsOf, type FuzzRequest } from './requests';

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Sends one request; throws when no answer comes (connection closed, refused). */
export type Transport = (request: WireRequest) => Promise<Answer>;

export interface RunOptions {
  transport: Transport;
  seed: number;
  /** this many requests (besides the few that sign in and read the demo data) */
  requests: number;
  /** the plan office account */
  credentials: { email: string; password: string };
  /** requests in flight at once (1: one after the other) */
  concurrency?: number;
  onProgress?: (sent: number, total: number, failures: number) => void;
}

export interface RunResult {
  sent: number;
  failures: Failure[];
  /** requests the client refused to send (never counted as answers) */
  unsent: string[];
  /** answers by HTTP status (0: no answer) */
  statuses: Map<number, number>;
  /** the operations of the document */
  operations: string[];
  /** the operations (and portal pages) that answered 2xx at least once */
  reached: Set<string>;
  pools: Pools;
}

/** A 32-bit seed for one operation: adding an operation does not change the others' requests. */
export function seedFor(seed: number, key: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}

const chunkSize = 200;

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(transport: Transport, credentials: RunOptions['credentials']) {
  const answer = await transport({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  const cookie = (answer.headers['set-cookie'] ?? '').match(/pdz_session=[^;,\s]+/)?.[0];
  if (answer.status !== 200 || !cookie)
    throw new Error(`signing in as ${credentials.email}: ${answer.status} ${answer.body}`);
  return { cookie, csrf: (JSON.parse(answer.body) as { csrfToken: string }).csrfToken };
}

/** The request with the version its resource has now, when it asks for it. */
function refresh(request: FuzzRequest, pools: Pools): FuzzRequest {
  const version = request.fresh ? pools.versions.get(request.fresh.id) : undefined;
  if (version === undefined) return request;
  if (request.fresh!.where === 'query')
    return { ...request, url: request.url.replace(/([?&]version=)[^&]*/, `$1${version}`) };
  if (typeof request.body !== 'string') return request;
  try {
    const body = JSON.parse(request.body) as unknown;
    if (!body || typeof body !== 'object' || !('version' in body)) return request;
    return { ...request, body: JSON.stringify({ ...body, version }) };
  } catch {
    return request;
  }
}

/**
 * Keeps the versions the answers show: a write raises the version of its resource, and a
 * conflict tells the current one.
 */
function remember(answer: Answer, pools: Pools): void {
  if (answer.status >= 300 && answer.status !== 409) return;
  if (!(answer.headers['content-type'] ?? '').includes('json')) return;
  try {
    harvest(pools, new Set(), JSON.parse(answer.body), undefined, {});
  } catch {
    // not JSON after all: nothing to remember
  }
}

function wire(request: FuzzRequest, session: Session): WireRequest {
  const headers = { ...request.headers };
  if (request.as === 'planOffice' || request.as === 'no-csrf') headers.cookie = session.cookie;
  if (request.as === 'planOffice') headers['x-csrf-token'] = session.csrf;
  if (request.as === 'forged-cookie') {
    headers.cookie = 'pdz_session=forged.c2lnbmF0dXJl';
    headers['x-csrf-token'] = 'forged';
  }
  return {
    method: request.method,
    url: request.url,
    headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
  };
}

export async function runFuzz(options: RunOptions): Promise<RunResult> {
  const { transport, seed } = options;
  const documentAnswer = await transport({ method: 'GET', url: '/api/openapi.json', headers: {} });
  const operations = readOperations(JSON.parse(documentAnswer.body) as OpenApiDocument);
  const session = await signIn(transport, options.credentials);
  const pools = await discover({
    operations,
    limit: 150,
    get: async (url) => {
      const answer = await transport({
        method: 'GET',
        url,
        headers: { cookie: session.cookie },
      });
      try {
        return answer.status === 200 ? JSON.parse(answer.body) : undefined;
      } catch {
        return undefined;
      }
    },
  });

  // the budget shared by weight: an operation with more fields gets more requests
  const groups = [
    { key: 'portal', arbitrary: portalRequests(pools), weight: 24 },
    ...operations.map((op) => ({
      key: op.key,
      arbitrary: requestsOf(op, pools),
      weight: 3 + Math.min(op.slots.length, 20),
    })),
  ];
  const totalWeight = groups.reduce((sum, g) => sum + g.weight, 0);
  // shares rounded down, the requests left over to the largest remainders: the exact budget
  const shares = groups.map((g) => (options.requests * g.weight) / totalWeight);
  const sizes = shares.map(Math.floor);
  const left = options.requests - sizes.reduce((a, b) => a + b, 0);
  shares
    .map((share, i) => ({ i, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest)
    .slice(0, left)
    .forEach(({ i }) => (sizes[i]! += 1));

  const total = sizes.reduce((a, b) => a + b, 0);

  const result: RunResult = {
    sent: 0,
    unsent: [],
    failures: [],
    statuses: new Map(),
    operations: operations.map((op) => op.key),
    reached: new Set(),
    pools,
  };
  const record = (request: FuzzRequest, answer: Answer | Error) => {
    result.sent += 1;
    const status = answer instanceof Error ? 0 : answer.status;
    result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
    if (status >= 200 && status < 300) result.reached.add(request.operation);
    const problem =
      answer instanceof Error ? `no answer (${answer.message})` : check(request, answer);
    if (problem)
      result.failures.push({
        request,
        status,
        problem,
        code: answer instanceof Error ? '' : codeOf(answer.body),
        body: answer instanceof Error ? '' : answer.body.slice(0, 2000),
      });
    if (result.sent % 500 === 0) options.onProgress?.(result.sent, total, result.failures.length);
  };

  for (const [i, group] of groups.entries()) {
    // drawn in chunks: a large budget never holds all its requests (some of a megabyte) at once
    for (let chunk = 0; chunk * chunkSize < sizes[i]!; chunk++) {
      const requests = fc.sample(group.arbitrary, {
        seed: seedFor(seed, chunk === 0 ? group.key : `${group.key}#${chunk}`),
        numRuns: Math.min(chunkSize, sizes[i]! - chunk * chunkSize),
      });
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const request = refresh(requests[next++]!, pools);
          try {
            const answer = await transport(wire(request, session));
            remember(answer, pools);
            record(request, answer);
          } catch (err) {
            const error = err instanceof Error ? err : new Error(String(err));
            if (error.name === 'NotSentError')
              result.unsent.push(`${error.message}: ${request.url}`);
            else record(request, error);
          }
        }
      };
      await Promise.all(Array.from({ length: options.concurrency ?? 1 }, worker));
    }
  }
  options.onProgress?.(result.sent, total, result.failures.length);
  return result;
}
