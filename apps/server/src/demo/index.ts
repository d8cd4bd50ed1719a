// DEMONSTRATION DATA: the Distretto sociale di Pavia with its plan 2012–2014 (approved on
// 26/03/2012, its 2013 update in progress), population, needs and services, as data files in
// data/ loaded by one seeder; and the large invented plan of the scale benchmark. Sits above the
// modules (it uses their use cases), like the app; nothing below imports it.
export { seedDemo } from './seed';
export { demoAccounts, demoPassword } from './data/district';
export {
  seedSyntheticPlan,
  syntheticPlanTitle,
  defaultSyntheticPlanSizes,
  type SyntheticPlanCounts,
  type SyntheticPlanOptions,
  type SyntheticPlanSizes,
} from './synthetic-plan';
