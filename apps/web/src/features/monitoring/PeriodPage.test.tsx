import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportingContracts } from '@pdz/core';
import { ids } from '../../testing/fixtures';
import { renderApp } from '../../testing/render';
import { monitoringIds, monitoringServer, periodDetail, planPath } from './fixtures';

const periodPath = `${planPath}/monitoring/${monitoringIds.period}`;

function serverFor(role: 'planOffice' | 'partner') {
  return monitoringServer(role).on(reportingContracts.getPeriod, periodDetail());
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('a reporting period', () => {
  test('says where the plan stands: status in words with percents, indicators against the year', async () => {
    serverFor('planOffice');
    renderApp(periodPath);
    const summary = await screen.findByRole(
      'region',
      { name: 'A che punto è il piano nel 2013' },
      { timeout: 5000 },
    );
    expect(screen.getByRole('heading', { name: 'Periodo «Primo semestre 2013»' })).toBeTruthy();
    expect(summary.textContent).toContain('Il periodo copre il 50 % dell’anno 2013');
    expect(summary.textContent).toContain('Tutto il piano:! A rischio72 % del valore atteso');

    const minors = within(summary).getByRole('region', { name: 'Minori e famiglia' });
    const table = within(minors).getByRole('table', {
      name: 'Indicatori dell’obiettivo OB1 «Sostenere le famiglie»',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Codice',
      'Indicatore',
      'Valore di partenza',
      'Obiettivo 2013',
      'Valore atteso',
      'Valore misurato',
      'Andamento',
    ]);
    const row = within(table).getByRole('row', { name: /Famiglie seguite/ });
    expect(cells(row)).toEqual(['I1', '100', '200', '149,6', '136', '! A rischio72 %']);

    const elderly = within(summary).getByRole('region', { name: 'Anziani' });
    expect(elderly.textContent).toContain('Nessun dato');
    expect(elderly.textContent).toContain(
      'Nessun indicatore per questo obiettivo e le sue azioni.',
    );
  });

  test('shows the money of the year by source, in euros from cents, with totals', async () => {
    serverFor('planOffice');
    renderApp(periodPath);
    const money = await screen.findByRole(
      'table',
      { name: 'Risorse 2013 per fonte di finanziamento' },
      { timeout: 5000 },
    );
    // the sources are named once their catalogue is here
    const fnps = await within(money).findByRole('row', {
      name: /Fondo nazionale politiche sociali/,
    });
    expect(cells(fnps)).toEqual(['12.345,67 €', '5.000,00 €', '1.234,56 €', '10 %']);
    const com = within(money).getByRole('row', { name: /Risorse dei Comuni/ });
    expect(com.textContent).toContain('fonte senza stanziamento');
    expect(cells(com)).toEqual(['0,00 €', '100,00 €', '0,00 €', '—']);
    const total = within(money).getByRole('row', { name: /Totale/ });
    expect(cells(total)).toEqual(['12.345,67 €', '5.100,00 €', '1.234,56 €', '10 %']);
  });

  test('lists actions and objectives by objective with lead, report status, lateness and a link', async () => {
    serverFor('planOffice');
    renderApp(periodPath);
    const table = await screen.findByRole(
      'table',
      { name: 'Obiettivo OB1 «Sostenere le famiglie» e sue azioni' },
      { timeout: 5000 },
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'ObiettivoOB1Sostenere le famiglie',
      'AzioneOB1.1Centro per la famiglia',
      'AzioneOB1.2Educativa domiciliare',
    ]);
    expect(cells(rows[0]!)).toEqual(['Ufficio di Piano', 'Da compilare', '—']);
    expect(cells(rows[1]!)).toEqual(['Consorzio Sociale Pavese', 'Inviato', '10/07/2013']);
    expect(cells(rows[2]!)).toEqual(['ATS di Pavia', 'Da compilareIn ritardo', '—']);
    expect(within(rows[2]!).getByRole('link').getAttribute('href')).toBe(
      `${planPath}/monitoring/${monitoringIds.period}/action/${ids.action2}`,
    );
    expect(
      screen.getByRole('table', { name: 'Obiettivo OB2 «Domiciliarità» e sue azioni' }),
    ).toBeTruthy();
    // the plan office reports on everything: no filter for it
    expect(screen.queryByRole('checkbox', { name: /Solo i miei/ })).toBeNull();
  });

  test('a partner may show only the reports it writes', async () => {
    serverFor('partner');
    renderApp(periodPath);
    const mine = await screen.findByRole('checkbox', { name: /Solo i miei/ }, { timeout: 5000 });
    const subjects = screen.getByRole('region', {
      name: 'Relazioni sulle azioni e sugli obiettivi',
    });
    // it may open only the reports it writes: the others are listed, not linked
    expect(
      within(subjects)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['OB1.2Educativa domiciliare']);
    expect(
      within(subjects).getByRole('rowheader', { name: /Centro per la famiglia/ }),
    ).toBeTruthy();
    await userEvent.click(mine);
    const links = within(
      screen.getByRole('region', { name: 'Relazioni sulle azioni e sugli obiettivi' }),
    )
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual(['OB1.2Educativa domiciliare']);
    expect(screen.queryByRole('table', { name: /OB2/ })).toBeNull();
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('1 relazione mostrata.'),
    );
  });
});
