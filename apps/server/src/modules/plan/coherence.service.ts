import {
  checkCoherence,
  type CoherenceInput,
  type CoherenceProblem,
  type PlanTree,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { loadBudgetForRules } from './budget.repository';
import { loadIndicatorsForRules } from './indicator.repository';
import { municipalShareChecks } from './municipal-share.service';

/**
 * Everything the coherence rules read of one plan, loaded with `db` (inside a transaction, the
 * transaction's handle). A new kind of check adds its loader here.
 */
async function coherenceInputOf(db: Db, tree: PlanTree): Promise<CoherenceInput> {
  const scope = { districtId: tree.districtId, planId: tree.id };
  const money = await loadBudgetForRules(db, scope.districtId, scope.planId);
  const indicators = await loadIndicatorsForRules(db, scope);
  const municipalShares = await municipalShareChecks(db, tree);
  return { period: tree.period, tree, ...money, indicators, municipalShares };
}

/** Coherence of a plan: what blocks approval and what only warns. */
export async function coherenceOf(db: Db, tree: PlanTree): Promise<CoherenceProblem[]> {
  return checkCoherence(await coherenceInputOf(db, tree));
}
