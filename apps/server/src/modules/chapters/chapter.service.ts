import type { z } from 'zod';
import {
  DomainError,
  assertCan,
  standardChapterBody,
  standardChapters,
  type createChapterInput,
  type updateChapterInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import { conflict, createContentWrite, findPlan, type Scope } from '../plan/index';
import * as repo from './chapter.repository';

/**
 * Use cases on the narrative chapters of a plan. Reads need `plan.read`; writes go through the
 * content flow (permission, plan lock, editable phase, row version, plan version, audit).
 */
export function createChapterService(db: Db) {
  const { inEditablePlan } = createContentWrite(db);

  async function readable(actor: SessionActor, scope: Scope) {
    assertCan(actor, 'plan.read', { districtId: scope.districtId });
    if (!(await findPlan(db, scope.districtId, scope.planId))) throw new DomainError('NOT_FOUND');
  }

  async function getOrThrow(tx: Db, scope: Scope, id: string) {
    const row = await repo.findChapter(tx, scope, id);
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  return {
    async list(actor: SessionActor, scope: Scope) {
      await readable(actor, scope);
      return (await repo.listChapters(db, scope)).map(repo.toChapter);
    },

    async get(actor: SessionActor, scope: Scope, id: string) {
      await readable(actor, scope);
      return repo.toChapter(await getOrThrow(db, scope, id));
    },

    async create(
      actor: SessionActor,
      scope: Scope,
      input: z.output<typeof createChapterInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const position = await repo.nextChapterPosition(tx, scope);
        const [row] = await repo.insertChapters(tx, [{ ...scope, ...input, position }]);
        const chapter = repo.toChapter(row!);
        await audit({
          action: 'chapter.created',
          entityType: 'chapter',
          entityId: chapter.id,
          after: chapter,
        });
        return chapter;
      });
    },

    /** The nine standard chapters, in order; only for a plan that has no chapter yet. */
    async createStandard(actor: SessionActor, scope: Scope, requestId?: string) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const existing = await repo.listChapters(tx, scope);
        if (existing.length > 0) throw conflict(existing.map(repo.toChapter));
        const rows = await repo.insertChapters(
          tx,
          standardChapters.map((c, position) => ({
            ...scope,
            kind: c.kind,
            title: c.title,
            body: standardChapterBody(c.tables),
            position,
          })),
        );
        const created = rows.sort((a, b) => a.position - b.position).map(repo.toChapter);
        for (const chapter of created)
          await audit({
            action: 'chapter.created',
            entityType: 'chapter',
            entityId: chapter.id,
            after: chapter,
          });
        return created;
      });
    },

    async update(
      actor: SessionActor,
      scope: Scope,
      id: string,
      input: z.output<typeof updateChapterInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const before = await getOrThrow(tx, scope, id);
        if (before.version !== input.version) throw conflict(repo.toChapter(before));
        const { version, ...set } = input;
        const row = await repo.updateChapter(tx, id, version, set);
        if (!row) throw conflict(repo.toChapter(before));
        await audit({
          action: 'chapter.updated',
          entityType: 'chapter',
          entityId: id,
          before: repo.toChapter(before),
          after: repo.toChapter(row),
        });
        return repo.toChapter(row);
      });
    },

    async remove(
      actor: SessionActor,
      scope: Scope,
      id: string,
      version: number,
      requestId?: string,
    ) {
      await inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const before = await getOrThrow(tx, scope, id);
        const current = repo.toChapter(before);
        if (before.version !== version) throw conflict(current);
        if (!(await repo.deleteChapter(tx, id, version))) throw conflict(current);
        await audit({
          action: 'chapter.deleted',
          entityType: 'chapter',
          entityId: id,
          before: current,
        });
      });
    },

    async reorder(actor: SessionActor, scope: Scope, ids: string[], requestId?: string) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const siblings = await repo.listChapters(tx, scope);
        const known = new Set(siblings.map((s) => s.id));
        if (
          ids.length !== known.size ||
          new Set(ids).size !== ids.length ||
          ids.some((id) => !known.has(id))
        ) {
          // the list the user reordered is not the list as it is now
          throw conflict(siblings.map(repo.toChapter));
        }
        for (const [position, id] of ids.entries()) await repo.setChapterPosition(tx, id, position);
        await audit({
          action: 'chapter.reordered',
          entityType: 'plan',
          entityId: scope.planId,
          before: siblings.map((s) => s.id),
          after: ids,
        });
        return (await repo.listChapters(tx, scope)).map(repo.toChapter);
      });
    },
  };
}
