import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../../testing/render';
import { json, problem } from '../../../testing/server';
import { ids } from '../../../testing/fixtures';
import { filledTree, withSheetData } from './sheetTestData';

const sheetPath = `/districts/${ids.district}/plans/${ids.plan}/objectives/${ids.objective1}`;
const objective = () => filledTree().areas[0]!.objectives[0]!;

async function openSheet() {
  renderApp(sheetPath);
  await screen.findByRole('heading', { level: 2, name: /Sostenere le famiglie/ });
  // the catalogues have arrived when the LEPS are listed
  await screen.findByLabelText('Prevenzione dell’allontanamento familiare');
}

const sheet = () => screen.getByRole('article');
const input = (label: string | RegExp) =>
  within(sheet()).getByLabelText(label, { selector: 'input,select,textarea' }) as HTMLInputElement;

// many fields and saves: slow on a loaded machine
describe('objective sheet', { timeout: 20_000 }, () => {
  test('shows every field of the sheet as saved', async () => {
    withSheetData(signedInServer('planOffice'));
    await openSheet();
    expect(input(/^Codice/).value).toBe('OB1');
    expect(input(/^Titolo/).value).toBe('Sostenere le famiglie');
    expect(input(/^Descrizione/).value).toBe('Ridurre l’isolamento delle famiglie fragili.');
    expect(input('Area').value).toBe(ids.areaMinors);
    expect(input(/^Macro-area regionale/).value).toBe('FAM');
    expect(input(/^Tipo di obiettivo/).value).toBe('governance');
    expect(input(/^Stato/).value).toBe('inProgress');
    expect(input('Condiviso con altri ambiti distrettuali').checked).toBe(true);
    expect(input(/^Bisogno a cui risponde/).value).toBe('Famiglie isolate e fragili.');
    const targets = within(sheet()).getByRole('group', { name: /Destinatari/ });
    const row = within(targets).getByRole('group', { name: 'Riga 1: Famiglia e minori' });
    expect((within(row).getByLabelText('Area di utenza ISTAT') as HTMLSelectElement).value).toBe(
      'FAM',
    );
    expect((within(row).getByLabelText('Numero atteso') as HTMLInputElement).value).toBe('120');
    expect(input('Prevenzione dell’allontanamento familiare').checked).toBe(true);
    expect(input('Servizio sociale professionale').checked).toBe(false);
    expect(input('Istruzione').checked).toBe(true);
    expect(input('Come (Istruzione)').value).toBe('Con le scuole');
    expect(input('Sanità').checked).toBe(false);
    expect(input(/^Coinvolgimento del partner sanitario/).value).toBe('Consultorio ASST');
    expect(input('Co-programmazione').checked).toBe(true);
    expect(input('Co-progettazione').checked).toBe(false);
    const staff = within(sheet()).getByRole('group', { name: 'Riga 1: Assistente sociale' });
    expect(
      (within(staff).getByLabelText('Tempo pieno equivalente') as HTMLInputElement).value,
    ).toBe('2.5');
    const grading = within(sheet()).getByRole('group', { name: /Fasce di valutazione/ });
    expect(
      within(grading)
        .getAllByLabelText('Giudizio')
        .map((i) => (i as HTMLInputElement).value),
    ).toEqual(['Non raggiunto', 'Parzialmente raggiunto', 'Raggiunto']);
    // the actions of the objective link to their pages
    expect(
      within(sheet()).getByRole('link', { name: 'Centro per la famiglia' }).getAttribute('href'),
    ).toBe(`/districts/${ids.district}/plans/${ids.plan}/actions/${ids.action1}`);
  });

  test('a changed field is sent alone with the version, then the next quotes the new version', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    let version = objective().version;
    server.on(planContracts.updateObjective, (req) => {
      version += 1;
      return json({ ...objective(), ...(req.body as object), version });
    });
    await openSheet();
    const need = input(/^Bisogno a cui risponde/);
    await userEvent.clear(need);
    await userEvent.type(need, 'Nuovo bisogno');
    await userEvent.tab();
    await waitFor(() => expect(server.requestsTo(planContracts.updateObjective)).toHaveLength(1));
    expect(server.requestsTo(planContracts.updateObjective)[0]!.body).toEqual({
      need: 'Nuovo bisogno',
      version: 3,
    });
    const needLabel = within(sheet()).getByText('Bisogno a cui risponde').closest('label')!;
    await waitFor(() => expect(within(needLabel).getByText('salvato')).toBeTruthy());
    // what the user typed stays after the tree is read again
    expect(input(/^Bisogno a cui risponde/).value).toBe('Nuovo bisogno');
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('«Bisogno a cui risponde» salvato.'),
    );

    await userEvent.click(input('Co-progettazione'));
    await waitFor(() => expect(server.requestsTo(planContracts.updateObjective)).toHaveLength(2));
    expect(server.requestsTo(planContracts.updateObjective)[1]!.body).toEqual({
      coDesign: true,
      version: 4,
    });

    await userEvent.click(input('Servizio sociale professionale'));
    await waitFor(() => expect(server.requestsTo(planContracts.updateObjective)).toHaveLength(3));
    expect(server.requestsTo(planContracts.updateObjective)[2]!.body).toEqual({
      lepsCodes: ['PIPPI', 'SSP'],
      version: 5,
    });
  });

  test('a refused code is shown on its row', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    server.on(planContracts.updateObjective, () =>
      problem('VALIDATION_FAILED', {
        issues: [{ field: 'body.staff.1.profileCode', message: 'listed twice' }],
      }),
    );
    await openSheet();
    await userEvent.click(within(sheet()).getByRole('button', { name: 'Aggiungi profilo' }));
    await userEvent.tab();
    await waitFor(() => expect(server.requestsTo(planContracts.updateObjective)).toHaveLength(1));
    const staff = within(sheet()).getByRole('group', { name: /Personale dedicato/ });
    const row = await within(staff).findByRole('group', { name: /^Riga 2/ });
    const select = within(row).getByLabelText('Profilo');
    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(
      within(row).getByText(
        'Nel campo «Personale dedicato» una voce è ripetuta: indica ogni voce una sola volta.',
      ),
    ).toBeTruthy();
  });

  test('grading ranges beyond 100 % or overlapping are shown under the bound, and not sent', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    await openSheet();
    const grading = within(sheet()).getByRole('group', { name: /Fasce di valutazione/ });
    const last = within(grading).getByRole('group', { name: 'Riga 3: Raggiunto' });
    const to = within(last).getByLabelText('A %');
    await userEvent.clear(to);
    await userEvent.type(to, '600');
    await userEvent.tab();
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(
      within(last).getByText(/vuole un numero intero di punti percentuali, da 0 a 100\./),
    ).toBeTruthy();

    await userEvent.clear(to);
    await userEvent.type(to, '100');
    const from = within(last).getByLabelText('Da %');
    await userEvent.clear(from);
    await userEvent.type(from, '80');
    await userEvent.tab();
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'));
    expect(
      within(last).getByText(
        'La fascia si sovrappone alla precedente: deve partire dopo la sua fine.',
      ),
    ).toBeTruthy();
    expect(server.requestsTo(planContracts.updateObjective)).toHaveLength(0);
  });

  test('someone else saved first: their value is shown and the user keeps theirs', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    const theirs = { ...objective(), need: 'Il testo della collega', version: 9 };
    server.on(planContracts.updateObjective, (req) =>
      (req.body as { version: number }).version === 9
        ? json({ ...theirs, ...(req.body as object), version: 10 })
        : problem('VERSION_CONFLICT', { current: theirs }),
    );
    await openSheet();
    const need = input(/^Bisogno a cui risponde/);
    await userEvent.clear(need);
    await userEvent.type(need, 'Il mio testo');
    await userEvent.tab();
    const notice = await within(sheet()).findByRole('alert');
    expect(within(notice).getByText('Il testo della collega')).toBeTruthy();
    expect(input(/^Bisogno a cui risponde/).value).toBe('Il mio testo');
    await userEvent.click(
      within(notice).getByRole('button', { name: 'Mantieni le mie modifiche' }),
    );
    await waitFor(() => expect(server.requestsTo(planContracts.updateObjective)).toHaveLength(2));
    expect(server.requestsTo(planContracts.updateObjective)[1]!.body).toEqual({
      need: 'Il mio testo',
      version: 9,
    });
    await waitFor(() => expect(within(sheet()).queryByRole('alert')).toBeNull());
  });

  test('taking their value replaces what the user typed', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    const theirs = { ...objective(), title: 'Titolo della collega', version: 9 };
    server.on(planContracts.updateObjective, () =>
      problem('VERSION_CONFLICT', { current: theirs }),
    );
    await openSheet();
    const title = input(/^Titolo/);
    await userEvent.type(title, ' in più');
    await userEvent.tab();
    const notice = await within(sheet()).findByRole('alert');
    await userEvent.click(within(notice).getByRole('button', { name: 'Carica i valori attuali' }));
    expect(input(/^Titolo/).value).toBe('Titolo della collega');
  });

  test('removing a row saves the list without it and keeps the focus on the list', async () => {
    const server = withSheetData(signedInServer('planOffice'));
    server.on(planContracts.updateObjective, (req) =>
      json({ ...objective(), ...(req.body as object), version: 4 }),
    );
    await openSheet();
    const targets = within(sheet()).getByRole('group', { name: /Destinatari/ });
    await userEvent.click(within(targets).getByRole('button', { name: /^Elimina Riga 1/ }));
    const add = within(targets).getByRole('button', { name: 'Aggiungi destinatari' });
    expect(document.activeElement).toBe(add);
    await userEvent.tab();
    await waitFor(() => expect(server.requestsTo(planContracts.updateObjective)).toHaveLength(1));
    expect(server.requestsTo(planContracts.updateObjective)[0]!.body).toEqual({
      targetGroups: [],
      version: 3,
    });
  });

  test('a mayor reads the sheet as a list, without any input', async () => {
    withSheetData(signedInServer('mayor'));
    renderApp(sheetPath);
    await screen.findByRole('heading', { level: 2, name: /Sostenere le famiglie/ });
    await within(sheet()).findByText('Prevenzione dell’allontanamento familiare');
    expect(sheet().querySelectorAll('input,select,textarea')).toHaveLength(0);
    expect(within(sheet()).getByText('Famiglie isolate e fragili.')).toBeTruthy();
    expect(within(sheet()).getByText('Famiglia e minori (120)')).toBeTruthy();
    expect(within(sheet()).getByText('Istruzione: Con le scuole')).toBeTruthy();
    expect(within(sheet()).getByText('Di governance')).toBeTruthy();
    expect(within(sheet()).getByText('0–49 %: Non raggiunto')).toBeTruthy();
  });

  test('a plan outside drafting shows the sheet read-only to the plan office too', async () => {
    withSheetData(signedInServer('planOffice'), filledTree({ phase: 'approved' }));
    renderApp(sheetPath);
    await screen.findByRole('heading', { level: 2, name: /Sostenere le famiglie/ });
    expect(within(sheet()).getByText('Scheda in sola lettura.')).toBeTruthy();
    expect(sheet().querySelectorAll('input,select,textarea')).toHaveLength(0);
  });
});
