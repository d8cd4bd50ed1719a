import type { PlanTree, SpreadsheetContext } from '@pdz/core';
import type { Db } from '../../db/client';
import { listBudget } from '../budget/index';
import { listCatalogueItems } from '../classifications/index';
import { listIndicators } from '../indicators/index';
import type { Scope } from '../plan/index';
import { listOrganizationNames } from '../territory/index';

/** The schemes whose codes the spreadsheet names. */
const schemes = [
  'regionalMacroArea',
  'istatUserArea',
  'leps',
  'policySector',
  'staffProfile',
  'fundingSource',
];

/** Everything the spreadsheet shows or checks against, read with `db` (or the transaction). */
export async function loadSpreadsheetContext(
  db: Db,
  scope: Scope,
  tree: PlanTree,
): Promise<SpreadsheetContext> {
  const budget = await listBudget(db, scope.districtId, scope.planId);
  const indicators = await listIndicators(db, scope);
  const organizations = await listOrganizationNames(db, scope.districtId);
  const items = await listCatalogueItems(db, schemes);
  const classifications: SpreadsheetContext['classifications'] = {};
  for (const i of items) (classifications[i.scheme] ??= []).push(i);
  return {
    tree,
    allocations: budget.allocations,
    indicators,
    organizations,
    classifications,
  };
}
