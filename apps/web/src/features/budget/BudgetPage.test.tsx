import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { budgetContracts, municipalShareContracts } from '@pdz/core';
import { renderApp } from '../../testing/render';
import { district, ids } from '../../testing/fixtures';
import { json, problem, type FakeRequest } from '../../testing/server';
import { budgetPath, budgetServer, cell, fnps2012, openBudget } from './budgetTestServer';

describe('budget page', () => {
  test('typing an amount updates the totals before anything is saved; Tab saves it in cents', async () => {
    const server = budgetServer('planOffice');
    const { grid } = await openBudget();
    const user = userEvent.setup();
    await user.click(cell(fnps2012));
    await user.keyboard('1.234,56');
    expect(within(grid).getByTestId('av-total-FNPS').textContent).toBe('1.234,56 €');
    expect(within(grid).getByTestId('av-year-total-2012').textContent).toBe('1.234,56 €');
    await user.click(cell('Fondo sociale regionale, 2013, Residui anno precedente'));
    await user.keyboard('1000');
    expect(within(grid).getByTestId('av-grand-total').textContent).toBe('2.234,56 €');
    // only the first cell was left: one save, of that cell
    expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(1);
    expect(server.requestsTo(budgetContracts.setAvailability)[0]!.body).toEqual({
      sourceCode: 'FNPS',
      year: 2012,
      amount: 123456,
      carryOver: 0,
      version: null,
    });
    await user.keyboard('{Tab}');
    await waitFor(() => expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(2));
    expect(server.requestsTo(budgetContracts.setAvailability)[1]!.body).toMatchObject({
      sourceCode: 'FSR',
      year: 2013,
      amount: 0,
      carryOver: 100000,
    });
    await waitFor(() => expect(cell(fnps2012).value).toBe('1.234,56 €'));
  });

  test('text that is not an amount is marked on the cell and never sent', async () => {
    const server = budgetServer('planOffice');
    await openBudget();
    const user = userEvent.setup();
    await user.click(cell(fnps2012));
    await user.keyboard('12,345');
    await user.keyboard('{Enter}');
    const input = cell(fnps2012);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message?.textContent).toBe(
      'L’importo ammette al massimo due cifre dopo la virgola, ad esempio 1.234,56.',
    );
    await user.tab();
    expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(0);
  });

  test('arrow keys move between the cells of the grid', async () => {
    budgetServer('planOffice');
    await openBudget();
    const user = userEvent.setup();
    await user.click(cell(fnps2012));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('Fondo sociale regionale, 2012, Importo'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(
      cell('Fondo sociale regionale, 2012, Residui anno precedente'),
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell('Fondo sociale regionale, 2013, Importo'));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(
      cell('Fondo nazionale per le politiche sociali, 2013, Importo'),
    );
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(cell(fnps2012));
    // inside the text, left and right move the caret, not the focus
    await user.keyboard('12{ArrowLeft}');
    expect(document.activeElement).toBe(cell(fnps2012));
  });

  test('Escape puts back the saved amount and the totals', async () => {
    const server = budgetServer('planOffice', {
      availability: [{ sourceCode: 'FNPS', year: 2012, amount: 10000, carryOver: 0, version: 3 }],
      allocations: [],
    });
    const { grid } = await openBudget();
    const user = userEvent.setup();
    expect(cell(fnps2012).value).toBe('100,00 €');
    await user.click(cell(fnps2012));
    await user.keyboard('555');
    expect(within(grid).getByTestId('av-total-FNPS').textContent).toBe('555,00 €');
    await user.keyboard('{Escape}');
    expect(cell(fnps2012).value).toBe('100,00 €');
    expect(within(grid).getByTestId('av-total-FNPS').textContent).toBe('100,00 €');
    await user.tab();
    expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(0);
  });

  test('someone else saved the cell first: the notice shows the value saved now', async () => {
    const server = budgetServer('planOffice', {
      availability: [{ sourceCode: 'FNPS', year: 2012, amount: 10000, carryOver: 0, version: 3 }],
      allocations: [],
    });
    server.on(budgetContracts.setAvailability, (req: FakeRequest) =>
      (req.body as { version: number }).version === 3
        ? problem('VERSION_CONFLICT', {
            current: { sourceCode: 'FNPS', year: 2012, amount: 200000, carryOver: 0, version: 4 },
          })
        : json({ ...(req.body as object), version: 5 }),
    );
    await openBudget();
    const user = userEvent.setup();
    await user.click(cell(fnps2012));
    await user.keyboard('300{Enter}');
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Modifica in conflitto');
    expect(notice.textContent).toContain('2.000,00 €');
    await user.click(within(notice).getByRole('button', { name: 'Mantieni le mie modifiche' }));
    await waitFor(() => expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(2));
    expect(server.requestsTo(budgetContracts.setAvailability)[1]!.body).toMatchObject({
      amount: 30000,
      version: 4,
    });
    await waitFor(() => expect(screen.queryByText('Modifica in conflitto')).toBeNull());
  });

  test('an allocation someone else saved first: loading the saved value drops what was typed', async () => {
    const server = budgetServer('planOffice', {
      availability: [{ sourceCode: 'FNPS', year: 2012, amount: 10000, carryOver: 0, version: 1 }],
      allocations: [
        { actionId: ids.action1, sourceCode: 'FNPS', year: 2012, amount: 1000, version: 2 },
      ],
    });
    server.on(budgetContracts.setAllocation, () =>
      problem('VERSION_CONFLICT', {
        current: {
          actionId: ids.action1,
          sourceCode: 'FNPS',
          year: 2012,
          amount: 4000,
          version: 3,
        },
      }),
    );
    await openBudget();
    const user = userEvent.setup();
    const name = 'Centro per la famiglia, 2012, Fondo nazionale per le politiche sociali';
    await user.click(cell(name));
    await user.keyboard('25{Tab}');
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('40,00 €');
    await user.click(within(notice).getByRole('button', { name: 'Carica i valori attuali' }));
    await waitFor(() => expect(screen.queryByText('Modifica in conflitto')).toBeNull());
    expect(cell(name).value).toBe('40,00 €');
    expect(document.activeElement).toBe(cell(name));
    expect(server.requestsTo(budgetContracts.setAllocation)).toHaveLength(1);
  });

  test('allocating more than is available shows the problem under the column while typing', async () => {
    const server = budgetServer('planOffice', {
      availability: [{ sourceCode: 'FNPS', year: 2012, amount: 10000, carryOver: 0, version: 1 }],
      allocations: [],
    });
    await openBudget();
    const allocation = screen.getByRole('table', { name: /assegnate alle azioni nell’anno 2012/ });
    const user = userEvent.setup();
    const target = within(allocation).getByRole('textbox', {
      name: 'Centro per la famiglia, 2012, Fondo nazionale per le politiche sociali',
    });
    await user.click(target);
    await user.keyboard('150');
    expect(within(allocation).getByText('Superata la disponibilità di 50,00 €')).toBeTruthy();
    expect(server.requestsTo(budgetContracts.setAllocation)).toHaveLength(0);
    await user.keyboard('{Backspace}{Backspace}{Backspace}80');
    expect(within(allocation).queryByText(/Superata la disponibilità/)).toBeNull();
    // the subtotal of the objective follows too
    const subtotal = within(allocation).getByRole('row', { name: /Totale obiettivo OB1/ });
    expect(subtotal.textContent).toContain('80,00 €');
  });

  test('a problem of the coherence check is shown in its cell, at the anchor the panel links to', async () => {
    budgetServer(
      'planOffice',
      {
        availability: [{ sourceCode: 'FNPS', year: 2012, amount: 10000, carryOver: 0, version: 1 }],
        allocations: [
          { actionId: ids.action1, sourceCode: 'FNPS', year: 2012, amount: 15000, version: 1 },
        ],
      },
      {
        problems: [
          {
            code: 'ALLOCATION_EXCEEDS_AVAILABILITY',
            severity: 'blocking',
            target: { kind: 'allocation', sourceCode: 'FNPS', year: 2012 },
            data: {
              sourceCode: 'FNPS',
              year: 2012,
              allocated: 15000,
              available: 10000,
              excess: 5000,
            },
          },
        ],
      },
    );
    await openBudget();
    await waitFor(() =>
      expect(document.getElementById('source-FNPS-2012')?.textContent).toContain(
        'Allocati 150,00 € su 100,00 € disponibili: eccedenza di 50,00 €.',
      ),
    );
    expect(cell(fnps2012).getAttribute('aria-describedby')).toBe('source-FNPS-2012-problem');
    expect(document.getElementById(`alloc-${ids.action1}-FNPS-2012`)).toBeTruthy();
  });

  test('a link from the coherence panel opens the year of the cell and puts the focus in it', async () => {
    budgetServer('planOffice', {
      availability: [{ sourceCode: 'FNPS', year: 2013, amount: 10000, carryOver: 0, version: 1 }],
      allocations: [],
    });
    renderApp(`${budgetPath}#alloc-${ids.action1}-FNPS-2013`);
    await screen.findByRole('table', { name: /assegnate alle azioni nell’anno 2013/ });
    await waitFor(() =>
      expect(document.activeElement?.closest('td')?.id).toBe(`alloc-${ids.action1}-FNPS-2013`),
    );
  });

  test('a mayor reads the same tables without any input', async () => {
    budgetServer('mayor', {
      availability: [{ sourceCode: 'FNPS', year: 2012, amount: 123456, carryOver: 0, version: 1 }],
      allocations: [],
    });
    const { grid } = await openBudget();
    expect(within(grid).getAllByText('1.234,56 €').length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Salva la regola di riparto' })).toBeNull();
    expect(screen.getByText(/Consultazione/)).toBeTruthy();
  });

  test('the municipal share: the rule and what each municipality gets per year', async () => {
    const [pavia, cava] = district.municipalities;
    const rule = {
      sourceCode: 'COM',
      populationYear: 2011,
      rule: { kind: 'mixed', populationBasisPoints: 7000 },
      version: 1,
    };
    const server = budgetServer('planOffice', undefined, {
      rule,
      table: {
        rule,
        issues: [],
        years: [
          {
            year: 2012,
            total: 100000,
            rows: [
              {
                municipalityId: pavia!.id,
                name: 'Pavia',
                population: 68280,
                byPopulation: 60000,
                equalPart: 15000,
                fixedPart: 0,
                amount: 75000,
              },
              {
                municipalityId: cava!.id,
                name: 'Cava Manara',
                population: 6586,
                byPopulation: 10000,
                equalPart: 15000,
                fixedPart: 0,
                amount: 25000,
              },
            ],
          },
        ],
      },
    });
    server.on(municipalShareContracts.setRule, (req: FakeRequest) =>
      json({ ...(req.body as object), version: 2 }),
    );
    await openBudget();
    const section = document.getElementById('municipal-shares')!;
    const table = await within(section).findByRole('table', { name: /Quota dei Comuni 2012/ });
    expect(within(table).getByRole('row', { name: /Pavia/ }).textContent).toContain('750,00 €');
    expect(within(table).getAllByRole('row').at(-1)!.textContent).toContain('1.000,00 €');

    const user = userEvent.setup();
    expect(
      (within(section).getByLabelText('Percentuale ripartita per abitanti (%)') as HTMLInputElement)
        .value,
    ).toBe('70,00');
    await user.click(within(section).getByLabelText('Percentuali fisse per Comune'));
    await user.type(within(section).getByLabelText('Quota di Pavia (%)'), '60');
    await user.click(within(section).getByRole('button', { name: 'Salva la regola di riparto' }));
    expect(within(section).getByText(/Somma delle quote: 60,00 %/)).toBeTruthy();
    expect(server.requestsTo(municipalShareContracts.setRule)).toHaveLength(0);
    await user.type(within(section).getByLabelText('Quota di Cava Manara (%)'), '40');
    await user.click(within(section).getByRole('button', { name: 'Salva la regola di riparto' }));
    await waitFor(() => expect(server.requestsTo(municipalShareContracts.setRule)).toHaveLength(1));
    expect(server.requestsTo(municipalShareContracts.setRule)[0]!.body).toEqual({
      sourceCode: 'COM',
      populationYear: 2011,
      rule: { kind: 'fixed', shares: { [pavia!.id]: 6000, [cava!.id]: 4000 } },
      version: 1,
    });
  });

  test('without a rule the municipal share says so', async () => {
    budgetServer('mayor');
    await openBudget();
    expect(
      await screen.findByText('Nessuna regola di riparto impostata per questo piano.'),
    ).toBeTruthy();
  });
});
