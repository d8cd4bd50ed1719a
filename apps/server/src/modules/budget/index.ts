// The budget (quadro delle risorse): what each funding source makes available per year, with
// carry-over, and what each action gets from each source per year. Owns the funding_availability
// and allocations tables; writes go through the plan's content-write path.
import type { AppModule } from '../../platform/module';
import { registerBudgetRoutes } from './budget.routes';

export const budgetModule: AppModule = { name: 'budget', register: registerBudgetRoutes };
export { budgetPart } from './budget.part';
export {
  findAllocation,
  findAvailability,
  listAvailability,
  listBudget,
  upsertAllocation,
} from './budget.repository';
