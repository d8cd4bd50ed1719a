// Plans: the list and creation, the lifecycle, approved versions and the content tree.
export { PlansSection } from './PlansSection';
export { PlansPage } from './PlansPage';
export { PlanPage } from './PlanPage';
export { VersionPage } from './VersionPage';
