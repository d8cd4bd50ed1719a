import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { getMeta } from '@pdz/core';
import type { Config } from './config';
import type { Database } from './db/client';
import { answerFrameworkErrors, registerErrorHandling, sendProblem } from './platform/http/problem';
import { isApiPath } from './platform/http/framework-errors';
import { registerPlainTextGuard } from './platform/http/plain-text';
import { registerRateLimit } from './platform/http/rate-limit';
import { createRouter } from './platform/http/route';
import { answerSerializer } from './platform/http/serializer';
import { registerSecurityHeaders } from './platform/http/security';
import { registerHealth, registerStatus } from './platform/http/health';
import { registerOpenApi } from './platform/http/openapi';
import { registerMergePatch } from './platform/http/merge-patch';
import { registerRevalidation } from './platform/http/revalidation';
import { answerClientError } from './platform/http/client-errors';
import { registerGracefulClose } from './platform/http/shutdown';
import { registerFavicon } from './platform/http/favicon';
import { withoutTrailingSlash } from './platform/http/trailing-slash';
import type { AppModule } from './platform/module';
import { openChangeFeed } from './platform/reuse/change-feed';
import { createPlanReads } from './platform/reuse/plan-reads';
import { createSessionReader } from './platform/sessions';
import { serverBuild } from './build-info';
import { accessModule } from './modules/access/index';
import { territoryModule } from './modules/territory/index';
import { createPlanModule, createPlanStamps } from './modules/plan/index';
import { budgetModule } from './modules/budget/index';
import { municipalShareModule } from './modules/municipal-share/index';
import { indicatorsModule } from './modules/indicators/index';
import { chaptersModule } from './modules/chapters/index';
import { needsModule } from './modules/needs/index';
import { spreadsheetsModule } from './modules/spreadsheets/index';
import { populationModule } from './modules/population/index';
import { classificationsModule } from './modules/classifications/index';
import { auditModule } from './modules/audit/index';
import { serviceDirectoryModule } from './modules/service-directory/index';
import { createPublicPortalModule, registerPortalNotFound } from './modules/public-portal/index';
import { createDocumentModule } from './modules/document/index';
import { monitoringModule } from './modules/monitoring/index';
import { planContentParts } from './plan-content-parts';

/**
 * The explicit list of modules: what the platform does is read here. Made for each app, as the
 * document module keeps a service (with its rendering thread) that the public portal uses.
 */
function appModules(): AppModule[] {
  const documentModule = createDocumentModule(planContentParts);
  return [
    accessModule,
    territoryModule,
    createPlanModule(planContentParts),
    budgetModule,
    municipalShareModule,
    indicatorsModule,
    chaptersModule,
    needsModule,
    spreadsheetsModule,
    populationModule,
    classificationsModule,
    auditModule,
    serviceDirectoryModule,
    documentModule,
    monitoringModule,
    createPublicPortalModule(documentModule.service),
  ];
}

export interface AppDeps {
  config: Config;
  database: Database;
  sessionSecret: string;
  /** built back office (apps/web/dist); not served when absent */
  webDist?: string;
}

/** what a tag of a reused answer names besides its data: the build (sources: this process) */
const buildIdentity = serverBuild?.id ?? `sources-${randomUUID()}`;

export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    trustProxy: config.env === 'production',
    bodyLimit: 1_048_576,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    rewriteUrl: (request) => withoutTrailingSlash(request.url ?? '/'),
    // an address the router cannot decode, a path parameter longer than it accepts
    frameworkErrors: answerFrameworkErrors(registerPortalNotFound),
    clientErrorHandler: answerClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(answerSerializer(config.validateResponses));
  app.decorateRequest('actor', null);
  registerErrorHandling(app);
  registerGracefulClose(app);

  await registerSecurityHeaders(app, { hsts: config.cookieSecure });
  // The design system's stylesheet alone is ~600 KB: public offices are not all on fast lines.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(cookie, { secret: deps.sessionSecret });
  // before every route: both attach themselves to the routes registered after them
  await registerRateLimit(app, { perMinute: config.rateLimitPerMinute });
  registerPlainTextGuard(app, registerPortalNotFound);
  await registerOpenApi(app, {
    publicUrl: config.publicUrl,
    owner: config.portal.owner,
    contactEmail: config.portal.contactEmail,
  });
  registerMergePatch(app);
  registerRevalidation(app);
  registerHealth(app, database.ping);
  registerFavicon(app);

  // what changed, heard by every process: the sessions and the plan reads kept in memory
  const feed = await openChangeFeed(database, {
    onError: (err) => app.log.warn({ err }, 'change feed'),
  });
  app.addHook('onClose', () => feed.close());
  const planReads = createPlanReads({
    stamps: createPlanStamps(database, feed),
    feed,
    limitBytes: config.readCacheBytes,
    build: buildIdentity,
  });
  const router = createRouter(app, {
    readSession: createSessionReader(database.db, feed, config.sessionTtlMinutes),
    planReads,
    validateResponses: config.validateResponses,
  });
  registerStatus(router, database.ping);
  router.publicRoute(getMeta, async () => ({
    product: 'Piano di Zona',
    version: '0.1.0',
    demoData: config.demoData,
  }));
  const kept = { answers: planReads.store, build: buildIdentity };
  for (const m of appModules())
    await m.register({ app, router, db: database.db, config, feed, kept });

  const webDist = deps.webDist ?? defaultWebDist;
  const hasWeb = existsSync(webDist);
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuilt back office is served at once.
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/app/',
      wildcard: true,
      index: ['index.html'],
    });
    app.get('/app', { schema: { hide: true } }, (_req, reply) => reply.redirect('/app/'));
  }

  // unknown API paths count against the limit too (and say so in their headers)
  const limited = config.rateLimitPerMinute > 0 ? { preHandler: app.rateLimit() } : {};
  app.setNotFoundHandler(limited, (request, reply) => {
    if (isApiPath(request.url)) return sendProblem(reply, request, 'NOT_FOUND');
    // Client-side routes of the back office all answer with its index.html (assets do not).
    if (
      hasWeb &&
      request.method === 'GET' &&
      request.url.startsWith('/app/') &&
      !request.url.startsWith('/app/assets/')
    ) {
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .sendFile('index.html', webDist);
    }
    return registerPortalNotFound(request, reply);
  });
  return app;
}
