import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { needContracts, type NeedStatement } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids } from '../../testing/fixtures';
import { json } from '../../testing/server';

const path = `/districts/${ids.district}/plans/${ids.plan}/objectives/${ids.objective2}`;
const need = (n: number, title: string, objectiveIds: string[]): NeedStatement => ({
  id: `00000000-0000-4000-8000-00000000050${n}`,
  planId: ids.plan,
  areaId: ids.areaElderly,
  title,
  statement: '',
  evidence: [],
  position: n,
  objectiveIds,
  version: 1,
});

describe('needs on the objective sheet', () => {
  test('shows the needs the objective answers; the plan office ticks another and saves the links', async () => {
    const server = signedInServer('planOffice')
      .on(needContracts.list, {
        items: [need(1, 'Anziani soli', [ids.objective2]), need(2, 'Caregiver stanchi', [])],
      })
      .on(needContracts.setObjectiveNeeds, (req) =>
        json({ objectiveId: ids.objective2, ...(req.body as object) }),
      );
    renderApp(path);
    const section = await screen.findByRole('region', { name: 'Bisogni del territorio collegati' });
    expect(within(section).getByRole('link', { name: 'Anziani soli' })).toBeTruthy();
    expect(within(section).queryByText('Caregiver stanchi')).toBeNull();
    await userEvent.click(within(section).getByRole('button', { name: 'Scegli i bisogni' }));
    const group = within(section).getByRole('group', {
      name: 'Bisogni del piano a cui questo obiettivo risponde',
    });
    expect((within(group).getByLabelText(/Anziani soli/) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(within(group).getByLabelText(/Caregiver stanchi/));
    await userEvent.click(within(section).getByRole('button', { name: 'Salva i collegamenti' }));
    await waitFor(() => expect(server.requestsTo(needContracts.setObjectiveNeeds)).toHaveLength(1));
    expect(server.requestsTo(needContracts.setObjectiveNeeds)[0]!.body).toEqual({
      needIds: [need(1, '', []).id, need(2, '', []).id],
    });
  });

  test('a mayor sees the links and cannot change them', async () => {
    signedInServer('mayor').on(needContracts.list, {
      items: [need(1, 'Anziani soli', [ids.objective2])],
    });
    renderApp(path);
    const section = await screen.findByRole('region', { name: 'Bisogni del territorio collegati' });
    expect(within(section).getByRole('link', { name: 'Anziani soli' })).toBeTruthy();
    expect(within(section).queryByRole('button')).toBeNull();
  });
});
