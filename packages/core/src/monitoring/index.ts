// Monitoring: reporting periods and the reports of action leads; how far the plan got
// (indicators against their targets, rolled up to objective, area and plan) and the money spent
// against the money allocated; what changed between two versions. Pure rules and contracts.
export * from './progress';
export * from './spending';
export * from './compare';
export * from './compare.contracts';
export * from './reporting';
export * from './reporting.contracts';
export * from './period-summary';
export * from './report-frame';
export * from './report-import';
export * from './report-workbook';
export * from './report-workbook-read';
