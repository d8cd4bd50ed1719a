import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createOrganization, planContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../../testing/render';
import { json, problem } from '../../../testing/server';
import { ids } from '../../../testing/fixtures';
import { filledTree, withSheetData } from './sheetTestData';

const actionPath = `/districts/${ids.district}/plans/${ids.plan}/actions/${ids.action1}`;
const action = () => filledTree().areas[0]!.objectives[0]!.actions[0]!;
const page = () => screen.getByRole('article');
const input = (label: string) =>
  within(page()).getByLabelText(label, { selector: 'input,select,textarea' }) as HTMLInputElement;

async function openAction() {
  renderApp(actionPath);
  await screen.findByRole('heading', { level: 2, name: 'Centro per la famiglia' });
}

describe('action page', { timeout: 20_000 }, () => {
  test('shows the detail and sends a changed end date alone with the version', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    server.on(planContracts.updateAction, (req) =>
      json({ ...action(), ...(req.body as object), version: 2 }),
    );
    await openAction();
    await waitFor(() => expect(input('Ente capofila').value).toBe(ids.leadBody));
    expect(input('Data di inizio').value).toBe('2012-03-01');
    expect(input('Stato').value).toBe('planned');
    const partner = within(page()).getByRole('group', { name: 'Riga 1: ATS di Pavia' });
    expect((within(partner).getByLabelText('Ruolo') as HTMLInputElement).value).toBe('Consulenza');
    const milestone = within(page()).getByRole('group', { name: 'Riga 1: Apertura' });
    expect((within(milestone).getByLabelText('Completata') as HTMLInputElement).checked).toBe(true);

    const end = input('Data di fine');
    await userEvent.clear(end);
    await userEvent.type(end, '2013-06-30');
    await waitFor(() =>
      expect(server.requestsTo(planContracts.updateAction).length).toBeGreaterThan(0),
    );
    const last = server.requestsTo(planContracts.updateAction).at(-1)!;
    expect(last.body).toEqual({ endDate: '2013-06-30', version: expect.any(Number) });
    const label = within(page()).getByText('Data di fine').closest('label')!;
    await waitFor(() => expect(within(label).getByText('salvato')).toBeTruthy());
  });

  test('the end date refused by the server is explained next to it', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    server.on(planContracts.updateAction, () =>
      problem('VALIDATION_FAILED', {
        issues: [{ field: 'body.endDate', message: 'endDate must not precede startDate' }],
      }),
    );
    await openAction();
    const end = input('Data di fine');
    await userEvent.clear(end);
    await userEvent.type(end, '2011-01-01');
    expect(
      await within(page()).findByText(
        'La data di fine non può precedere la data di inizio: indica una data uguale o successiva.',
      ),
    ).toBeTruthy();
    expect(
      within(page())
        .getByLabelText(/^Data di fine/, { selector: 'input' })
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  test('the plan office adds an organization from the action page', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    server.on(createOrganization, (req) =>
      json(
        {
          id: '00000000-0000-4000-8000-000000000042',
          taxCode: null,
          registryNumber: null,
          ...(req.body as object),
        },
        201,
      ),
    );
    await openAction();
    const toggle = within(page()).getByRole('button', { name: 'Aggiungi un ente' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    await userEvent.type(input('Denominazione *'), 'Cooperativa Il Sentiero');
    await userEvent.click(within(page()).getByRole('button', { name: 'Aggiungi' }));
    await waitFor(() => expect(server.requestsTo(createOrganization)).toHaveLength(1));
    expect(server.requestsTo(createOrganization)[0]!.body).toEqual({
      name: 'Cooperativa Il Sentiero',
      kind: 'thirdSector',
      taxCode: null,
      registryNumber: null,
    });
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(
        'Ente «Cooperativa Il Sentiero» aggiunto.',
      ),
    );
  });

  test('a reader sees the action as a list with dates as dd/mm/yyyy', async () => {
    withSheetData(signedInServer('partner'));
    await openAction();
    await within(page()).findByText('Consorzio Sociale Pavese');
    expect(page().querySelectorAll('input,select,textarea')).toHaveLength(0);
    expect(within(page()).getByText('01/03/2012')).toBeTruthy();
    expect(within(page()).getByText('31/12/2014')).toBeTruthy();
    expect(within(page()).getByText('ATS di Pavia – Consulenza')).toBeTruthy();
    expect(within(page()).queryByRole('button', { name: 'Aggiungi un ente' })).toBeNull();
  });
});
