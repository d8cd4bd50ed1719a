import { describe, expect, test } from 'vitest';
import { listAuditEvents, planContracts } from '@pdz/core';
import { call, setCsrfToken } from './client';
import { isApiError } from './ApiError';
import { fakeServer, problem } from '../testing/server';
import { ids } from '../testing/fixtures';

describe('api client', () => {
  test('fills the path, sends JSON with the CSRF token and same-origin credentials', async () => {
    const server = fakeServer().on(
      planContracts.deleteArea,
      () => new Response(null, { status: 204 }),
    );
    setCsrfToken('tok-1');
    const result = await call(planContracts.deleteArea, {
      params: { districtId: ids.district, planId: ids.plan, areaId: ids.areaMinors },
      query: { version: 4 },
    });
    expect(result).toBeNull();
    const [url, init] = server.fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(
      `/api/districts/${ids.district}/plans/${ids.plan}/areas/${ids.areaMinors}?version=4`,
    );
    expect(init?.credentials).toBe('same-origin');
    expect(server.requests[0]?.headers['x-csrf-token']).toBe('tok-1');
  });

  test('GET requests carry no CSRF token and skip undefined query values', async () => {
    const server = fakeServer().on(listAuditEvents, { items: [], nextBefore: null });
    setCsrfToken('tok-1');
    await call(listAuditEvents, {
      params: { districtId: ids.district },
      query: { limit: 10, before: undefined },
    });
    expect(server.requests[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(server.requests[0]?.query.toString()).toBe('limit=10');
  });

  test('problem+json becomes an ApiError with code, issues, current and Retry-After', async () => {
    fakeServer().on(planContracts.updateArea, () =>
      problem(
        'VERSION_CONFLICT',
        { current: { version: 9 }, issues: [{ field: 'body.title', message: 'x' }] },
        { 'retry-after': '60' },
      ),
    );
    const error = await call(planContracts.updateArea, {
      params: { districtId: ids.district, planId: ids.plan, areaId: ids.areaMinors },
      body: { title: 't', description: '', classificationCode: null, version: 1 },
    }).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.status).toBe(409);
    expect(error.current).toEqual({ version: 9 });
    expect(error.issueFor('body.title')).toBe('x');
    expect(error.retryAfter).toBe(60);
  });

  test('a dead server is a NETWORK_ERROR, a bare 500 is INTERNAL', async () => {
    const server = fakeServer();
    server.fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(
      call(planContracts.list, { params: { districtId: ids.district } }),
    ).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    server.fetchMock.mockResolvedValueOnce(new Response('boom', { status: 500 }));
    await expect(
      call(planContracts.list, { params: { districtId: ids.district } }),
    ).rejects.toMatchObject({ code: 'INTERNAL', status: 500 });
  });
});
