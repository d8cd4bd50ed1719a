// Need statements per area of a plan, with their evidence, and the objectives that answer them.
// Owns the need_statements and objective_needs tables; writes go through the plan's
// content-write path.
import type { AppModule } from '../../platform/module';
import { registerNeedRoutes } from './need.routes';

export const needsModule: AppModule = { name: 'needs', register: registerNeedRoutes };
