import {
  DomainError,
  assertCan,
  permissionsIn,
  rolesIn,
  totalPopulation,
  type Actor,
  type District,
  type DistrictSummary,
  type Organization,
  type OrganizationKind,
} from '@pdz/core';
import type { z } from 'zod';
import type { createOrganizationInput } from '@pdz/core';
import type { Db } from '../../db/client';
import type { districts, organizations } from '../../db/schema/territory';
import { recordAudit } from '../../platform/audit';
import type { SessionActor } from '../../platform/sessions';
import * as repo from './territory.repository';

type DistrictRow = typeof districts.$inferSelect;

function toOrganization(o: typeof organizations.$inferSelect): Organization {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind as OrganizationKind,
    taxCode: o.taxCode,
    registryNumber: o.registryNumber,
  };
}

function isUniqueViolation(e: unknown): boolean {
  for (let err = e as { code?: unknown; cause?: unknown } | undefined; err;) {
    if (err.code === '23505') return true;
    err = err.cause as typeof err;
  }
  return false;
}

function duplicateName(): DomainError {
  return new DomainError('DUPLICATE', 'an organization with this name exists in the district', {
    issues: [{ field: 'body.name', message: 'already exists in this district' }],
  });
}

function toSummary(row: DistrictRow): DistrictSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    region: row.region,
    istatCode: row.istatCode,
    isDemo: row.isDemo,
  };
}

/** The district with everything the overview page shows. Access is the caller's to check. */
export async function loadDistrict(db: Db, row: DistrictRow): Promise<District> {
  const [ms, orgs] = await Promise.all([
    repo.listMunicipalities(db, row.id),
    repo.listOrganizations(db, row.id),
  ]);
  const organizations: Organization[] = orgs.map(toOrganization);
  const municipalities = ms.map((m) => ({
    id: m.id,
    istatCode: m.istatCode,
    name: m.name,
    province: m.province,
    cadastralCode: m.cadastralCode,
    postalCode: m.postalCode,
    population: m.population,
    populationYear: m.populationYear,
  }));
  return {
    ...toSummary(row),
    leadBody: organizations.find((o) => o.id === row.leadBodyId) ?? null,
    municipalities,
    population: totalPopulation(municipalities),
    organizations,
  };
}

export function createTerritoryService(db: Db) {
  return {
    async listMine(actor: Actor) {
      const ids = [...new Set(actor.memberships.map((m) => m.districtId))];
      const rows = await repo.findDistrictsByIds(db, ids);
      return rows.map((row) => ({
        ...toSummary(row),
        roles: rolesIn(actor, row.id),
        permissions: permissionsIn(actor, row.id),
      }));
    },

    async get(actor: Actor, districtId: string): Promise<District> {
      assertCan(actor, 'district.read', { districtId });
      const row = await repo.findDistrict(db, districtId);
      if (!row) throw new DomainError('NOT_FOUND');
      return loadDistrict(db, row);
    },

    /**
     * Adds an organization (cooperative, association, ASST…) so that actions can name it as lead
     * or partner. Names are unique in a district, whatever their case.
     */
    async createOrganization(
      actor: SessionActor,
      districtId: string,
      input: z.output<typeof createOrganizationInput>,
      requestId?: string,
    ): Promise<Organization> {
      assertCan(actor, 'organization.create', { districtId });
      return repo.changingDistrict(db, districtId, async (tx) => {
        if (await repo.findOrganizationByName(tx, districtId, input.name)) throw duplicateName();
        const created = toOrganization(
          await repo.insertOrganization(tx, { districtId, ...input }).catch((e: unknown) => {
            // the same name saved a moment ago by someone else
            if (isUniqueViolation(e)) throw duplicateName();
            throw e;
          }),
        );
        await recordAudit(tx, {
          districtId,
          actor: { userId: actor.userId, name: actor.name },
          action: 'organization.created',
          entityType: 'organization',
          entityId: created.id,
          after: created,
          requestId,
        });
        return created;
      });
    },

    /** Identity of a district for other modules (snapshots, links); no access check. */
    async ref(districtId: string): Promise<{ id: string; slug: string; name: string }> {
      const row = await repo.findDistrict(db, districtId);
      if (!row) throw new DomainError('NOT_FOUND');
      return { id: row.id, slug: row.slug, name: row.name };
    },

    /** For the public portal: no actor, only what is public anyway. */
    async findPublicBySlug(slug: string): Promise<District | undefined> {
      const row = await repo.findDistrictBySlug(db, slug);
      return row ? loadDistrict(db, row) : undefined;
    },

    /** the district with its revision (what the portal keys the pages it keeps by) */
    async publicBySlug(
      slug: string,
    ): Promise<{ district: District; revision: number } | undefined> {
      const row = await repo.findDistrictBySlug(db, slug);
      return row ? { district: await loadDistrict(db, row), revision: row.revision } : undefined;
    },

    async listPublic(): Promise<DistrictSummary[]> {
      return (await repo.listAllDistricts(db)).map(toSummary);
    },
  };
}
export type TerritoryService = ReturnType<typeof createTerritoryService>;
