// Knowing the territory: the population of the district's municipalities (imported from ISTAT
// files, streamed), the demographic indicators and pyramid computed from it, and the social
// workers of the LEPS panel.
import type { AppModule } from '../../platform/module';
import { registerPopulationRoutes } from './population.routes';

export const populationModule: AppModule = {
  name: 'population',
  register: (ctx) => registerPopulationRoutes(ctx),
};
