import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { indicatorContracts } from '@pdz/core';
import { ids } from '../../testing/fixtures';
import { renderApp, signedInServer } from '../../testing/render';
import { indicator } from './fixtures';

const planPath = `/districts/${ids.district}/plans/${ids.plan}`;

describe('indicators page', () => {
  test('groups every indicator by area, objective and action, linking to their pages', async () => {
    signedInServer('mayor').on(indicatorContracts.list, {
      items: [
        indicator(),
        indicator({
          id: '00000000-0000-4000-8000-0000000000a3',
          name: 'Ore di educativa',
          objectiveId: null,
          actionId: ids.action2,
          targets: [{ year: 2014, value: 0.5 }],
        }),
      ],
    });
    renderApp(`${planPath}/indicators`);
    const area = await screen.findByRole(
      'region',
      { name: 'Minori e famiglia' },
      { timeout: 5000 },
    );
    const objective = within(area).getByRole('region', { name: /OB1 «Sostenere le famiglie»/ });
    const objLink = within(objective).getAllByRole('link')[0]!;
    expect(objLink.getAttribute('href')).toBe(`${planPath}/objectives/${ids.objective1}`);
    const ownTable = within(objective).getAllByRole('table')[0]!;
    expect(within(ownTable).getByText('Famiglie prese in carico')).toBeTruthy();

    const action = within(objective).getByRole('region', { name: /Educativa domiciliare/ });
    expect(within(action).getByRole('link').getAttribute('href')).toBe(
      `${planPath}/actions/${ids.action2}`,
    );
    const row = within(action).getByRole('row', { name: /Ore di educativa/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('0,5');
    expect(within(action).queryByText('Famiglie prese in carico')).toBeNull();

    const first = within(objective).getByRole('region', { name: /Centro per la famiglia/ });
    expect(within(first).getByText('Nessun indicatore.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Anziani' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Aggiungi indicatore/ })).toBeNull();
  });

  test('the plan office can add an indicator to any objective or action from the page', async () => {
    signedInServer('planOffice');
    renderApp(`${planPath}/indicators`);
    expect(
      await screen.findByRole(
        'button',
        {
          name: 'Aggiungi indicatore – azione «Educativa domiciliare»',
        },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Aggiungi indicatore – obiettivo OB2 «Domiciliarità»' }),
    ).toBeTruthy();
  });
});
