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

/** A read through the API as `session`. */
export async function apiRead<T>(baseUrl: string, session: ApiSession, path: string): Promise<T> {
  return (await send<T>(baseUrl, path, { session })).data;
}

/** A write through the API as `session`; throws ApiProblem on an error answer. */
export async function apiWrite<T>(
  baseUrl: string,
  session: ApiSession,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  return (await send<T>(baseUrl, path, { method, session, body: body ?? {} })).data;
}

export interface ScratchPlan {
  planId: string;
  startYear: number;
  base: string;
  areaId: string;
  objectiveId: string;
  actionId: string;
}

/**
 * A plan of a journey's own, in a free three-year period far in the future, with one area,
 * objective and action: the journey can change it whatever other files did to the demo plan.
 */
export async function createScratchPlan(
  baseUrl: string,
  session: ApiSession,
  districtId: string,
  title: string,
  objective: Record<string, unknown> = {},
): Promise<ScratchPlan> {
  const plans = `/api/districts/${districtId}/plans`;
  for (let attempt = 0; attempt < 20; attempt++) {
    const startYear = 2040 + Math.floor(Math.random() * 50);
    let plan: { id: string };
    try {
      plan = await apiWrite(baseUrl, session, 'POST', plans, {
        title,
        period: { startYear, endYear: startYear + 2 },
      });
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'DUPLICATE') continue;
      throw error;
    }
    const base = `${plans}/${plan.id}`;
    const area = await apiWrite<{ id: string }>(baseUrl, session, 'POST', `${base}/areas`, {
      title: 'Area anziani e2e',
    });
    const made = await apiWrite<{ id: string }>(baseUrl, session, 'POST', `${base}/objectives`, {
      areaId: area.id,
      code: 'OB1',
      title: 'Domiciliarità e2e',
      ...objective,
    });
    const action = await apiWrite<{ id: string }>(baseUrl, session, 'POST', `${base}/actions`, {
      objectiveId: made.id,
      title: 'Assistenza domiciliare e2e',
    });
    return {
      planId: plan.id,
      startYear,
      base,
      areaId: area.id,
      objectiveId: made.id,
      actionId: action.id,
    };
  }
  throw new Error(`no free period for "${title}"`);
}
