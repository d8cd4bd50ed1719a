import {
  checkCoherence,
  type CoherenceInput,
  type CoherenceProblem,
  type CoherenceTree,
  type Plan,
  type PlanTree,
  type SnapshotContent,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { listOrganizationNames } from '../territory/index';

/**
 * What the plan needs of a part of its content that another module owns (budget, municipal
 * share, indicators, chapters, …), without importing that module: the part says what the
 * coherence rules must read of it and what an approved version freezes of it. The app gives the
 * plan module the list of parts; each part is read with the handle it receives (inside
 * approval, the approval's transaction).
 */
export interface PlanContentPart {
  name: string;
  /** reads the plan (and its content's bare shape: ids, an action's lead) for the rules */
  coherence?(
    db: Db,
    plan: Plan & CoherenceTree,
  ): Promise<Partial<Omit<CoherenceInput, 'period' | 'tree'>>>;
  freeze?(db: Db, tree: PlanTree): Promise<SnapshotPart>;
}

/** What one part adds to a frozen version (the budget is filled by more than one part). */
export type SnapshotPart = Partial<Omit<SnapshotContent, 'budget'>> & {
  budget?: Partial<SnapshotContent['budget']>;
};

/**
 * Coherence of a plan: what blocks approval and what only warns. Inside a transaction the parts
 * are read one after the other (it has one connection); outside one (`concurrent`) all at once,
 * which a PostgreSQL server's pool answers in parallel.
 */
export async function coherenceOf(
  db: Db,
  tree: Plan & CoherenceTree,
  parts: readonly PlanContentPart[],
  options: { concurrent?: boolean } = {},
): Promise<CoherenceProblem[]> {
  const input: CoherenceInput = { period: tree.period, tree, availability: [], allocations: [] };
  const reading = parts.filter((p) => p.coherence);
  if (options.concurrent) {
    const read = await Promise.all(reading.map((part) => part.coherence!(db, tree)));
    for (const r of read) Object.assign(input, r);
  } else {
    for (const part of reading) Object.assign(input, await part.coherence!(db, tree));
  }
  return checkCoherence(input);
}

/** Everything an approved version freezes besides the tree. */
export async function frozenContent(
  db: Db,
  tree: PlanTree,
  parts: readonly PlanContentPart[],
): Promise<SnapshotContent> {
  const content: SnapshotContent = {
    organizations: await listOrganizationNames(db, tree.districtId),
    indicators: [],
    budget: { availability: [], allocations: [], municipalShare: null },
    chapters: [],
  };
  for (const part of parts) {
    if (!part.freeze) continue;
    const { budget, ...rest } = await part.freeze(db, tree);
    Object.assign(content, rest);
    if (budget) content.budget = { ...content.budget, ...budget };
  }
  return content;
}
