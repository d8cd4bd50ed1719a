// Knowing the territory: the population of the district's municipalities (imported from ISTAT
// files, streamed), the demographic indicators and pyramid computed from it, and the social
// workers of the LEPS panel. Owns the population tables (population_counts,
// municipality_year_facts, population_imports, social_worker_staff); never writes the plan.
import type { AppModule } from '../../platform/module';
import { registerPopulationRoutes } from './population.routes';

export const populationModule: AppModule = {
  name: 'population',
  register: (ctx) => registerPopulationRoutes(ctx),
};
export { documentDemography } from './population.document';
