// The plan's need statements with their evidence, and the links from objectives to them.
export { NeedsPage } from './NeedsPage';
export { ObjectiveNeeds } from './ObjectiveNeeds';
