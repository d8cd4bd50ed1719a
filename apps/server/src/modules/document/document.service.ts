import { createHash } from 'node:crypto';
import {
  DomainError,
  assertCan,
  type District,
  type DocumentFormat,
  type KeptDocument,
  type Locale,
  type PlanVersion,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import type { createPlanService, PublishedPlans } from '../plan/index';
import type { TerritoryService } from '../territory/index';
import { documentInput, keptInput } from './document.input';
import * as repo from './document.repository';
import { DraftCache } from './draft-cache';
import type { Renderer } from './renderer';

export interface DocumentFile {
  bytes: Uint8Array;
  sha256: string;
  filename: string;
  /** a kept file of an approved version (the same bytes for ever) or a draft's */
  kept: boolean;
}

export interface DocumentRequest {
  format: DocumentFormat;
  lang: Locale;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function filename(
  district: District,
  period: { startYear: number; endYear: number },
  tail: string,
  format: string,
) {
  return `${district.slug}-piano-di-zona-${period.startYear}-${period.endYear}-${tail}.${format}`;
}

interface Deps {
  db: Db;
  plans: Pick<ReturnType<typeof createPlanService>, 'draftSnapshot' | 'version'>;
  published: Pick<PublishedPlans, 'version'>;
  territory: Pick<TerritoryService, 'get'>;
  renderer: Renderer;
  /** several server processes share the database: make a kept document under a lock */
  sharedDatabase: boolean;
}

/**
 * The plan document of the live draft (made on request, reused while the plan does not change)
 * and of every approved version (made once, kept with its SHA-256, then always the same bytes).
 */
export function createDocumentService(deps: Deps) {
  const { db, renderer } = deps;
  const drafts = new DraftCache(64 * 1024 * 1024);
  const inFlight = new Map<string, Promise<unknown>>();

  /** one making at a time per key in this process; the others wait for its result */
  function once<T>(key: string, make: () => Promise<T>): Promise<T> {
    const running = inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const p = make().finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  }

  /** the approved version an update is compared with (none before the first) */
  async function previousOf(districtId: string, planId: string, number: number | null) {
    if (number === null || number < 1) return undefined;
    const v = await deps.published.version(districtId, planId, number);
    return v ? { number: v.number, snapshot: v.snapshot } : undefined;
  }

  async function render(district: District, v: PlanVersion, key: repo.DocumentKey) {
    const input = await documentInput(
      db,
      district,
      v.snapshot,
      {
        kind: 'approved',
        number: v.number,
        sha256: v.sha256,
        decisionDate: v.decisionDate,
        resolution: v.resolution,
      },
      key.language,
      await previousOf(district.id, v.planId, v.number - 1),
    );
    const bytes = await renderer.render(input, key.language, key.format);
    return { bytes, sha256: sha256(bytes), input: keptInput(input) };
  }

  /** The kept file of a version, made (once, whichever process asks first) when missing. */
  async function keptFile(district: District, v: PlanVersion, req: DocumentRequest) {
    const key: repo.DocumentKey = {
      planId: v.planId,
      versionNumber: v.number,
      format: req.format,
      language: req.lang,
    };
    const found = await repo.findKept(db, key);
    if (found) return found;
    return once(`${key.planId}|${key.versionNumber}|${key.format}|${key.language}`, async () => {
      const make = async (d: Db) => {
        const again = await repo.findKept(d, key);
        if (again) return again;
        const made = await render(district, v, key);
        await repo.keep(d, { ...key, districtId: district.id, content: made.bytes, ...made });
        return (await repo.findKept(d, key))!;
      };
      if (!deps.sharedDatabase) return make(db);
      return db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        await repo.lockDocument(tx, key);
        return make(tx);
      });
    });
  }

  const versionFile = (district: District, v: PlanVersion, req: DocumentRequest) =>
    keptFile(district, v, req).then((f): DocumentFile => ({
      bytes: f.content,
      sha256: f.sha256,
      filename: filename(district, v.snapshot.plan.period, `v${v.number}`, req.format),
      kept: true,
    }));

  return {
    async draft(
      actor: SessionActor,
      districtId: string,
      planId: string,
      req: DocumentRequest,
    ): Promise<DocumentFile & { planVersion: number }> {
      const draft = await deps.plans.draftSnapshot(actor, districtId, planId);
      const { snapshot, version } = draft;
      const key = `${planId}|draft|${version}|${req.format}|${req.lang}`;
      const district = await deps.territory.get(actor, districtId);
      const name = filename(district, snapshot.plan.period, 'bozza', req.format);
      const cached = drafts.get(key);
      if (cached)
        return {
          bytes: cached,
          sha256: sha256(cached),
          filename: name,
          kept: false,
          planVersion: version,
        };
      const bytes = await once(key, async () => {
        const input = await documentInput(
          db,
          district,
          snapshot,
          { kind: 'draft', madeAt: new Date().toISOString() },
          req.lang,
          // an update in progress shows what it changes in the version in force
          draft.phase === 'updating'
            ? await previousOf(districtId, planId, draft.latestApprovedVersion)
            : undefined,
        );
        const made = await renderer.render(input, req.lang, req.format);
        drafts.set(key, made);
        return made;
      });
      return { bytes, sha256: sha256(bytes), filename: name, kept: false, planVersion: version };
    },

    async version(
      actor: SessionActor,
      districtId: string,
      planId: string,
      number: number,
      req: DocumentRequest,
    ): Promise<DocumentFile> {
      const v = await deps.plans.version(actor, districtId, planId, number);
      return versionFile(await deps.territory.get(actor, districtId), v, req);
    },

    /** The SHA-256 of a kept file, when it is kept: a conditional request needs no more. */
    async keptSha(
      actor: SessionActor,
      districtId: string,
      planId: string,
      number: number,
      req: DocumentRequest,
    ): Promise<string | undefined> {
      assertCan(actor, 'plan.read', { districtId });
      await deps.plans.version(actor, districtId, planId, number);
      return repo.findKeptSha(db, {
        planId,
        versionNumber: number,
        format: req.format,
        language: req.lang,
      });
    },

    async kept(
      actor: SessionActor,
      districtId: string,
      planId: string,
      number: number,
    ): Promise<KeptDocument[]> {
      await deps.plans.version(actor, districtId, planId, number);
      return repo.listKept(db, planId, number);
    },

    /** For the public portal: an approved version of a published district. */
    async published(
      district: District,
      planId: string,
      number: number,
      req: DocumentRequest,
    ): Promise<DocumentFile> {
      const v = await deps.published.version(district.id, planId, number);
      if (!v) throw new DomainError('NOT_FOUND');
      return versionFile(district, v, req);
    },
  };
}
export type DocumentService = ReturnType<typeof createDocumentService>;
