// Monitoring of an approved plan: the reporting periods, where the plan stands in each, and the
// reports of the action leads with the plan office's review.
export { PeriodsPage } from './PeriodsPage';
export { PeriodPage } from './PeriodPage';
export { ReportPage } from './ReportPage';
