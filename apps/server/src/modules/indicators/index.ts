// Indicators of objectives and actions: baseline, a target per year of the plan, grading
// thresholds. Owns the indicators table; writes go through the plan's content-write path.
import type { AppModule } from '../../platform/module';
import { registerIndicatorRoutes } from './indicator.routes';

export const indicatorsModule: AppModule = {
  name: 'indicators',
  register: registerIndicatorRoutes,
};
export { indicatorsPart } from './indicator.part';
export {
  insertIndicator,
  listIndicators,
  nextPlanIndicatorPosition,
  updateIndicatorFields,
} from './indicator.repository';
