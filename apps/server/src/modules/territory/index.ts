// The territory: districts (the tenants), their municipalities and organizations. Owns the
// districts, municipalities and organizations tables; other modules read them through what is
// exported here and never write them.
import type { AppModule } from '../../platform/module';
import { registerTerritoryRoutes } from './territory.routes';

export { createTerritoryService, type TerritoryService } from './territory.service';
export const territoryModule: AppModule = { name: 'territory', register: registerTerritoryRoutes };
export { createDistrict, type NewDistrict } from './territory.provisioning';
export { changingDistrict, listOrganizationNames, touchDistrict } from './territory.repository';
