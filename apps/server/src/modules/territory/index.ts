// The territory: districts (the tenants), their municipalities and organizations. Other modules
// and the public portal read districts through the service exported here.
import type { AppModule } from '../../platform/module';
import { registerTerritoryRoutes } from './territory.routes';

export { createTerritoryService, type TerritoryService } from './territory.service';
export const territoryModule: AppModule = { name: 'territory', register: registerTerritoryRoutes };
export { createDistrict, type NewDistrict } from './territory.provisioning';
