import { reportingContracts as c, xlsxMediaType } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createMonitoringService } from './monitoring.service';

export function registerMonitoringRoutes({ router, db }: ModuleContext): void {
  const monitoring = createMonitoringService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  const at = (p: { periodId: string; subjectKind: 'action' | 'objective'; subjectId: string }) => ({
    periodId: p.periodId,
    kind: p.subjectKind,
    subjectId: p.subjectId,
  });
  router.route(c.listPeriods, async ({ actor, params }) =>
    monitoring.listPeriods(actor, scope(params)),
  );
  router.route(c.createPeriod, async ({ actor, params, body, request }) =>
    monitoring.createPeriod(actor, scope(params), body, request.id),
  );
  router.route(c.getPeriod, async ({ actor, params }) =>
    monitoring.getPeriod(actor, scope(params), params.periodId),
  );
  router.route(c.closePeriod, async ({ actor, params, body, request }) =>
    monitoring.movePeriod(
      actor,
      scope(params),
      params.periodId,
      { to: 'closed', ...body },
      request.id,
    ),
  );
  router.route(c.reopenPeriod, async ({ actor, params, body, request }) =>
    monitoring.movePeriod(
      actor,
      scope(params),
      params.periodId,
      { to: 'open', ...body },
      request.id,
    ),
  );
  router.route(c.exportWorkbook, async ({ actor, params, reply }) => {
    const file = await monitoring.exportWorkbook(actor, scope(params), params.periodId);
    reply
      .type(xlsxMediaType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store');
    return file.body as unknown as string;
  });
  router.route(c.importWorkbook, async ({ actor, params, request }) =>
    monitoring.importWorkbook(
      actor,
      scope(params),
      params.periodId,
      request.body as Buffer,
      request.id,
    ),
  );
  router.route(c.getReport, async ({ actor, params }) =>
    monitoring.getReport(
      actor,
      scope(params),
      params.periodId,
      params.subjectKind,
      params.subjectId,
    ),
  );
  router.route(c.saveReport, async ({ actor, params, body, request }) =>
    monitoring.saveReport(actor, scope(params), at(params), body, request.id),
  );
  router.route(c.submitReport, async ({ actor, params, body, request }) =>
    monitoring.moveReport(actor, scope(params), at(params), 'submit', body, request.id),
  );
  router.route(c.validateReport, async ({ actor, params, body, request }) =>
    monitoring.moveReport(actor, scope(params), at(params), 'validate', body, request.id),
  );
  router.route(c.returnReport, async ({ actor, params, body, request }) =>
    monitoring.moveReport(actor, scope(params), at(params), 'return', body, request.id),
  );
}
