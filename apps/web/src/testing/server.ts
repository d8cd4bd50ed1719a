import { vi } from 'vitest';
import type { Contract, ErrorCode, Problem } from '@pdz/core';
import { errorStatus } from '@pdz/core';

/** A request as the fake server sees it. */
export interface FakeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

type Handler = (req: FakeRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A problem+json answer shaped like the server's (core's problemSchema). */
export function problem(
  code: ErrorCode,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Response {
  const status = errorStatus[code];
  const body: Problem = { type: 'about:blank', title: code, status, code, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

function matcher(path: string): RegExp {
  return new RegExp(`^${path.replace(/:([A-Za-z]+)/g, '(?<$1>[^/]+)')}$`);
}

/**
 * Replaces globalThis.fetch (the only thing tests mock) with a router of contract handlers.
 * An unexpected request fails loudly with 501 so that a test notices a call it did not plan.
 */
export function fakeServer() {
  const routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  const requests: FakeRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    for (const route of [...routes].reverse()) {
      const m = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!m) continue;
      const req = {
        method,
        path: url.pathname,
        params: { ...m.groups },
        query: url.searchParams,
        body,
        headers,
      };
      requests.push(req);
      return route.handler(req);
    }
    return new Response(`no fake route for ${method} ${url.pathname}`, { status: 501 });
  });
  vi.stubGlobal('fetch', fetchMock);

  const server = {
    requests,
    fetchMock,
    /** Later registrations win, so a test can override a default route. */
    on(contract: Pick<Contract, 'method' | 'path'>, handler: Handler | object) {
      routes.push({
        method: contract.method,
        pattern: matcher(contract.path),
        handler: typeof handler === 'function' ? (handler as Handler) : () => json(handler),
      });
      return server;
    },
    requestsTo(contract: Pick<Contract, 'method' | 'path'>) {
      const pattern = matcher(contract.path);
      return requests.filter((r) => r.method === contract.method && pattern.test(r.path));
    },
  };
  return server;
}
export type FakeServer = ReturnType<typeof fakeServer>;
