import { csvMediaType, serviceContracts as c, spreadsheetMaxBytes, xlsxMediaType } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createServiceDirectory } from './service.service';
import { createServiceSpreadsheet } from './service.spreadsheet.service';

export function registerServiceRoutes({ app, router, db }: ModuleContext): void {
  const directory = createServiceDirectory(db);
  const files = createServiceSpreadsheet(db, directory);
  const scope = (p: { districtId: string }) => ({ districtId: p.districtId });
  // the import body is the raw file (the plan spreadsheet may have registered the parser already)
  if (!app.hasContentTypeParser(xlsxMediaType)) {
    app.addContentTypeParser(
      [xlsxMediaType, csvMediaType, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: spreadsheetMaxBytes },
      (_request, body, done) => done(null, body),
    );
  }

  router.route(c.list, async ({ actor, params, query }) =>
    directory.list(actor, scope(params), query),
  );
  router.route(c.providers, async ({ actor, params }) => directory.providers(actor, scope(params)));
  router.route(c.get, async ({ actor, params }) =>
    directory.get(actor, scope(params), params.serviceId),
  );
  router.route(c.create, async ({ actor, params, body, request }) =>
    directory.create(actor, scope(params), body, request.id),
  );
  router.route(c.update, async ({ actor, params, body, request }) =>
    directory.update(actor, scope(params), params.serviceId, body, request.id),
  );
  router.route(c.delete, async ({ actor, params, query, request }) =>
    directory.remove(actor, scope(params), params.serviceId, query.version, request.id),
  );
  router.route(c.export, async ({ actor, params, query, reply }) => {
    const file = await files.export(actor, scope(params), query.format);
    reply
      .type(file.mediaType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store');
    return file.body as unknown as string;
  });
  router.route(c.import, async ({ actor, params, query, request }) =>
    files.import(actor, scope(params), query.format, request.body, request.id),
  );
}
