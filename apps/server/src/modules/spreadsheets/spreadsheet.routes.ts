import {
  csvMediaType,
  spreadsheetContracts as c,
  spreadsheetMaxBytes,
  xlsxMediaType,
} from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createSpreadsheetService } from './spreadsheet.service';

/**
 * Export and import of the plan as a workbook or CSV. The import body is the raw file
 * (XLSX or text/csv, at most 5 MB; beyond that a 413 problem).
 */
export function registerSpreadsheetRoutes({ app, router, db }: ModuleContext): void {
  const service = createSpreadsheetService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  app.addContentTypeParser(
    [xlsxMediaType, csvMediaType, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: spreadsheetMaxBytes },
    (_request, body, done) => done(null, body),
  );
  router.route(c.export, async ({ actor, params, query, reply }) => {
    const file = await service.export(actor, scope(params), query);
    reply
      .type(file.mediaType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store');
    return file.body as unknown as string;
  });
  router.route(c.import, async ({ actor, params, query, request }) =>
    service.import(actor, scope(params), query, request.body, request.id),
  );
}
