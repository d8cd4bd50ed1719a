import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { spreadsheetContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { json, problem } from '../../testing/server';
import { ids } from '../../testing/fixtures';

const path = `/districts/${ids.district}/plans/${ids.plan}/spreadsheet`;
const xlsx = () =>
  new File([new Uint8Array([80, 75, 3, 4])], 'piano-2012-2014.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

async function openPage() {
  renderApp(path);
  return screen.findByRole('heading', { level: 2, name: 'Foglio di calcolo' });
}

describe('spreadsheet page', () => {
  test('offers the workbook and each CSV sheet as plain download links', async () => {
    signedInServer('mayor');
    await openPage();
    const link = screen.getByRole('link', { name: /Scarica la cartella di lavoro/ });
    expect(link.getAttribute('href')).toBe(
      `/api/districts/${ids.district}/plans/${ids.plan}/spreadsheet?format=xlsx`,
    );
    expect(screen.getByRole('link', { name: 'CSV Risorse' }).getAttribute('href')).toContain(
      'format=csv&sheet=allocations',
    );
    // a mayor reads: no import form
    expect(screen.queryByLabelText('File da importare')).toBeNull();
    expect(screen.getByText(/Solo l’ufficio di piano può importare/)).toBeTruthy();
  });

  test('sends the file and shows the counts per sheet, with focus on the summary', async () => {
    const server = signedInServer('planOffice');
    server.on(spreadsheetContracts.import, () =>
      json({
        changes: 2,
        counts: {
          objectives: { created: 0, updated: 0, unchanged: 3 },
          actions: { created: 1, updated: 1, unchanged: 4 },
        },
      }),
    );
    await openPage();
    await userEvent.upload(screen.getByLabelText('File da importare'), xlsx());
    await userEvent.click(screen.getByRole('button', { name: 'Importa' }));
    const heading = await screen.findByRole('heading', {
      name: 'Importazione completata: 2 righe aggiunte o modificate.',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const table = screen.getByRole('table', { name: 'Righe per foglio' });
    const actions = within(table).getByRole('row', { name: /Azioni/ });
    expect(
      within(actions)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '4']);
    const sent = server.requestsTo(spreadsheetContracts.import)[0]!;
    expect(sent.query.get('format')).toBe('xlsx');
    expect(sent.headers['content-type']).toContain('spreadsheetml');
    expect(sent.headers['x-csrf-token']).toBeTruthy();
  });

  test('lists every error by sheet, row and column and says nothing was changed', async () => {
    const server = signedInServer('planOffice');
    server.on(spreadsheetContracts.import, () =>
      problem('VALIDATION_FAILED', {
        problems: [
          {
            sheet: 'objectives',
            row: 3,
            column: 'Destinatari',
            columnLetter: 'I',
            code: 'unknownCode',
            data: { value: 'XXX' },
          },
          {
            sheet: 'allocations',
            row: 2,
            column: 'Importo',
            columnLetter: 'F',
            code: 'notMoney',
            data: { value: 'mille' },
          },
        ],
      }),
    );
    await openPage();
    await userEvent.upload(screen.getByLabelText('File da importare'), xlsx());
    await userEvent.click(screen.getByRole('button', { name: 'Importa' }));
    const heading = await screen.findByRole('heading', {
      name: 'Il file non è stato importato: sono stati trovati 2 errori.',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/Nessuna modifica è stata fatta al piano/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Errori trovati nel file' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Obiettivi', '3', 'I · Destinatari', 'Il codice «XXX» non esiste nella classificazione.'],
      ['Risorse', '2', 'F · Importo', '«mille» non è un importo in euro (es. 1.234,56).'],
    ]);
  });

  test('lists the rows someone else changed since the export (409) with what to do', async () => {
    const server = signedInServer('planOffice');
    server.on(spreadsheetContracts.import, () =>
      problem('VERSION_CONFLICT', {
        problems: [
          {
            sheet: 'objectives',
            row: 2,
            column: 'Versione',
            columnLetter: 'Q',
            code: 'staleRow',
            data: { title: 'Domiciliarità (rivista)', version: 4, fileVersion: 3 },
          },
        ],
      }),
    );
    await openPage();
    await userEvent.upload(screen.getByLabelText('File da importare'), xlsx());
    await userEvent.click(screen.getByRole('button', { name: 'Importa' }));
    const heading = await screen.findByRole('heading', {
      name: 'Il file non è stato importato: è stato trovato 1 errore.',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/Nessuna modifica è stata fatta al piano/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Errori trovati nel file' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Obiettivi',
      '2',
      'Q · Versione',
      'La riga è stata modificata da altri dopo l’esportazione: esporta di nuovo il file e riapplica le tue modifiche.',
    ]);
  });

  test('asks for a file and refuses other types before sending anything', async () => {
    const server = signedInServer('planOffice');
    await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'Importa' }));
    const input = screen.getByLabelText('File da importare');
    expect(screen.getByRole('alert').textContent).toBe('Scegli un file da importare.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect(server.requestsTo(spreadsheetContracts.import)).toHaveLength(0);
  });

  test('asks which sheet a CSV holds, guessing it from the file name', async () => {
    signedInServer('planOffice');
    await openPage();
    await userEvent.upload(
      screen.getByLabelText('File da importare'),
      new File(['a;b'], 'piano-2012-2014-risorse.csv', { type: 'text/csv' }),
    );
    expect((screen.getByLabelText('Foglio contenuto nel CSV') as HTMLSelectElement).value).toBe(
      'allocations',
    );
  });
});
