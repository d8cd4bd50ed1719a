import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError, type Locale } from '@pdz/core';
import { sendDocument, type DocumentService } from '../document/index';
import { matchesTag } from '../../platform/reuse/answers';
import type { PublishedPlans } from '../plan/index';
import { planPage, type PortalLabels } from './portal.plan';
import type { PortalMemory } from './portal.memory';
import { versionPageCache, type ServePortalPage } from './portal.kept';

interface Deps {
  memory: PortalMemory;
  servePage: ServePortalPage;
  published: PublishedPlans;
  documents: () => DocumentService;
  labelsOf: (locale: Locale) => Promise<PortalLabels>;
  localeOf: (request: FastifyRequest) => Locale;
  notFound: (request: FastifyRequest, reply: FastifyReply) => unknown;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const versionNumber = (text: string) => (/^[1-9]\d{0,8}$/.test(text) ? Number(text) : undefined);
const files: Record<string, 'pdf' | 'docx'> = { 'piano.pdf': 'pdf', 'piano.docx': 'docx' };
/** a version's file never changes: proxies and browsers may keep it for a year */
const forever = 'public, max-age=31536000, immutable';

type Params = { slug: string; planId: string; number: string };

/**
 * The versions a version's page lists: itself and the ones before it. A later approval does not
 * change the page, so it can be kept for good (the plan's page leads to the newest).
 */
export const upTo = <V extends { number: number }>(versions: readonly V[], number: number) =>
  versions.filter((v) => v.number <= number);

/**
 * The approved versions of a plan on the portal: the page of each version (what the version
 * says, printable) and its PDF and DOCX, as plain links that need no script.
 */
export function registerPortalDocuments(app: FastifyInstance, deps: Deps): void {
  const hide = { schema: { hide: true } };

  async function find(request: FastifyRequest<{ Params: Params }>) {
    const { slug, planId, number } = request.params;
    const n = versionNumber(number);
    if (!uuid.test(planId) || n === undefined) return undefined;
    const found = await deps.memory.district(slug);
    if (!found) return undefined;
    const plan = (await deps.memory.publishedPlans(found.district.id)).find((p) => p.id === planId);
    if (!plan || n > plan.latestApprovedVersion) return undefined;
    return { ...found, planId, number: n };
  }

  app.get<{ Params: Params }>(
    '/distretti/:slug/piani/:planId/versioni/:number',
    hide,
    async (request, reply) => {
      const found = await find(request);
      if (!found) return deps.notFound(request, reply);
      const { district, revision, planId, number } = found;
      const locale = deps.localeOf(request);
      const base = `/distretti/${district.slug}/piani/${planId}`;
      const key = `version|${district.id}|${revision}|${planId}|${number}|${locale}`;
      // versions 1 … latest all exist: the page is made (once) only when not kept
      return deps.servePage(request, reply, { key, cacheControl: versionPageCache }, async () => {
        const version = await deps.published.version(district.id, planId, number);
        if (!version) throw new Error(`version ${number} of plan ${planId} is gone`);
        return planPage(locale, district, version, await deps.labelsOf(locale), {
          versions: upTo(await deps.published.versions(district.id, planId), number),
          path: `${base}/versioni/${number}`,
        });
      });
    },
  );

  app.get<{ Params: Params & { file: string } }>(
    '/distretti/:slug/piani/:planId/versioni/:number/:file',
    hide,
    async (request, reply) => {
      const format = Object.hasOwn(files, request.params.file)
        ? files[request.params.file]
        : undefined;
      const found = await find(request);
      if (!found || !format) return deps.notFound(request, reply);
      const lang = deps.localeOf(request);
      try {
        const file = await deps
          .documents()
          .published(found.district, found.planId, found.number, { format, lang });
        if (matchesTag(request.headers['if-none-match'], `"${file.sha256}"`))
          return reply.code(304).header('etag', `"${file.sha256}"`).send();
        return reply.send(sendDocument(reply, file, format, forever));
      } catch (err) {
        if (isDomainError(err) && err.code === 'NOT_FOUND') return deps.notFound(request, reply);
        throw err;
      }
    },
  );
}
