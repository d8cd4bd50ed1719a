// The municipal share (quota dei Comuni): which funding source is the municipalities' part of
// the budget and the rule that splits it among them (by population, fixed, mixed), with the
// resulting table per year. Owns the municipal_share_rules table; reads the budget through its
// index; writes go through the plan's content-write path.
import type { AppModule } from '../../platform/module';
import { registerMunicipalShareRoutes } from './municipal-share.routes';

export const municipalShareModule: AppModule = {
  name: 'municipal-share',
  register: registerMunicipalShareRoutes,
};
export { municipalSharePart } from './municipal-share.part';
export { municipalShareTableOf } from './municipal-share.service';
