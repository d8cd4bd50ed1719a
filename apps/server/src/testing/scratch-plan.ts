import { expect } from 'vitest';
import type { Client } from './test-app';

/**
 * A plan of the test's own (the demo plan's content changes with the demo), moved on to
 * drafting, with one area, objective OB1 and two actions.
 */
export async function newPlan(client: Client, districtId: string, startYear: number) {
  const plans = `/api/districts/${districtId}/plans`;
  const created = await client.post(plans, {
    title: `Piano di prova ${startYear}`,
    period: { startYear, endYear: startYear + 2 },
  });
  expect(created.statusCode).toBe(201);
  const base = `${plans}/${created.json().id}`;
  for (let i = 0; i < 3; i++) {
    const version = (await client.get(base)).json().version;
    await client.post(`${base}/transitions`, { transition: 'advance', version });
  }
  const area = (await client.post(`${base}/areas`, { title: 'Area di prova' })).json();
  const objective = (
    await client.post(`${base}/objectives`, { areaId: area.id, code: 'OB1', title: 'Obiettivo' })
  ).json();
  const actionIds: string[] = [];
  for (const title of ['Prima azione', 'Seconda azione']) {
    actionIds.push(
      (await client.post(`${base}/actions`, { objectiveId: objective.id, title })).json().id,
    );
  }
  return { base, plan: (await client.get(base)).json(), actionIds };
}

/**
 * A scratch plan that can be approved: the plan of newPlan with money from one source in each
 * year of its period, shared by its two actions.
 */
export async function newCoherentPlan(client: Client, districtId: string, startYear: number) {
  const made = await newPlan(client, districtId, startYear);
  for (let year = startYear; year <= startYear + 2; year++) {
    const available = await client.put(`${made.base}/budget/availability`, {
      sourceCode: 'FNPS',
      year,
      amount: 100_000,
      carryOver: 0,
      version: null,
    });
    expect(available.statusCode).toBe(200);
    for (const actionId of made.actionIds) {
      const allocated = await client.put(`${made.base}/budget/allocations`, {
        actionId,
        sourceCode: 'FNPS',
        year,
        amount: 50_000,
        version: null,
      });
      expect(allocated.statusCode).toBe(200);
    }
  }
  return { ...made, plan: (await client.get(made.base)).json() };
}
