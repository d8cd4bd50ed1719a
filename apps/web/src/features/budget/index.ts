// The budget (quadro delle risorse): availability per funding source and year and allocations
// per action, in keyboard grids whose totals follow what is typed; the summary tables.
export { BudgetPage } from './BudgetPage';
