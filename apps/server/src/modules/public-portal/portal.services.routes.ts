import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { inArray } from 'drizzle-orm';
import { serviceSchemes, type District, type Locale, type Service } from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/classifications';
import type { TerritoryService } from '../territory/index';
import { serviceRepository as repo } from '../service-directory/index';
import { perPage, servicePage, servicesPage, type Filters, type Labels } from './portal.services';

/** The portal's service pages: what a citizen may see (never a closed service), read from the query. */
const shown: Service['status'][] = ['active', 'suspended'];
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadLabels(db: Db, locale: Locale): Promise<Labels> {
  const rows = await db
    .select()
    .from(classificationItems)
    .where(inArray(classificationItems.scheme, Object.values(serviceSchemes)));
  const out: Labels = {};
  for (const r of rows.sort((a, b) => a.position - b.position)) {
    (out[r.scheme] ??= []).push({ code: r.code, label: locale === 'en' ? r.labelEn : r.labelIt });
  }
  return out;
}
function readFilters(query: Record<string, unknown>, district: District, labels: Labels): Filters {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 200) : '');
  const known = (scheme: string, v: string) => (labels[scheme]?.some((i) => i.code === v) ? v : '');
  const comune = str(query.comune);
  const page = Number.parseInt(str(query.pagina), 10);
  return {
    q: str(query.q),
    area: known(serviceSchemes.userArea, str(query.area)),
    comune: district.municipalities.some((m) => m.id === comune) ? comune : '',
    tipo: known(serviceSchemes.istatCategory, str(query.tipo)),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function registerServicePortal(
  app: FastifyInstance,
  db: Db,
  territory: TerritoryService,
  deps: {
    localeOf: (r: FastifyRequest) => Locale;
    notFound: (r: FastifyRequest, reply: FastifyReply) => unknown;
  },
): void {
  const hide = { schema: { hide: true } };
  app.get<{ Params: { slug: string } }>(
    '/distretti/:slug/servizi',
    hide,
    async (request, reply) => {
      const district = await territory.findPublicBySlug(request.params.slug);
      if (!district) return deps.notFound(request, reply);
      const locale = deps.localeOf(request);
      const labels = await loadLabels(db, locale);
      const f = readFilters(request.query as Record<string, unknown>, district, labels);
      const where = repo.serviceFilters(district.id, {
        q: f.q || undefined,
        userArea: f.area || undefined,
        municipalityId: f.comune || undefined,
        istatCategory: f.tipo || undefined,
        status: shown,
      });
      const result = await repo.listServices(db, where, {
        limit: perPage,
        offset: (f.page - 1) * perPage,
      });
      return reply
        .type('text/html; charset=utf-8')
        .send(servicesPage(locale, district, labels, f, result));
    },
  );

  app.get<{ Params: { slug: string; serviceId: string } }>(
    '/distretti/:slug/servizi/:serviceId',
    hide,
    async (request, reply) => {
      const district = await territory.findPublicBySlug(request.params.slug);
      if (!district || !uuidRe.test(request.params.serviceId)) return deps.notFound(request, reply);
      const s = await repo.findService(db, district.id, request.params.serviceId);
      if (!s || !shown.includes(s.status)) return deps.notFound(request, reply);
      const locale = deps.localeOf(request);
      return reply
        .type('text/html; charset=utf-8')
        .send(servicePage(locale, district, await loadLabels(db, locale), s));
    },
  );
}
