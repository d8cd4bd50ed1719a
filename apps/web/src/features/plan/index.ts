// Plans: the list and creation, the lifecycle, approved versions and the content tree.
export { PlansSection } from './PlansSection';
export { PlansPage } from './PlansPage';
export { PlanPage } from './PlanPage';
export { VersionPage } from './VersionPage';
export { PlanWorkspace } from './workspace/PlanWorkspace';
export { ObjectiveSheetPage } from './sheet/ObjectiveSheetPage';
export { ActionPage } from './sheet/ActionPage';
export { BudgetPage } from './budget/BudgetPage';
export { IndicatorsPage } from './indicators/IndicatorsPage';
export { ChaptersPage } from './chapters/ChaptersPage';
export { CoherencePage } from './coherence/CoherencePage';
export { SpreadsheetPage } from './spreadsheet/SpreadsheetPage';
