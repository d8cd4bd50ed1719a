// Monitoring: how far the plan got (indicators against their targets, rolled up to objective,
// area and plan) and the money spent against the money allocated. Pure rules; the reporting
// periods, reports and screens that feed them come with the monitoring features.
export * from './progress';
export * from './spending';
export * from './compare';
export * from './compare.contracts';
