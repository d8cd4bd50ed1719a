import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { extendClassification, listClassificationSchemes, planContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids } from '../../testing/fixtures';
import { json, problem } from '../../testing/server';

const path = `/districts/${ids.district}/classifications`;
const sources = [
  {
    scheme: 'fundingSource',
    code: 'FNPS',
    labelIt: 'Fondo nazionale',
    labelEn: 'National fund',
    position: 0,
    edition: 'CAT-2024',
  },
];

function server(role: 'region' | 'mayor') {
  return signedInServer(role)
    .on(listClassificationSchemes, { items: [{ scheme: 'fundingSource', count: 1 }] })
    .on(planContracts.classification, { items: sources });
}

describe('classifications page', { timeout: 20_000 }, () => {
  test('the region adds a funding source: the code is sent in capitals and the list is read again', async () => {
    const fake = server('region').on(extendClassification, (req) =>
      json({ ...(req.body as object), scheme: 'fundingSource', position: 1 }, 201),
    );
    renderApp(path);
    const table = await screen.findByRole('table', { name: /Fonti di finanziamento/ });
    expect(within(table).getByText('FNPS')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Codice/), 'pnrr-m5c3');
    await userEvent.type(screen.getByLabelText(/^Edizione/), 'PdZ-2025-2027');
    await userEvent.type(screen.getByLabelText(/^Nome in italiano/), 'PNRR M5C3');
    await userEvent.type(screen.getByLabelText(/^Nome in inglese/), 'Recovery plan M5C3');
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    await screen.findByText('Voce PNRR-M5C3 aggiunta a «Fonti di finanziamento».');
    expect(fake.requestsTo(extendClassification)[0]!.body).toEqual({
      code: 'PNRR-M5C3',
      labelIt: 'PNRR M5C3',
      labelEn: 'Recovery plan M5C3',
      edition: 'PdZ-2025-2027',
    });
  });

  test('a duplicate code is shown on the code field', async () => {
    server('region').on(extendClassification, () =>
      problem('DUPLICATE', {
        issues: [{ field: 'body.code', message: 'already exists in this classification' }],
      }),
    );
    renderApp(path);
    await screen.findByRole('table', { name: /Fonti di finanziamento/ });
    await userEvent.type(screen.getByLabelText(/^Codice/), 'FNPS');
    await userEvent.type(screen.getByLabelText(/^Edizione/), 'X');
    await userEvent.type(screen.getByLabelText(/^Nome in italiano/), 'X');
    await userEvent.type(screen.getByLabelText(/^Nome in inglese/), 'X');
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    const code = screen.getByLabelText(/^Codice/);
    await screen.findByText('Questo codice esiste già nella classificazione.');
    expect(code.getAttribute('aria-invalid')).toBe('true');
  });

  test('the mayor reads the catalogue without a form, and has no link to it', async () => {
    server('mayor');
    renderApp(path);
    await screen.findByRole('table', { name: /Fonti di finanziamento/ });
    expect(screen.queryByRole('button', { name: 'Aggiungi' })).toBeNull();
    expect(
      screen.getByText('Solo la Regione e gli amministratori possono aggiungere voci.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Classificazioni' })).toBeNull();
  });
});
