/**
 * A minimal API client for putting the demo data into the state a journey needs, so that
 * every test file works whatever ran before it.
 */
export const demoPassword = 'demo-Pavia-2012';

export interface ApiSession {
  cookie: string;
  csrfToken: string;
}

export interface PlanSummary {
  id: string;
  title: string;
  phase: string;
  version: number;
  latestApprovedVersion: number | null;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    body: string,
  ) {
    super(`API answered ${status} ${code ?? ''}: ${body}`);
  }
}

async function send<T>(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; session?: ApiSession } = {},
): Promise<{ data: T; res: Response }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.session) {
    headers.cookie = init.session.cookie;
    if (init.method && init.method !== 'GET') headers['x-csrf-token'] = init.session.csrfToken;
  }
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  if (!res.ok) {
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { code?: string }).code;
    } catch {
      code = undefined;
    }
    throw new ApiProblem(res.status, code, text);
  }
  return { data: (text ? JSON.parse(text) : null) as T, res };
}

export async function apiLogin(baseUrl: string, email: string): Promise<ApiSession> {
  const { data, res } = await send<{ csrfToken: string }>(baseUrl, '/api/auth/login', {
    method: 'POST',
    body: { email, password: demoPassword },
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: data.csrfToken };
}

export async function demoDistrictId(baseUrl: string, session: ApiSession): Promise<string> {
  const { data } = await send<{ items: { id: string; name: string }[] }>(
    baseUrl,
    '/api/districts',
    { session },
  );
  const district = data.items.find((d) => d.name === 'Distretto sociale di Pavia');
  if (!district) throw new Error('The demo district is missing');
  return district.id;
}

export async function demoPlan(
  baseUrl: string,
  session: ApiSession,
  districtId: string,
): Promise<PlanSummary> {
  const { data } = await send<{ items: PlanSummary[] }>(
    baseUrl,
    `/api/districts/${districtId}/plans`,
    { session },
  );
  const plan = data.items.find((p) => p.title.includes('2012'));
  if (!plan) throw new Error('The demo plan 2012–2014 is missing');
  return plan;
}

export async function transition(
  baseUrl: string,
  session: ApiSession,
  districtId: string,
  plan: PlanSummary,
  name: 'approve' | 'openRevision',
  resolution?: string,
): Promise<void> {
  try {
    await send(baseUrl, `/api/districts/${districtId}/plans/${plan.id}/transitions`, {
      method: 'POST',
      session,
      body: { transition: name, version: plan.version, ...(resolution ? { resolution } : {}) },
    });
  } catch (error) {
    // someone (another test file) already took this step: the state we want is there
    if (error instanceof ApiProblem && error.code === 'INVALID_TRANSITION') return;
    throw error;
  }
}

export async function logout(baseUrl: string, session: ApiSession): Promise<void> {
  await send(baseUrl, '/api/auth/logout', { method: 'POST', session });
}
