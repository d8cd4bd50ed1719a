import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportingContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { json, problem } from '../../testing/server';
import { monitoringIds, monitoringServer, period, periodItem, planPath } from './fixtures';

const past = periodItem({
  ...period({
    id: monitoringIds.pastPeriod,
    label: 'Anno 2012',
    startsOn: '2012-01-01',
    endsOn: '2012-12-31',
    dueOn: '2013-01-31',
    status: 'closed',
    closedAt: '2013-02-10T09:00:00.000Z',
    version: 5,
  }),
  reports: { expected: 4, draft: 0, submitted: 0, validated: 4, returned: 0, missing: 0, late: 0 },
});

function serverFor(role: 'planOffice' | 'mayor') {
  return monitoringServer(role).on(reportingContracts.listPeriods, {
    items: [periodItem(), past],
  });
}

const findPeriod = (label: string) =>
  screen.findByRole('article', { name: label }, { timeout: 5000 });

describe('reporting periods', () => {
  test('lists each period with its days, due day, status and reports counted', async () => {
    serverFor('mayor');
    renderApp(`${planPath}/monitoring`);
    const tabs = await screen.findByRole(
      'navigation',
      { name: 'Sezioni del piano' },
      { timeout: 5000 },
    );
    const tab = within(tabs).getByRole('link', { name: 'Monitoraggio' });
    expect(tab.getAttribute('aria-current')).toBe('page');

    const open = await findPeriod('Primo semestre 2013');
    expect(
      within(open).getByRole('link', { name: 'Primo semestre 2013' }).getAttribute('href'),
    ).toBe(`${planPath}/monitoring/${monitoringIds.period}`);
    expect(open.textContent).toContain('dal 01/01/2013 al 30/06/2013');
    expect(open.textContent).toContain('relazioni entro il 31/07/2013');
    expect(within(open).getByText('Aperto')).toBeTruthy();
    const figures = Object.fromEntries(
      within(open)
        .getAllByRole('term')
        .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(figures).toEqual({
      attese: '4',
      validate: '0',
      inviate: '1',
      'in bozza': '1',
      rinviate: '0',
      mancanti: '2',
      'in ritardo': '1',
    });
    const closed = screen.getByRole('article', { name: 'Anno 2012' });
    expect(within(closed).getByText('Chiuso')).toBeTruthy();
    // only the plan office opens, closes and reopens periods
    expect(screen.queryByRole('button', { name: 'Apri un nuovo periodo' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Chiudi il periodo/ })).toBeNull();
  });

  test('no monitoring tab before the plan has an approved version', async () => {
    signedInServer('planOffice');
    renderApp(planPath);
    const tabs = await screen.findByRole(
      'navigation',
      { name: 'Sezioni del piano' },
      { timeout: 5000 },
    );
    expect(within(tabs).queryByRole('link', { name: 'Monitoraggio' })).toBeNull();
  });

  test('the plan office opens a period; a refused day is said in Italian under its field', async () => {
    let calls = 0;
    const server = serverFor('planOffice').on(reportingContracts.createPeriod, (req) => {
      calls += 1;
      if (calls === 1) {
        return problem('VALIDATION_FAILED', {
          issues: [{ field: 'body.startsOn', message: 'overlaps the period "Anno 2013 bis"' }],
        });
      }
      return json(period({ ...(req.body as object), id: monitoringIds.report, version: 1 }), 201);
    });
    renderApp(`${planPath}/monitoring`);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Apri un nuovo periodo' }, { timeout: 5000 }),
    );
    const form = screen.getByRole('form', { name: 'Nuovo periodo di monitoraggio' });
    const label = within(form).getByLabelText(/Nome del periodo/);
    expect(document.activeElement).toBe(label);
    await userEvent.type(label, 'Secondo semestre 2013');
    await userEvent.type(within(form).getByLabelText(/Primo giorno/), '2013-07-01');
    await userEvent.type(within(form).getByLabelText(/Ultimo giorno/), '2013-12-31');
    await userEvent.type(within(form).getByLabelText(/Relazioni entro il/), '2014-01-31');
    await userEvent.click(within(form).getByRole('button', { name: 'Apri il periodo' }));

    await waitFor(() => expect(server.requestsTo(reportingContracts.createPeriod)).toHaveLength(1));
    expect(server.requestsTo(reportingContracts.createPeriod)[0]!.body).toEqual({
      label: 'Secondo semestre 2013',
      startsOn: '2013-07-01',
      endsOn: '2013-12-31',
      dueOn: '2014-01-31',
    });
    const start = within(form).getByLabelText(/Primo giorno/);
    await waitFor(() => expect(start.getAttribute('aria-invalid')).toBe('true'));
    const errorId = start.getAttribute('aria-describedby')!;
    expect(document.getElementById(errorId)?.textContent).toBe(
      'Il periodo si sovrappone al periodo «Anno 2013 bis»: scegli giorni che non siano già coperti.',
    );

    await userEvent.click(within(form).getByRole('button', { name: 'Apri il periodo' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /Nuovo periodo/ })).toBeNull());
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(
        'Periodo «Secondo semestre 2013» aperto.',
      ),
    );
  });

  test('the rules of a period are checked before sending: days out of the plan, due before the end', async () => {
    const server = serverFor('planOffice');
    renderApp(`${planPath}/monitoring`);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Apri un nuovo periodo' }, { timeout: 5000 }),
    );
    const form = screen.getByRole('form', { name: 'Nuovo periodo di monitoraggio' });
    await userEvent.type(within(form).getByLabelText(/Nome del periodo/), 'Anno 2015');
    await userEvent.type(within(form).getByLabelText(/Primo giorno/), '2015-01-01');
    await userEvent.type(within(form).getByLabelText(/Ultimo giorno/), '2015-12-31');
    await userEvent.type(within(form).getByLabelText(/Relazioni entro il/), '2015-06-30');
    await userEvent.click(within(form).getByRole('button', { name: 'Apri il periodo' }));
    expect(
      within(form).getByText(
        'Il periodo deve cadere negli anni del piano, dal 2012 al 2014: scegli giorni di quegli anni.',
      ),
    ).toBeTruthy();
    expect(
      within(form).getByText(
        'Le relazioni non possono scadere prima dell’ultimo giorno del periodo: indica un giorno uguale o successivo.',
      ),
    ).toBeTruthy();
    expect(server.requestsTo(reportingContracts.createPeriod)).toHaveLength(0);
  });

  test('closing asks first; a stale version says someone changed it meanwhile', async () => {
    const server = serverFor('planOffice').on(reportingContracts.closePeriod, () =>
      problem('VERSION_CONFLICT'),
    );
    renderApp(`${planPath}/monitoring`);
    const open = await findPeriod('Primo semestre 2013');
    await userEvent.click(
      within(open).getByRole('button', { name: 'Chiudi il periodo «Primo semestre 2013»' }),
    );
    const dialog = within(open).getByRole('alertdialog', {
      name: 'Chiudere il periodo «Primo semestre 2013»?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Chiudi il periodo' }));
    await waitFor(() => expect(server.requestsTo(reportingContracts.closePeriod)).toHaveLength(1));
    expect(server.requestsTo(reportingContracts.closePeriod)[0]!.body).toEqual({ version: 3 });
    expect((await within(open).findByRole('alert')).textContent).toBe(
      'Qualcun altro ha modificato questi dati nel frattempo. Le tue modifiche non sono state salvate. I dati sono stati ricaricati: controllali e riprova.',
    );
  });

  test('reopening needs a reason, sent with the version read', async () => {
    const server = serverFor('planOffice').on(reportingContracts.reopenPeriod, (req) =>
      json({ ...past, status: 'open', version: 6, ...(req.body as object) }),
    );
    renderApp(`${planPath}/monitoring`);
    const closed = await findPeriod('Anno 2012');
    await userEvent.click(
      within(closed).getByRole('button', { name: 'Riapri il periodo «Anno 2012»' }),
    );
    const reason = within(closed).getByLabelText(/Perché lo riapri/);
    expect(document.activeElement).toBe(reason);
    await userEvent.click(within(closed).getByRole('button', { name: 'Riapri il periodo' }));
    expect(
      within(closed).getByText('Compila il campo «Perché lo riapri?»: è obbligatorio.'),
    ).toBeTruthy();
    expect(server.requestsTo(reportingContracts.reopenPeriod)).toHaveLength(0);
    await userEvent.type(reason, 'Una relazione va corretta');
    await userEvent.click(within(closed).getByRole('button', { name: 'Riapri il periodo' }));
    await waitFor(() => expect(server.requestsTo(reportingContracts.reopenPeriod)).toHaveLength(1));
    expect(server.requestsTo(reportingContracts.reopenPeriod)[0]!.body).toEqual({
      version: 5,
      reason: 'Una relazione va corretta',
    });
  });
});
