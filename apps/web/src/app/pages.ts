// The pages behind the sign-in, each fetched with its feature's code the first time it is shown,
// so that the first load carries only the frame, the login and the home page. One chunk per
// feature: the pages of a feature share their code (recharts comes with the needs analysis
// only, markdown-it with the chapters).
import { lazyPage } from '../ui/PageBoundary';

const territory = () => import('../features/territory');
const plan = () => import('../features/plan');

export const DistrictPage = lazyPage(territory, 'DistrictPage');
export const PlansPage = lazyPage(plan, 'PlansPage');
export const PlanWorkspace = lazyPage(plan, 'PlanWorkspace');
export const PlanPage = lazyPage(plan, 'PlanPage');
export const ObjectiveSheetPage = lazyPage(plan, 'ObjectiveSheetPage');
export const ActionPage = lazyPage(plan, 'ActionPage');
export const CoherencePage = lazyPage(plan, 'CoherencePage');
export const VersionPage = lazyPage(plan, 'VersionPage');
export const NeedsPage = lazyPage(() => import('../features/needs'), 'NeedsPage');
export const BudgetPage = lazyPage(() => import('../features/budget'), 'BudgetPage');
export const IndicatorsPage = lazyPage(() => import('../features/indicators'), 'IndicatorsPage');
export const ChaptersPage = lazyPage(() => import('../features/chapters'), 'ChaptersPage');
export const SpreadsheetPage = lazyPage(
  () => import('../features/spreadsheets'),
  'SpreadsheetPage',
);
export const AuditPage = lazyPage(() => import('../features/audit'), 'AuditPage');
export const ServicesPage = lazyPage(() => import('../features/service-directory'), 'ServicesPage');
export const ServicePage = lazyPage(() => import('../features/service-directory'), 'ServicePage');
export const NeedsAnalysisPage = lazyPage(
  () => import('../features/population'),
  'NeedsAnalysisPage',
);
export const ClassificationsPage = lazyPage(
  () => import('../features/classifications'),
  'ClassificationsPage',
);
