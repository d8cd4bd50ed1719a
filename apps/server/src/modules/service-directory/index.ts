// The network of services (rete d'offerta): the back-office directory of a district (search,
// filters, edits, spreadsheet import/export) and its open Open Referral HSDS 3.0 API. Owns the
// services table; the public portal reads it through what is exported here.
import type { AppModule } from '../../platform/module';
import { registerServiceRoutes } from './service.routes';
import { registerHsdsRoutes } from './hsds.routes';

export { loadPublishedDirectory } from './hsds.service';
export { createServiceDirectory } from './service.service';
export * as serviceRepository from './service.repository';

export const serviceDirectoryModule: AppModule = {
  name: 'service-directory',
  register(ctx) {
    registerServiceRoutes(ctx);
    registerHsdsRoutes(ctx.app, ctx.db);
  },
};
