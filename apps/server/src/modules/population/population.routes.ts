import type { Readable } from 'node:stream';
import { csvMediaType, populationContracts as c, populationImportMaxBytes } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createPopulationImport } from './population.import';
import { createPopulationService } from './population.service';
import { createSocialWorkerService } from './social-workers.service';
import { limited } from './population.body';

/**
 * The population routes live in their own encapsulated context: there the CSV body is not
 * buffered (as the plan's spreadsheet import does) but handed over as a stream, up to 200 MB.
 */
export async function registerPopulationRoutes({ app, router, db }: ModuleContext): Promise<void> {
  const service = createPopulationService(db);
  const importFile = createPopulationImport(db);
  const workers = createSocialWorkerService(db);
  await app.register(async (child) => {
    child.removeContentTypeParser([csvMediaType, 'application/octet-stream']);
    child.addContentTypeParser(
      [csvMediaType, 'application/octet-stream'],
      (_request, payload, done) => done(null, payload),
    );
    const scoped = router.within(child);
    scoped.route(c.import, async ({ actor, params, query, request, reply }) => {
      const body = request.body as Readable | Uint8Array | undefined;
      const source = body ? limited(body, populationImportMaxBytes) : (async function* () {})();
      const result = await importFile(actor, params.districtId, query, source, request.id);
      reply.header('cache-control', 'no-store');
      return result;
    });
    scoped.route(c.listImports, async ({ actor, params }) =>
      service.listImports(actor, params.districtId),
    );
    scoped.route(c.indicators, async ({ actor, params, query }) =>
      service.indicators(actor, params.districtId, query),
    );
    scoped.route(c.pyramid, async ({ actor, params, query }) =>
      service.pyramid(actor, params.districtId, query),
    );
    scoped.route(c.socialWorkers, async ({ actor, params }) =>
      workers.get(actor, params.districtId),
    );
    scoped.route(c.putSocialWorkers, async ({ actor, params, body, request }) =>
      workers.put(actor, params.districtId, body, request.id),
    );
  });
}
