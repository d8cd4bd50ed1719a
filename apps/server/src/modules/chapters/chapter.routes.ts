import { chapterContracts as c, wordImportMediaType, wordImportMaxBytes } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { readUploadedFile } from '../../platform/http/upload-body';
import { createChapterWordImport, createWordReader } from './chapter-word.service';
import { createChapterService } from './chapter.service';

export async function registerChapterRoutes({ app, router, db }: ModuleContext) {
  const chapters = createChapterService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  router.route(
    c.list,
    async ({ actor, params }) => ({ items: await chapters.list(actor, scope(params)) }),
    { planRead: { name: 'chapters' } },
  );
  router.route(
    c.get,
    async ({ actor, params }) => chapters.get(actor, scope(params), params.chapterId),
    { planRead: { name: 'chapter', vary: (p) => p.chapterId ?? '' } },
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

  // The Word import in a context of its own: there a DOCX body is handed over as a stream and
  // read (at most 10 MB) only once the use case has checked who asks.
  const reader = createWordReader();
  app.addHook('onClose', () => reader.close());
  const previewWordImport = createChapterWordImport(db, reader);
  await app.register(async (child) => {
    if (child.hasContentTypeParser(wordImportMediaType))
      child.removeContentTypeParser(wordImportMediaType);
    child.addContentTypeParser(wordImportMediaType, (_request, payload, done) =>
      done(null, payload),
    );
    const word = router.within(child);
    word.route(c.importWord, async ({ actor, params, request, reply }) => {
      const result = await previewWordImport(actor, scope(params), params.chapterId, () =>
        readUploadedFile(request, wordImportMaxBytes),
      );
      reply.header('cache-control', 'no-store');
      return result;
    });
  });
}
