import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  foldText,
  hsdsSchemes,
  type HsdsContext,
  type HsdsMunicipality,
  type HsdsTaxonomyItem,
  type Service,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/classifications';
import { services } from '../../db/schema/service-directory';
import { districts, municipalities, organizations } from '../../db/schema/territory';
import { toService } from './service.repository';
import { badParameters, queryRules } from './hsds.query';

/** Stable UUID (version 5 style, SHA-1) for an HSDS object we do not store as a row. */
const namespace = Buffer.from('6f1c2b1e9a7d4c3e8b5a0d2f4e6a8c10', 'hex');
export function uuidFor(name: string): string {
  const h = createHash('sha1').update(namespace).update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** What the open API publishes: services that are not closed, of every district or one. */
export const publishedStatuses = ['active', 'suspended'];

export interface PublishedDirectory {
  services: Service[];
  ctx: HsdsContext;
  taxonomies: { scheme: string; edition: string }[];
  terms: HsdsTaxonomyItem[];
}

export async function loadPublishedDirectory(
  db: Db,
  districtSlug?: string,
): Promise<PublishedDirectory> {
  const districtRows = await db.select().from(districts);
  const chosen = districtSlug ? districtRows.filter((d) => d.slug === districtSlug) : districtRows;
  if (chosen.length === 0 && districtSlug !== undefined) {
    const slugs = districtRows.map((d) => d.slug).sort();
    throw badParameters([
      {
        name: 'district',
        rule: `${queryRules.district}: one of ${slugs.join(', ')}`,
        value: districtSlug,
      },
    ]);
  }
  const ids = chosen.map((d) => d.id);
  const regionOf = new Map(districtRows.map((d) => [d.id, d.region]));
  const rows = ids.length
    ? await db
        .select({ s: services, o: organizations })
        .from(services)
        .innerJoin(organizations, eq(organizations.id, services.providerId))
        .where(and(inArray(services.districtId, ids), inArray(services.status, publishedStatuses)))
    : [];
  const list = rows
    .map((r) => toService(r.s, r.o))
    .sort((a, b) => a.name.localeCompare(b.name, 'it') || a.id.localeCompare(b.id));
  const towns = ids.length
    ? await db.select().from(municipalities).where(inArray(municipalities.districtId, ids))
    : [];
  const municipalityMap = new Map<string, HsdsMunicipality>(
    towns.map((m) => [
      m.id,
      {
        id: m.id,
        name: m.name,
        province: m.province,
        postalCode: m.postalCode,
        region: regionOf.get(m.districtId) ?? '',
      },
    ]),
  );
  const items = await db
    .select()
    .from(classificationItems)
    .where(inArray(classificationItems.scheme, hsdsSchemes));
  const terms: HsdsTaxonomyItem[] = items
    .sort(
      (a, b) =>
        hsdsSchemes.indexOf(a.scheme) - hsdsSchemes.indexOf(b.scheme) || a.position - b.position,
    )
    .map((i) => ({
      id: i.id,
      scheme: i.scheme,
      edition: i.edition,
      code: i.code,
      labelIt: i.labelIt,
      labelEn: i.labelEn,
    }));
  const taxonomies = hsdsSchemes
    .map((scheme) => ({ scheme, edition: terms.find((t) => t.scheme === scheme)?.edition ?? '' }))
    .filter((t) => t.edition);
  return {
    services: list,
    ctx: {
      uuidFor,
      municipalities: municipalityMap,
      terms: new Map(terms.map((t) => [`${t.scheme}:${t.code}`, t])),
    },
    taxonomies,
    terms,
  };
}

/** HSDS list filters on services (search words, taxonomy term or taxonomy, organization). */
export function filterPublished(
  dir: PublishedDirectory,
  q: { search?: string; taxonomy_term_id?: string; taxonomy_id?: string; organization_id?: string },
): Service[] {
  const words = foldText(q.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const termCodes = (s: Service) =>
    [
      ...s.userAreaCodes.map((c) => `istatUserArea:${c}`),
      `istatServiceCategory:${s.istatCategoryCode}`,
      `cisisMacroLevel:${s.cisisLevelCode}`,
      `lombardyFacilityType:${s.facilityTypeCode}`,
    ]
      .map((k) => dir.ctx.terms.get(k))
      .filter((t): t is HsdsTaxonomyItem => !!t);
  return dir.services.filter((s) => {
    const hay = foldText(`${s.name} ${s.description}`);
    if (!words.every((w) => hay.includes(w))) return false;
    if (q.organization_id && s.provider.id !== q.organization_id) return false;
    if (q.taxonomy_term_id && !termCodes(s).some((t) => t.id === q.taxonomy_term_id)) return false;
    if (
      q.taxonomy_id &&
      !termCodes(s).some((t) => uuidFor(`taxonomy:${t.scheme}`) === q.taxonomy_id)
    )
      return false;
    return true;
  });
}
