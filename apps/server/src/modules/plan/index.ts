// The plan: its lifecycle, its content (areas → objectives → actions, and the budget that funds
// them) and its frozen approved versions. The public portal reads published versions through createPublishedPlans.
import type { AppModule } from '../../platform/module';
import { registerPlanRoutes } from './plan.routes';
import { registerBudgetRoutes } from './budget.routes';
import { registerSpreadsheetRoutes } from './spreadsheet.routes';
import { registerIndicatorRoutes } from './indicator.routes';
import { registerChapterRoutes } from './chapter.routes';
import { registerNeedRoutes } from './need.routes';

export { createPublishedPlans, type PublishedPlans } from './plan.service';
export const planModule: AppModule = {
  name: 'plan',
  register(ctx) {
    registerPlanRoutes(ctx);
    registerBudgetRoutes(ctx);
    registerSpreadsheetRoutes(ctx);
    registerIndicatorRoutes(ctx);
    registerChapterRoutes(ctx);
    registerNeedRoutes(ctx);
  },
};
