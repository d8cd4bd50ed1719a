import { and, eq, inArray, ne } from 'drizzle-orm';
import {
  DomainError,
  assertCan,
  foldText,
  serviceSchemes,
  type AuditAction,
  type Service,
  type ServiceInput,
  type ServiceListQuery,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/classifications';
import { services } from '../../db/schema/service-directory';
import { recordAudit } from '../../platform/audit';
import type { SessionActor } from '../../platform/sessions';
import * as repo from './service.repository';

type Scope = { districtId: string };

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field}: ${message}`, {
    issues: [{ field: `body.${field}`, message }],
  });
}

export function conflict(current: unknown): DomainError {
  return new DomainError('VERSION_CONFLICT', 'the record was changed by someone else', {
    details: { current },
  });
}

/** Codes allowed per classification field, read from the reference data. */
export async function loadServiceCodes(db: Db) {
  const rows = await db
    .select({ scheme: classificationItems.scheme, code: classificationItems.code })
    .from(classificationItems)
    .where(inArray(classificationItems.scheme, Object.values(serviceSchemes)));
  const of = (scheme: string) =>
    new Set(rows.filter((r) => r.scheme === scheme).map((r) => r.code));
  return {
    userAreaCodes: of(serviceSchemes.userArea),
    istatCategoryCode: of(serviceSchemes.istatCategory),
    cisisLevelCode: of(serviceSchemes.cisisLevel),
    facilityTypeCode: of(serviceSchemes.facilityType),
  };
}

/** Checks what zod cannot: the provider, municipalities and codes belong to the district. */
async function checkReferences(db: Db, scope: Scope, input: ServiceInput, selfId: string | null) {
  const providers = await repo.listProviders(db, scope.districtId);
  if (!providers.some((p) => p.id === input.providerId))
    throw invalid('providerId', 'not an organization of this district');
  const towns = new Set((await repo.listMunicipalities(db, scope.districtId)).map((m) => m.id));
  if (input.municipalityId && !towns.has(input.municipalityId))
    throw invalid('municipalityId', 'not a municipality of this district');
  if (input.servedMunicipalityIds.some((id) => !towns.has(id)))
    throw invalid('servedMunicipalityIds', 'not a municipality of this district');
  const codes = await loadServiceCodes(db);
  for (const c of input.userAreaCodes)
    if (!codes.userAreaCodes.has(c)) throw invalid('userAreaCodes', `unknown code ${c}`);
  for (const key of ['istatCategoryCode', 'cisisLevelCode', 'facilityTypeCode'] as const) {
    const value = input[key];
    if (value && !codes[key].has(value)) throw invalid(key, `unknown code ${value}`);
  }
  const same = await db
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(
      and(
        eq(services.districtId, scope.districtId),
        eq(services.providerId, input.providerId),
        ...(selfId ? [ne(services.id, selfId)] : []),
      ),
    );
  if (same.some((s) => foldText(s.name) === foldText(input.name))) {
    throw invalid('name', 'this provider already has a service with this name');
  }
}

/** Use cases of the service directory: read by every member, written by `services.edit`. */
export function createServiceDirectory(db: Db) {
  async function write<T>(
    actor: SessionActor,
    scope: Scope,
    requestId: string | undefined,
    fn: (
      tx: Db,
      audit: (e: {
        action: AuditAction;
        entityId: string;
        before?: unknown;
        after?: unknown;
      }) => Promise<void>,
    ) => Promise<T>,
  ): Promise<T> {
    assertCan(actor, 'services.edit', scope);
    return db.transaction(async (raw) => {
      const tx = raw as unknown as Db;
      return fn(tx, (e) =>
        recordAudit(tx, {
          ...e,
          entityType: 'service',
          districtId: scope.districtId,
          actor: { userId: actor.userId, name: actor.name },
          requestId,
        }),
      );
    });
  }

  return {
    write,
    async list(actor: SessionActor, scope: Scope, q: ServiceListQuery) {
      assertCan(actor, 'district.read', scope);
      const { items, total } = await repo.listServices(
        db,
        repo.serviceFilters(scope.districtId, q),
        {
          limit: q.perPage,
          offset: (q.page - 1) * q.perPage,
        },
      );
      return { items, total, page: q.page, perPage: q.perPage };
    },

    async providers(actor: SessionActor, scope: Scope) {
      assertCan(actor, 'district.read', scope);
      return { items: await repo.listProviders(db, scope.districtId) };
    },

    async get(actor: SessionActor, scope: Scope, id: string): Promise<Service> {
      assertCan(actor, 'district.read', scope);
      const found = await repo.findService(db, scope.districtId, id);
      if (!found) throw new DomainError('NOT_FOUND');
      return found;
    },

    async create(actor: SessionActor, scope: Scope, input: ServiceInput, requestId?: string) {
      return write(actor, scope, requestId, async (tx, audit) => {
        await checkReferences(tx, scope, input, null);
        const id = await repo.insertService(tx, scope.districtId, input);
        const after = (await repo.findService(tx, scope.districtId, id))!;
        await audit({ action: 'service.created', entityId: id, after });
        return after;
      });
    },

    async update(
      actor: SessionActor,
      scope: Scope,
      id: string,
      body: ServiceInput & { version: number },
      requestId?: string,
    ) {
      return write(actor, scope, requestId, async (tx, audit) => {
        const before = await repo.findService(tx, scope.districtId, id, true);
        if (!before) throw new DomainError('NOT_FOUND');
        if (before.version !== body.version) throw conflict(before);
        const { version, ...input } = body;
        await checkReferences(tx, scope, input, id);
        if (!(await repo.updateService(tx, scope.districtId, id, version, input)))
          throw conflict(before);
        const after = (await repo.findService(tx, scope.districtId, id))!;
        await audit({ action: 'service.updated', entityId: id, before, after });
        return after;
      });
    },

    async remove(
      actor: SessionActor,
      scope: Scope,
      id: string,
      version: number,
      requestId?: string,
    ) {
      await write(actor, scope, requestId, async (tx, audit) => {
        const before = await repo.findService(tx, scope.districtId, id, true);
        if (!before) throw new DomainError('NOT_FOUND');
        if (
          before.version !== version ||
          !(await repo.deleteService(tx, scope.districtId, id, version))
        ) {
          throw conflict(before);
        }
        await audit({ action: 'service.deleted', entityId: id, before });
      });
      return null;
    },
  };
}
export type ServiceDirectory = ReturnType<typeof createServiceDirectory>;
