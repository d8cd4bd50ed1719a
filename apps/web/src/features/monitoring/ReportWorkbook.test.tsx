import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportingContracts } from '@pdz/core';
import { renderApp } from '../../testing/render';
import { json, problem } from '../../testing/server';
import { monitoringIds, monitoringServer, periodDetail, planPath } from './fixtures';

const periodPath = `${planPath}/monitoring/${monitoringIds.period}`;
const xlsx = () =>
  new File(['PK'], 'monitoraggio.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

describe('reports filled in with a spreadsheet', () => {
  test('offers the workbook and says how many reports the upload wrote', async () => {
    const server = monitoringServer('planOffice')
      .on(reportingContracts.getPeriod, periodDetail())
      .on(reportingContracts.importWorkbook, () => json({ written: 2, unchanged: 1 }));
    renderApp(periodPath);
    const section = await screen.findByRole(
      'region',
      { name: 'Compilare con un foglio di calcolo' },
      { timeout: 5000 },
    );
    const link = within(section).getByRole('link', { name: 'Scarica il foglio di calcolo (XLSX)' });
    expect(link.getAttribute('href')).toMatch(/\/monitoring\/periods\/[0-9a-f-]+\/workbook$/);
    await userEvent.upload(within(section).getByLabelText('File compilato (XLSX)'), xlsx());
    await userEvent.click(within(section).getByRole('button', { name: 'Carica il file' }));
    const done = await within(section).findByText(
      '2 relazioni scritte come bozza; 1 uguale a prima.',
    );
    expect(document.activeElement).toBe(done);
    const sent = server.requestsTo(reportingContracts.importWorkbook)[0]!;
    expect(sent.headers['content-type']).toContain('spreadsheetml');
  });

  test('lists every error by sheet, row and column, in words', async () => {
    monitoringServer('planOffice')
      .on(reportingContracts.getPeriod, periodDetail())
      .on(reportingContracts.importWorkbook, () =>
        problem('VALIDATION_FAILED', {
          problems: [
            {
              sheet: 'reports',
              row: 3,
              column: 'Avanzamento %',
              columnLetter: 'E',
              code: 'notNumber',
              data: { value: 'tanto' },
            },
            {
              sheet: 'reports',
              row: 5,
              column: 'Codice',
              columnLetter: 'A',
              code: 'notYours',
              data: { value: 'OB3.3' },
            },
          ],
        }),
      );
    renderApp(periodPath);
    const section = await screen.findByRole(
      'region',
      { name: 'Compilare con un foglio di calcolo' },
      { timeout: 5000 },
    );
    await userEvent.upload(within(section).getByLabelText('File compilato (XLSX)'), xlsx());
    await userEvent.click(within(section).getByRole('button', { name: 'Carica il file' }));
    await within(section).findByText(
      'Il file non è stato applicato: ci sono 2 errori da correggere.',
    );
    const table = within(section).getByRole('table', {
      name: 'Errori nel file, per foglio, riga e colonna',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['Relazioni', '3', 'E · Avanzamento %', '«tanto» non è un numero.'],
      [
        'Relazioni',
        '5',
        'A · Codice',
        'Non puoi scrivere la relazione di «OB3.3»: la scrive il suo ente capofila.',
      ],
    ]);
  });

  test('refuses to send what is not a workbook, under the field', async () => {
    monitoringServer('planOffice').on(reportingContracts.getPeriod, periodDetail());
    renderApp(periodPath);
    const section = await screen.findByRole(
      'region',
      { name: 'Compilare con un foglio di calcolo' },
      { timeout: 5000 },
    );
    await userEvent.click(within(section).getByRole('button', { name: 'Carica il file' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Scegli il file da caricare.',
    );
  });
});
