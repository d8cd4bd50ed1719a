import { describe, expect, test, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { budgetContracts } from '@pdz/core';
import { notifyManager } from '@tanstack/react-query';
import { ids } from '../../testing/fixtures';
import { cell, fnps2012, openBudget, savingServer, type Budget } from './budgetTestServer';
import { budgetKeys } from './queries';

const fnpsCarry2012 = 'Fondo nazionale per le politiche sociali, 2012, Residui anno precedente';
const com2012 = 'Risorse proprie dei comuni, 2012, Importo';
const family2012 = 'Centro per la famiglia, 2012, Fondo nazionale per le politiche sociali';

/**
 * The grids save cell by cell while the user goes on typing; the answers to those saves come back
 * whenever the link allows. These tests hold the answers back (`hold`) to put them exactly where a
 * slow link puts them.
 */
describe('budget grid saves on a slow link', () => {
  test('a row typed again while its save is on its way is saved after it, with the version it brought', async () => {
    const { server, hold } = savingServer();
    const { grid } = await openBudget();
    const user = userEvent.setup();
    const release = hold();
    await user.click(cell(fnps2012));
    await user.keyboard('1.000{Tab}');
    expect(document.activeElement).toBe(cell(fnpsCarry2012));
    await user.keyboard('250,5{Tab}');
    expect(within(grid).getByTestId('av-grand-total').textContent).toBe('1.250,50 €');
    // the carry-over waits for the amount's answer: one request at a time for a row
    expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(1);
    release();
    await waitFor(() => expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(2));
    expect(server.requestsTo(budgetContracts.setAvailability)[1]!.body).toEqual({
      sourceCode: 'FNPS',
      year: 2012,
      amount: 100000,
      carryOver: 25050,
      version: 1,
    });
    await waitFor(() => expect(cell(fnpsCarry2012).value).toBe('250,50 €'));
    expect(screen.queryByText('Modifica in conflitto')).toBeNull();
  });

  test('an allocation typed again while its save is on its way is saved after it', async () => {
    const { server, hold } = savingServer({
      availability: [{ sourceCode: 'FNPS', year: 2012, amount: 10000, carryOver: 0, version: 1 }],
      allocations: [],
    });
    await openBudget();
    const user = userEvent.setup();
    const release = hold();
    await user.click(cell(family2012));
    await user.keyboard('25{Tab}');
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(cell(family2012));
    await user.keyboard('40{Tab}');
    expect(server.requestsTo(budgetContracts.setAllocation)).toHaveLength(1);
    release();
    await waitFor(() => expect(server.requestsTo(budgetContracts.setAllocation)).toHaveLength(2));
    expect(server.requestsTo(budgetContracts.setAllocation)[1]!.body).toEqual({
      actionId: ids.action1,
      sourceCode: 'FNPS',
      year: 2012,
      amount: 4000,
      version: 1,
    });
    await waitFor(() => expect(cell(family2012).value).toBe('40,00 €'));
    expect(screen.queryByText('Modifica in conflitto')).toBeNull();
  });

  test('leaving a cell after its save came back, before the page shows the answer, sends nothing', async () => {
    const { server, hold } = savingServer();
    const { queryClient } = await openBudget();
    const user = userEvent.setup();
    const release = hold();
    await user.click(cell(fnps2012));
    await user.keyboard('1.000{Enter}{ArrowUp}');
    expect(document.activeElement).toBe(cell(fnps2012));
    // the answer reaches the cache and the drafts, but the page has not rendered it yet (the
    // cache's notices are held, React's work waits for the end of the act): the cell's handlers
    // are still those of the render before the answer, as on a slow device
    const heldNotices: (() => void)[] = [];
    notifyManager.setScheduler((notify) => heldNotices.push(notify));
    try {
      await act(async () => {
        release();
        await vi.waitUntil(
          () =>
            queryClient.getQueryData<Budget>(budgetKeys.budget(ids.district, ids.plan))
              ?.availability.length === 1,
        );
        fireEvent.keyDown(cell(fnps2012), { key: 'ArrowRight' });
      });
    } finally {
      notifyManager.setScheduler((notify) => setTimeout(notify, 0));
      for (const notify of heldNotices) notify();
    }
    expect(document.activeElement).toBe(cell(fnpsCarry2012));
    expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(1);
    await waitFor(() => expect(cell(fnps2012).value).toBe('1.000,00 €'));
    expect(screen.queryByText('Modifica in conflitto')).toBeNull();
  });

  test('the first keystroke replaces what the focused cell shows, even when an answer just changed it', async () => {
    const { hold } = savingServer();
    const { grid } = await openBudget();
    const user = userEvent.setup();
    const release = hold();
    await user.click(cell(fnps2012));
    await user.keyboard('1.000{Enter}{ArrowUp}{ArrowRight}');
    const carry = cell(fnpsCarry2012);
    expect(document.activeElement).toBe(carry);
    expect(carry.value).toBe('');
    release();
    // the row now exists: its carry-over shows as zero
    await waitFor(() => expect(carry.value).toBe('0,00 €'));
    await user.keyboard('250,5');
    expect(carry.value).toBe('250,5');
    expect(carry.getAttribute('aria-invalid')).toBeNull();
    expect(within(grid).getByTestId('av-grand-total').textContent).toBe('1.250,50 €');
  });

  test('an answer never rewrites the cell the user is in: a selection made before it stays', async () => {
    const { server, hold } = savingServer();
    await openBudget();
    const user = userEvent.setup();
    const release = hold();
    await user.click(cell(com2012));
    // the last row: Enter saves and stays in the cell
    await user.keyboard('1.000{Enter}');
    expect(document.activeElement).toBe(cell(com2012));
    await user.keyboard('{Control>}a{/Control}');
    release();
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(`Salvato: ${com2012}`),
    );
    expect(cell(com2012).value).toBe('1.000');
    await user.keyboard('1.200{Enter}');
    expect(cell(com2012).value).toBe('1.200');
    await waitFor(() => expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(2));
    expect(server.requestsTo(budgetContracts.setAvailability)[1]!.body).toMatchObject({
      amount: 120000,
      version: 1,
    });
  });

  test('a real change meanwhile still gets the notice; keeping mine sends all that is typed in the row', async () => {
    const { server, rows, hold } = savingServer();
    await openBudget();
    // someone else saves the row after the page has read the budget
    rows.availability.push({
      sourceCode: 'FNPS',
      year: 2012,
      amount: 50000,
      carryOver: 0,
      version: 1,
    });
    const user = userEvent.setup();
    const release = hold();
    await user.click(cell(fnps2012));
    await user.keyboard('1.000{Tab}250,5{Tab}');
    release();
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Modifica in conflitto');
    expect(notice.textContent).toContain('500,00 €');
    // the carry-over's save waits for the user's choice
    expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(1);
    expect(cell(fnpsCarry2012).value).toBe('250,5');
    await user.click(within(notice).getByRole('button', { name: 'Mantieni le mie modifiche' }));
    await waitFor(() => expect(server.requestsTo(budgetContracts.setAvailability)).toHaveLength(2));
    expect(server.requestsTo(budgetContracts.setAvailability)[1]!.body).toEqual({
      sourceCode: 'FNPS',
      year: 2012,
      amount: 100000,
      carryOver: 25050,
      version: 1,
    });
    await waitFor(() => expect(screen.queryByText('Modifica in conflitto')).toBeNull());
    expect(rows.availability).toEqual([
      { sourceCode: 'FNPS', year: 2012, amount: 100000, carryOver: 25050, version: 2 },
    ]);
  });
});
