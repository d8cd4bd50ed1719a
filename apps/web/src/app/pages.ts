// The pages behind the sign-in, each fetched with its feature's code the first time it is shown,
// so that the first load carries only the frame, the login and the home page. One chunk per
// feature: the pages of a feature share their code (recharts comes with the needs analysis
// only, markdown-it with the chapters).
import { lazyPage } from '../ui/PageBoundary';

// one loader per feature, shared by its pages: once a feature's code is here, its other pages
// show at once
const territory = () => import('../features/territory');
const plan = () => import('../features/plan');
const needs = () => import('../features/needs');
const budget = () => import('../features/budget');
const indicators = () => import('../features/indicators');
const chapters = () => import('../features/chapters');
const spreadsheets = () => import('../features/spreadsheets');
const audit = () => import('../features/audit');
const services = () => import('../features/service-directory');
const population = () => import('../features/population');
const classifications = () => import('../features/classifications');
const monitoring = () => import('../features/monitoring');

export const DistrictPage = lazyPage(territory, 'DistrictPage');
export const PlansPage = lazyPage(plan, 'PlansPage');
export const PlanWorkspace = lazyPage(plan, 'PlanWorkspace');
export const PlanPage = lazyPage(plan, 'PlanPage');
export const ObjectiveSheetPage = lazyPage(plan, 'ObjectiveSheetPage');
export const ActionPage = lazyPage(plan, 'ActionPage');
export const CoherencePage = lazyPage(plan, 'CoherencePage');
export const VersionPage = lazyPage(plan, 'VersionPage');
export const NeedsPage = lazyPage(needs, 'NeedsPage');
export const BudgetPage = lazyPage(budget, 'BudgetPage');
export const IndicatorsPage = lazyPage(indicators, 'IndicatorsPage');
export const ChaptersPage = lazyPage(chapters, 'ChaptersPage');
export const SpreadsheetPage = lazyPage(spreadsheets, 'SpreadsheetPage');
export const AuditPage = lazyPage(audit, 'AuditPage');
export const ServicesPage = lazyPage(services, 'ServicesPage');
export const ServicePage = lazyPage(services, 'ServicePage');
export const NeedsAnalysisPage = lazyPage(population, 'NeedsAnalysisPage');
export const ClassificationsPage = lazyPage(classifications, 'ClassificationsPage');
export const PeriodsPage = lazyPage(monitoring, 'PeriodsPage');
export const PeriodPage = lazyPage(monitoring, 'PeriodPage');
export const ReportPage = lazyPage(monitoring, 'ReportPage');

/** every page's code, fetched now (the tests call it once: their time is then their own) */
export function preloadPages(): Promise<unknown> {
  const onePerFeature = [
    DistrictPage,
    PlanPage,
    NeedsPage,
    BudgetPage,
    IndicatorsPage,
    ChaptersPage,
    SpreadsheetPage,
    AuditPage,
    ServicesPage,
    NeedsAnalysisPage,
    ClassificationsPage,
    PeriodsPage,
  ];
  return Promise.all(onePerFeature.map((page) => page.preload()));
}
