// The public portal: every unauthenticated, read-only page. Server-rendered HTML that works
// without JavaScript; it shows approved (frozen) versions only, never a draft. Owns no table and
// writes nothing: it reads the plan's published versions, the territory and the services
// through their modules' indexes, and the reference catalogues.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Locale } from '@pdz/core';
import type { AppModule } from '../../platform/module';
import type { DocumentService } from '../document/index';
import { registerPortalDocuments } from './portal.documents';
import { createTerritoryService } from '../territory/index';
import { createPublishedPlans } from '../plan/index';
import { classificationLabels } from '../classifications/index';
import { districtPage, homePage, notFoundPage } from './portal.pages';
import { planPage } from './portal.plan';
import { portalCss } from './portal.css';
import { registerServicePortal } from './portal.services.routes';
import { staffProfileLabels } from './portal.labels';
import { registerLegalPages } from './portal.legal';

function localeOf(request: FastifyRequest): Locale {
  const q = request.query as { lang?: string } | undefined;
  return q?.lang === 'en' ? 'en' : 'it';
}

const bootstrapItalia = dirname(
  createRequire(import.meta.url).resolve('bootstrap-italia/package.json'),
);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerPortalNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(404)
    .type('text/html; charset=utf-8')
    .send(notFoundPage(localeOf(request), request.url.split('?')[0] ?? '/'));
}

/** The portal, with the document service that makes the approved versions' files. */
export function createPublicPortalModule(documents: () => DocumentService): AppModule {
  return {
    name: 'public-portal',
    async register({ app, db, config }) {
      const territory = createTerritoryService(db);
      const published = createPublishedPlans(db);
      const hide = { schema: { hide: true } };

      for (const dir of ['css', 'fonts']) {
        await app.register(fastifyStatic, {
          root: join(bootstrapItalia, 'dist', dir),
          prefix: `/assets/bootstrap-italia/${dir}/`,
          decorateReply: false,
          maxAge: '7d',
        });
      }
      app.get('/assets/portal.css', hide, (_req, reply) =>
        reply
          .type('text/css; charset=utf-8')
          .header('cache-control', 'public, max-age=86400')
          .send(portalCss),
      );

      app.get('/', hide, async (request, reply) =>
        reply
          .type('text/html; charset=utf-8')
          .send(homePage(localeOf(request), await territory.listPublic())),
      );

      app.get<{ Params: { slug: string } }>('/distretti/:slug', hide, async (request, reply) => {
        const district = await territory.findPublicBySlug(request.params.slug);
        if (!district) return registerPortalNotFound(request, reply);
        const plans = await published.list(district.id);
        return reply
          .type('text/html; charset=utf-8')
          .send(districtPage(localeOf(request), district, plans));
      });

      registerServicePortal(app, db, territory, { localeOf, notFound: registerPortalNotFound });
      registerLegalPages(app, { territory, config, localeOf });

      app.get<{ Params: { slug: string; planId: string } }>(
        '/distretti/:slug/piani/:planId',
        hide,
        async (request, reply) => {
          const district = await territory.findPublicBySlug(request.params.slug);
          if (!district || !uuid.test(request.params.planId))
            return registerPortalNotFound(request, reply);
          const version = await published.latest(district.id, request.params.planId);
          if (!version) return registerPortalNotFound(request, reply);
          const locale = localeOf(request);
          return reply.type('text/html; charset=utf-8').send(
            planPage(locale, district, version, await labelsOf(locale), {
              versions: await published.versions(district.id, request.params.planId),
            }),
          );
        },
      );

      const labelsOf = async (locale: Locale) => ({
        ...(await classificationLabels(db, locale)),
        staffProfiles: await staffProfileLabels(db, locale),
      });
      registerPortalDocuments(app, {
        territory,
        published,
        documents,
        labelsOf,
        localeOf,
        notFound: registerPortalNotFound,
      });
    },
  };
}
