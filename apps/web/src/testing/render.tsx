import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import {
  currentSession,
  getDistrict,
  getMeta,
  indicatorContracts,
  listMyDistricts,
  needContracts,
  planContracts,
  type Role,
  coherenceContracts,
} from '@pdz/core';
import { AppProviders, AppRoutes } from '../app/App';
import { createQueryClient } from '../app/queryClient';
import { preloadPages } from '../app/pages';
import {
  district,
  interventionAreas,
  myDistrictsFor,
  plan,
  planTree,
  sessionFor,
  versionSummary,
} from './fixtures';
import { fakeServer, problem } from './server';

// In the browser each page's code arrives when the page is first shown; the tests load it all
// here, once, so that a test's first page does not wait for the transform of its feature.
await preloadPages();

/** The whole app at one address, as the browser would show it (paths without the /app base). */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, queryClient };
}

/** A fake server with a signed-in user of `role` in the Pavia district (or nobody). */
export function signedInServer(role: Role | null, options: { demoData?: boolean } = {}) {
  const server = fakeServer();
  server.on(currentSession, role ? sessionFor(role) : () => problem('UNAUTHENTICATED'));
  server.on(getMeta, {
    product: 'Piano di Zona',
    version: '0.1.0',
    demoData: options.demoData ?? true,
  });
  if (!role) return server;
  server
    .on(listMyDistricts, myDistrictsFor(role))
    .on(getDistrict, district)
    .on(planContracts.list, { items: [plan] })
    .on(planContracts.get, planTree())
    .on(planContracts.versions, { items: [versionSummary] })
    .on(planContracts.classification, interventionAreas)
    .on(coherenceContracts.get, { problems: [], hasBlocking: false })
    .on(indicatorContracts.list, { items: [] })
    .on(needContracts.list, { items: [] });
  return server;
}
