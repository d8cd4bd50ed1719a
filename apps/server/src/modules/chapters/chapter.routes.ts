import { chapterContracts as c } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createChapterService } from './chapter.service';

export function registerChapterRoutes({ router, db }: ModuleContext): void {
  const chapters = createChapterService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  router.route(c.list, async ({ actor, params }) => ({
    items: await chapters.list(actor, scope(params)),
  }));
  router.route(c.get, async ({ actor, params }) =>
    chapters.get(actor, scope(params), params.chapterId),
  );
  router.route(c.create, async ({ actor, params, body, request }) =>
    chapters.create(actor, scope(params), body, request.id),
  );
  router.route(c.createStandard, async ({ actor, params, request }) => ({
    items: await chapters.createStandard(actor, scope(params), request.id),
  }));
  router.route(c.update, async ({ actor, params, body, request }) =>
    chapters.update(actor, scope(params), params.chapterId, body, request.id),
  );
  router.route(c.delete, async ({ actor, params, query, request }) => {
    await chapters.remove(actor, scope(params), params.chapterId, query.version, request.id);
    return null;
  });
  router.route(c.reorder, async ({ actor, params, body, request }) => ({
    items: await chapters.reorder(actor, scope(params), body.ids, request.id),
  }));
}
