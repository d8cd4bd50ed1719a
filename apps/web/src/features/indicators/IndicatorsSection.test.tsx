import { describe, expect, test } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { indicatorContracts, type Role } from '@pdz/core';
import { AppProviders } from '../../app/App';
import { createQueryClient } from '../../app/queryClient';
import { ids, planTree } from '../../testing/fixtures';
import { signedInServer } from '../../testing/render';
import { json, noContent, problem } from '../../testing/server';
import { indicator } from './fixtures';
import { IndicatorsSection } from './IndicatorsSection';
import { parseDecimal } from '../../i18n';

const other = indicator({
  id: '00000000-0000-4000-8000-0000000000a2',
  name: 'Ore di educativa',
  objectiveId: null,
  actionId: ids.action1,
});

function serverFor(role: Role) {
  return signedInServer(role).on(indicatorContracts.list, { items: [indicator(), other] });
}

async function renderSection() {
  render(
    <AppProviders queryClient={createQueryClient()}>
      <MemoryRouter>
        <IndicatorsSection plan={planTree()} objectiveId={ids.objective1} />
      </MemoryRouter>
    </AppProviders>,
  );
  return screen.findByRole('table', { name: /Indicatori di obiettivo OB1/ }, { timeout: 5000 });
}

const addButton = () =>
  screen.findByRole('button', {
    name: 'Aggiungi indicatore – obiettivo OB1 «Sostenere le famiglie»',
  });

