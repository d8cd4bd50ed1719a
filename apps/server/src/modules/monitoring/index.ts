// Monitoring of an approved plan: reporting periods, the reports of the action leads and of the
// plan office, their review, and what a period says of the plan (indicators against targets,
// money spent against money allocated). Owns the reporting_periods and reports tables; reads the
// approved versions through the plan module and the user's organizations through access.
import type { AppModule } from '../../platform/module';
import { registerMonitoringRoutes } from './monitoring.routes';

export const monitoringModule: AppModule = {
  name: 'monitoring',
  register: registerMonitoringRoutes,
};
export { createMonitoringService } from './monitoring.service';
export { createPublishedMonitoring, type PublishedMonitoring } from './published-monitoring';
