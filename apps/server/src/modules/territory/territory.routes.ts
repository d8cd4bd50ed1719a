import { createOrganization, getDistrict, listMyDistricts } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createTerritoryService } from './territory.service';

export function registerTerritoryRoutes({ router, db }: ModuleContext): void {
  const service = createTerritoryService(db);
  router.route(listMyDistricts, async ({ actor }) => ({ items: await service.listMine(actor) }));
  router.route(getDistrict, async ({ actor, params }) => service.get(actor, params.districtId));
  router.route(createOrganization, async ({ actor, params, body, request }) =>
    service.createOrganization(actor, params.districtId, body, request.id),
  );
}
