import { useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '../i18n';
import { AnnouncerProvider } from '../ui/Announcer';
import { LoginPage, RequireSession, useSessionWatch } from '../features/access';
import {
  ActionPage,
  AuditPage,
  BudgetPage,
  ChaptersPage,
  ClassificationsPage,
  CoherencePage,
  DistrictPage,
  IndicatorsPage,
  NeedsAnalysisPage,
  NeedsPage,
  ObjectiveSheetPage,
  PlanPage,
  PlansPage,
  PlanWorkspace,
  PeriodPage,
  PeriodsPage,
  ReportPage,
  ServicePage,
  ServicesPage,
  SpreadsheetPage,
  VersionPage,
} from './pages';
import { HomePage } from './HomePage';
import { createQueryClient } from './queryClient';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

function SessionWatch({ queryClient }: { queryClient: QueryClient }) {
  useSessionWatch(queryClient);
  return null;
}

/** Everything a page needs above it; the router is chosen by the caller (browser or memory). */
export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionWatch queryClient={queryClient} />
      <I18nProvider>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route path="login" element={<LoginPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route path="districts/:districtId" element={<DistrictPage />} />
          <Route path="districts/:districtId/plans" element={<PlansPage />} />
          <Route path="districts/:districtId/plans/:planId" element={<PlanWorkspace />}>
            <Route index element={<PlanPage />} />
            <Route path="objectives/:objectiveId" element={<ObjectiveSheetPage />} />
            <Route path="actions/:actionId" element={<ActionPage />} />
            <Route path="needs" element={<NeedsPage />} />
            <Route path="budget" element={<BudgetPage />} />
            <Route path="indicators" element={<IndicatorsPage />} />
            <Route path="chapters" element={<ChaptersPage />} />
            <Route path="chapters/:chapterId" element={<ChaptersPage />} />
            <Route path="coherence" element={<CoherencePage />} />
            <Route path="spreadsheet" element={<SpreadsheetPage />} />
            <Route path="monitoring" element={<PeriodsPage />} />
            <Route path="monitoring/:periodId" element={<PeriodPage />} />
            <Route path="monitoring/:periodId/:subjectKind/:subjectId" element={<ReportPage />} />
          </Route>
          <Route
            path="districts/:districtId/plans/:planId/versions/:number"
            element={<VersionPage />}
          />
          <Route path="districts/:districtId/audit" element={<AuditPage />} />
          <Route path="districts/:districtId/services" element={<ServicesPage />} />
          <Route path="districts/:districtId/services/new" element={<ServicePage />} />
          <Route path="districts/:districtId/services/:serviceId" element={<ServicePage />} />
          <Route path="districts/:districtId/needs" element={<NeedsAnalysisPage />} />
          <Route path="districts/:districtId/classifications" element={<ClassificationsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <BrowserRouter basename="/app">
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
