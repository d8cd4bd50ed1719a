import { screen } from '@testing-library/react';
import { budgetContracts, planContracts, type ClassificationItem } from '@pdz/core';
import { renderApp, signedInServer } from '../../../testing/render';
import { ids, interventionAreas } from '../../../testing/fixtures';
import { json, type FakeRequest } from '../../../testing/server';

/** The budget page's tests: its address, a fake server for it, and its cells. */
export const budgetPath = `/districts/${ids.district}/plans/${ids.plan}/budget`;

const fundingSources: ClassificationItem[] = [
  ['FNPS', 'Fondo nazionale per le politiche sociali'],
  ['FSR', 'Fondo sociale regionale'],
  ['COM', 'Risorse proprie dei comuni'],
].map(([code, label], position) => ({
  scheme: 'fundingSource',
  code: code!,
  labelIt: label!,
  labelEn: label!,
  position,
}));

type AvailabilityRow = {
  sourceCode: string;
  year: number;
  amount: number;
  carryOver: number;
  version: number;
};
type AllocationRow = {
  actionId: string;
  sourceCode: string;
  year: number;
  amount: number;
  version: number;
};
export type Budget = { availability: AvailabilityRow[]; allocations: AllocationRow[] };

/** Saves answered with the row as sent, one version on: no conflict ever. */
export function budgetServer(
  role: 'planOffice' | 'mayor',
  budget: Budget = { availability: [], allocations: [] },
  options: { problems?: unknown[]; rule?: unknown; table?: unknown } = {},
) {
  const server = signedInServer(role);
  server
    .on(planContracts.classification, (req: FakeRequest) =>
      json(req.params.scheme === 'fundingSource' ? { items: fundingSources } : interventionAreas),
    )
    .on(budgetContracts.get, budget)
    .on(budgetContracts.coherence, {
      problems: options.problems ?? [],
      hasBlocking: (options.problems ?? []).length > 0,
    })
    .on(budgetContracts.municipalShareRule, { rule: options.rule ?? null })
    .on(budgetContracts.municipalShareTable, options.table ?? { rule: null, years: [], issues: [] })
    .on(budgetContracts.setAvailability, (req: FakeRequest) => {
      const body = req.body as AvailabilityRow & { version: number | null };
      return json({ ...body, version: (body.version ?? 0) + 1 });
    })
    .on(budgetContracts.setAllocation, (req: FakeRequest) => {
      const body = req.body as AllocationRow & { version: number | null };
      return json({ ...body, version: (body.version ?? 0) + 1 });
    });
  return server;
}

export async function openBudget() {
  const view = renderApp(budgetPath);
  const grid = await screen.findByRole('table', { name: /Risorse disponibili/ });
  return { ...view, grid };
}

export const cell = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
export const fnps2012 = 'Fondo nazionale per le politiche sociali, 2012, Importo';
