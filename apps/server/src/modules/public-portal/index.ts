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
import { createPortalMemory } from './portal.memory';
import { createPortalPages, planPageCache } from './portal.kept';
import { upTo } from './portal.documents';
import { registerPortalMonitoring } from './portal.monitoring';
import { createPublishedMonitoring } from '../monitoring/index';

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
    async register({ app, db, config, feed, kept }) {
      const territory = createTerritoryService(db);
      const published = createPublishedPlans(db);
      const memory = createPortalMemory({ territory, published, feed });
      const servePage = createPortalPages(kept.answers, kept.build);
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
        const found = await memory.district(request.params.slug);
        if (!found) return registerPortalNotFound(request, reply);
        const plans = await memory.publishedPlans(found.district.id);
        return reply
          .type('text/html; charset=utf-8')
          .send(districtPage(localeOf(request), found.district, plans));
      });

      registerServicePortal(app, db, territory, { localeOf, notFound: registerPortalNotFound });
      registerLegalPages(app, { territory, config, localeOf });

      app.get<{ Params: { slug: string; planId: string } }>(
        '/distretti/:slug/piani/:planId',
        hide,
        async (request, reply) => {
          const { slug, planId } = request.params;
          const found = uuid.test(planId) ? await memory.district(slug) : undefined;
          const number = found
            ? (await memory.publishedPlans(found.district.id)).find((p) => p.id === planId)
                ?.latestApprovedVersion
            : undefined;
          if (!found || number === undefined) return registerPortalNotFound(request, reply);
          const { district, revision } = found;
          const locale = localeOf(request);
          // made once per version, language and build: what it shows is frozen
          return servePage(
            request,
            reply,
            {
              key: `plan|${district.id}|${revision}|${planId}|${number}|${locale}`,
              cacheControl: planPageCache,
            },
            async () => {
              const version = await published.version(district.id, planId, number);
              if (!version) throw new Error(`version ${number} of plan ${planId} is gone`);
              return planPage(locale, district, version, await labelsOf(locale), {
                versions: upTo(await published.versions(district.id, planId), number),
              });
            },
          );
        },
      );

      const labelsOf = async (locale: Locale) => ({
        ...(await classificationLabels(db, locale)),
        staffProfiles: await staffProfileLabels(db, locale),
      });
      registerPortalMonitoring(app, {
        memory,
        monitoring: createPublishedMonitoring(db),
        sourceNames: async (locale) => (await classificationLabels(db, locale)).sources,
        localeOf,
        notFound: registerPortalNotFound,
      });
      registerPortalDocuments(app, {
        memory,
        servePage,
        published,
        documents,
        labelsOf,
        localeOf,
        notFound: registerPortalNotFound,
      });
    },
  };
}
