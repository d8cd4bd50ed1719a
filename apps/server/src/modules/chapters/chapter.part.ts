import type { ChapterKind } from '@pdz/core';
import type { PlanContentPart } from '../plan/index';
import { listChapters } from './chapter.repository';

/** The chapters as an approved version freezes them, in their order. */
export const chaptersPart: PlanContentPart = {
  name: 'chapters',
  async freeze(db, tree) {
    const rows = await listChapters(db, { districtId: tree.districtId, planId: tree.id });
    return {
      chapters: rows.map((c) => ({
        id: c.id,
        kind: c.kind as ChapterKind,
        title: c.title,
        body: c.body,
      })),
    };
  },
};
