import { screen } from '@testing-library/react';
import {
  budgetContracts,
  planContracts,
  type ClassificationItem,
  coherenceContracts,
  municipalShareContracts,
} from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids, interventionAreas } from '../../testing/fixtures';
import { json, problem, type FakeRequest } from '../../testing/server';

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
    .on(coherenceContracts.get, {
      problems: options.problems ?? [],
      hasBlocking: (options.problems ?? []).length > 0,
    })
    .on(municipalShareContracts.rule, { rule: options.rule ?? null })
    .on(municipalShareContracts.table, options.table ?? { rule: null, years: [], issues: [] })
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

/**
 * Saves answered as the real server does: the rows live here, a write that quotes a version other
 * than the row's is refused with the row saved now (409). `hold()` keeps the answers back, as a
 * slow link does (the rows change at once), until the function it returns lets them go.
 */
export function savingServer(budget: Budget = { availability: [], allocations: [] }) {
  const server = budgetServer('planOffice', budget);
  const rows: Budget = {
    availability: [...budget.availability],
    allocations: [...budget.allocations],
  };
  let gate: Promise<void> | null = null;
  const answer = async (response: Response) => {
    if (gate) await gate;
    return response;
  };
  function write<Row extends { version: number }>(
    list: Row[],
    input: Omit<Row, 'version'> & { version: number | null },
    same: (row: Row) => boolean,
  ) {
    const { version, ...values } = input;
    const at = list.findIndex(same);
    const existing = list[at];
    if ((existing?.version ?? null) !== version) {
      return answer(problem('VERSION_CONFLICT', { current: existing ?? null }));
    }
    const row = { ...values, version: (existing?.version ?? 0) + 1 } as Row;
    if (existing) list[at] = row;
    else list.push(row);
    return answer(json(row));
  }
  server
    .on(budgetContracts.setAvailability, (req: FakeRequest) => {
      const body = req.body as Omit<AvailabilityRow, 'version'> & { version: number | null };
      return write(
        rows.availability,
        body,
        (a) => a.sourceCode === body.sourceCode && a.year === body.year,
      );
    })
    .on(budgetContracts.setAllocation, (req: FakeRequest) => {
      const body = req.body as Omit<AllocationRow, 'version'> & { version: number | null };
      return write(
        rows.allocations,
        body,
        (a) =>
          a.actionId === body.actionId && a.sourceCode === body.sourceCode && a.year === body.year,
      );
    });
  return {
    server,
    rows,
    hold() {
      let open: () => void = () => undefined;
      gate = new Promise<void>((resolve) => (open = resolve));
      return () => {
        gate = null;
        open();
      };
    },
  };
}

export async function openBudget() {
  const view = renderApp(budgetPath);
  const grid = await screen.findByRole('table', { name: /Risorse disponibili/ });
  return { ...view, grid };
}

export const cell = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
export const fnps2012 = 'Fondo nazionale per le politiche sociali, 2012, Importo';
