import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError, type Locale } from '@pdz/core';
import { matchesEtag, sendDocument, type DocumentService } from '../document/index';
import type { PublishedPlans } from '../plan/index';
import type { TerritoryService } from '../territory/index';
import { planPage, type PortalLabels } from './portal.plan';

interface Deps {
  territory: Pick<TerritoryService, 'findPublicBySlug'>;
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
 * The approved versions of a plan on the portal: the page of each version (what the version
 * says, printable) and its PDF and DOCX, as plain links that need no script.
 */
export function registerPortalDocuments(app: FastifyInstance, deps: Deps): void {
  const hide = { schema: { hide: true } };

  async function find(request: FastifyRequest<{ Params: Params }>) {
    const { slug, planId, number } = request.params;
    const n = versionNumber(number);
    if (!uuid.test(planId) || n === undefined) return undefined;
    const district = await deps.territory.findPublicBySlug(slug);
    if (!district) return undefined;
    return { district, planId, number: n };
  }

  app.get<{ Params: Params }>(
    '/distretti/:slug/piani/:planId/versioni/:number',
    hide,
    async (request, reply) => {
      const found = await find(request);
      const version = found
        ? await deps.published.version(found.district.id, found.planId, found.number)
        : undefined;
      if (!found || !version) return deps.notFound(request, reply);
      const locale = deps.localeOf(request);
      const base = `/distretti/${found.district.slug}/piani/${found.planId}`;
      return reply.type('text/html; charset=utf-8').send(
        planPage(locale, found.district, version, await deps.labelsOf(locale), {
          versions: await deps.published.versions(found.district.id, found.planId),
          path: `${base}/versioni/${found.number}`,
        }),
      );
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
        if (matchesEtag(request, `"${file.sha256}"`))
          return reply.code(304).header('etag', `"${file.sha256}"`).send();
        return reply.send(sendDocument(reply, file, format, forever));
      } catch (err) {
        if (isDomainError(err) && err.code === 'NOT_FOUND') return deps.notFound(request, reply);
        throw err;
      }
    },
  );
}
