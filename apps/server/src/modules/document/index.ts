// The plan document: the PDF/A-2a and DOCX of the live draft and of every approved version, made
// from core's document tree (planDocument) by two writers (pdf/, docx/) on a thread of their own.
// Owns the plan_documents table: the kept files of approved versions with their SHA-256. Reads
// the plan, the territory, the population and the classifications through their modules.
import type { AppModule } from '../../platform/module';
import { createPlanService, createPublishedPlans, type PlanContentPart } from '../plan/index';
import { createTerritoryService } from '../territory/index';
import { createDocumentService, type DocumentService } from './document.service';
import { registerDocumentRoutes } from './document.routes';
import { createRenderer } from './renderer';

/** The module, and its service for the public portal once registered. */
export function createDocumentModule(
  parts: readonly PlanContentPart[],
): AppModule & { service: () => DocumentService } {
  let registered: DocumentService | null = null;
  return {
    name: 'document',
    service: () => {
      if (!registered) throw new Error('the document module is not registered yet');
      return registered;
    },
    register({ app, router, db, config }) {
      const territory = createTerritoryService(db);
      const renderer = createRenderer();
      app.addHook('onClose', () => renderer.close());
      const service = createDocumentService({
        db,
        plans: createPlanService(db, territory, parts),
        published: createPublishedPlans(db),
        territory,
        renderer,
        sharedDatabase: config.database.kind === 'postgres',
      });
      registerDocumentRoutes(router, service);
      registered = service;
    },
  };
}

export type { DocumentService } from './document.service';
export { sendDocument } from './document.routes';
