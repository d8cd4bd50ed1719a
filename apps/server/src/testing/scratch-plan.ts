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
