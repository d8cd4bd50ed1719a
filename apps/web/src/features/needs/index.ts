// The needs analysis (population data, indicators, charts, LEPS panel) and the plan's need
// statements with their links to objectives.
export { NeedsAnalysisPage } from './NeedsAnalysisPage';
export { NeedsPage } from './NeedsPage';
export { ObjectiveNeeds } from './ObjectiveNeeds';