describe('indicators of one objective', () => {
  test('shows its own indicators with a column per plan year, numbers written the Italian way', async () => {
    serverFor('mayor');
    const table = await renderSection();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Indicatore',
      'Tipo',
      'Unità',
      'Valore di partenza',
      'Obiettivo 2012',
      'Obiettivo 2013',
      'Obiettivo 2014',
      'Soglie (parziale / raggiunto)',
    ]);
    const row = within(table).getByRole('row', { name: /Famiglie prese in carico/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      'Realizzazione (output)',
      'famiglie',
      '1.234,5 (2011)',
      '1.300',
      '12,5',
      'non indicato',
      '60 % / 100 %',
    ]);
    expect(row.id).toBe(`indicator-${indicator().id}`);
    expect(within(table).queryByText('Ore di educativa')).toBeNull();
  });

  test('a read-only reader gets no add, edit or delete control', async () => {
    serverFor('mayor');
    await renderSection();
    expect(screen.queryByRole('button', { name: /Aggiungi indicatore/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Modifica indicatore/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Elimina indicatore/ })).toBeNull();
  });

  test('the plan office adds one: decimal commas are read, a bad number is flagged beside its field', async () => {
    const server = serverFor('planOffice').on(indicatorContracts.create, (req) =>
      json({ ...indicator(), ...(req.body as object), id: ids.user, version: 1 }, 201),
    );
    await renderSection();
    await userEvent.click(await addButton());
    await userEvent.type(screen.getByLabelText(/Nome dell’indicatore/), 'Nuclei seguiti');
    await userEvent.selectOptions(screen.getByLabelText('Tipo'), 'outcome');
    await userEvent.type(screen.getByLabelText('Valore di partenza'), 'molti');
    await userEvent.type(screen.getByLabelText('Valore obiettivo 2012'), '1.234,5');
    await userEvent.type(screen.getByLabelText('Valore obiettivo 2013'), '12,75');
    await userEvent.type(screen.getByLabelText('Valore obiettivo 2014'), '20');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));

    const baseline = screen.getByLabelText('Valore di partenza');
    expect(baseline.getAttribute('aria-invalid')).toBe('true');
    const describedBy = baseline.getAttribute('aria-describedby') ?? '';
    expect(describedBy).toMatch(/error/);
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe(
      'Il campo «Valore di partenza» deve contenere un numero, con la virgola per i decimali: ad esempio 12,5.',
    );
    expect(server.requestsTo(indicatorContracts.create)).toHaveLength(0);

    await userEvent.clear(baseline);
    await userEvent.type(baseline, '8,5');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(server.requestsTo(indicatorContracts.create)).toHaveLength(1));
    expect(server.requestsTo(indicatorContracts.create)[0]!.body).toMatchObject({
      objectiveId: ids.objective1,
      actionId: null,
      name: 'Nuclei seguiti',
      kind: 'outcome',
      baselineValue: 8.5,
      targets: [
        { year: 2012, value: 1234.5 },
        { year: 2013, value: 12.75 },
        { year: 2014, value: 20 },
      ],
      partialPercent: 60,
      achievedPercent: 100,
    });
    await waitFor(() => expect(screen.queryByLabelText(/Nome dell’indicatore/)).toBeNull());
  });

  test('thresholds with "reached" below "partly reached" are refused before sending', async () => {
    const server = serverFor('planOffice');
    await renderSection();
    await userEvent.click(await addButton());
    await userEvent.type(screen.getByLabelText(/Nome dell’indicatore/), 'X');
    const achieved = screen.getByLabelText(/Raggiunto da/);
    await userEvent.clear(achieved);
    await userEvent.type(achieved, '50');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(achieved.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(
        'La soglia «Raggiunto da» non può essere inferiore alla soglia «Parzialmente raggiunto da»: correggi una delle due.',
      ),
    ).toBeTruthy();
    expect(server.requestsTo(indicatorContracts.create)).toHaveLength(0);
  });

  test('editing sends the version read; a conflict shows what is saved now', async () => {
    const server = serverFor('planOffice').on(indicatorContracts.update, () =>
      problem('VERSION_CONFLICT', {
        current: indicator({ name: 'Famiglie raggiunte', version: 3 }),
      } as never),
    );
    await renderSection();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Modifica indicatore «Famiglie prese in carico»' }),
    );
    const target2013 = screen.getByLabelText('Valore obiettivo 2013');
    expect((target2013 as HTMLInputElement).value).toBe('12,5');
    await userEvent.type(screen.getByLabelText('Valore obiettivo 2014'), '15');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(server.requestsTo(indicatorContracts.update)).toHaveLength(1));
    expect(server.requestsTo(indicatorContracts.update)[0]!.body).toMatchObject({
      version: 2,
      targets: [
        { year: 2012, value: 1300 },
        { year: 2013, value: 12.5 },
        { year: 2014, value: 15 },
      ],
    });
    const saved = await screen.findByText('Famiglie raggiunte');
    expect(saved.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Carica i valori attuali' })).toBeTruthy();
  });

  test('deleting asks first and sends the version read', async () => {
    const server = serverFor('planOffice').on(indicatorContracts.delete, () => noContent());
    await renderSection();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Elimina indicatore «Famiglie prese in carico»' }),
    );
    expect(server.requestsTo(indicatorContracts.delete)).toHaveLength(0);
    const dialog = screen.getByRole('alertdialog', {
      name: 'Eliminare l’indicatore «Famiglie prese in carico»?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Elimina' }));
    await waitFor(() => expect(server.requestsTo(indicatorContracts.delete)).toHaveLength(1));
    expect(server.requestsTo(indicatorContracts.delete)[0]!.query.get('version')).toBe('2');
  });
});

describe('parseDecimal', () => {
  test('reads numbers as Italians and English speakers type them', () => {
    expect(parseDecimal('12,5', 'it')).toBe(12.5);
    expect(parseDecimal('1.234,5', 'it')).toBe(1234.5);
    expect(parseDecimal('1.234', 'it')).toBe(1234);
    expect(parseDecimal('12.5', 'it')).toBe(12.5);
    expect(parseDecimal('-3', 'it')).toBe(-3);
    expect(parseDecimal('  ', 'it')).toBeNull();
    expect(parseDecimal('1,234.5', 'en')).toBe(1234.5);
    expect(parseDecimal('12,5x', 'it')).toBeNaN();
    expect(parseDecimal('dodici', 'it')).toBeNaN();
  });
});
