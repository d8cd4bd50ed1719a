// Plans: the list and creation, the lifecycle and approval, the frozen versions, the workspace
// with its navigator, the content tree, the objective sheets and action pages, and coherence.
// Its data hooks (queries.ts) are the other public entry: other features read the plan there.
export { PlansSection } from './PlansSection';
export { PlansPage } from './PlansPage';
export { PlanPage } from './PlanPage';
export { VersionPage } from './VersionPage';
export { PlanWorkspace } from './workspace/PlanWorkspace';
export { ObjectiveSheetPage } from './sheet/ObjectiveSheetPage';
export { ActionPage } from './sheet/ActionPage';
export { CoherencePage } from './coherence/CoherencePage';
