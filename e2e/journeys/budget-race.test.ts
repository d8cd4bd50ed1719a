import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  apiLogin,
  apiRead,
  apiWrite,
  createScratchPlan,
  demoDistrictId,
  logout,
  type ApiSession,
  type ScratchPlan,
} from '../support/api';
import { launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';
import { slowWrites, type Hold } from '../support/network';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const fnps = 'Fondo nazionale per le politiche sociali';

interface Budget {
  availability: { sourceCode: string; year: number; amount: number; carryOver: number }[];
  allocations: { actionId: string; sourceCode: string; year: number; amount: number }[];
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/**
 * The grids save cell by cell while the user goes on typing. On a slow link the answer to a save
 * comes back while the user is already in another cell (or typing again in the same one): it
 * must never spoil what is typed, nor be taken for someone else's change.
 */
describe('a slow answer to a save never spoils what the user types next', () => {
  let browser: Browser;
  let page: Page;
  let session: ApiSession;
  let districtId: string;
  let count = 0;

  beforeAll(async () => {
    session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    districtId = await demoDistrictId(baseUrl, session);
    browser = await launchBrowser();
    page = await newPage(browser, baseUrl);
    await signIn(page, 'ufficio.piano@pavia.demo');
  });

  afterAll(async () => {
    await browser?.close();
    if (session) await logout(baseUrl, session);
  });

  /** A plan of the case's own, with what `prepare` puts in it, open on its budget page. */
  async function openBudget(prepare?: (plan: ScratchPlan) => Promise<unknown>) {
    count += 1;
    const plan = await createScratchPlan(
      baseUrl,
      session,
      districtId,
      `Piano risorse lente ${count} e2e ${stamp}`,
    );
    await prepare?.(plan);
    await page.goto(`/app/districts/${districtId}/plans/${plan.planId}/budget`);
    await page.getByRole('table', { name: /Risorse disponibili/ }).waitFor();
    return plan;
  }
  const budgetOf = (plan: ScratchPlan) => apiRead<Budget>(baseUrl, session, `${plan.base}/budget`);

  const availabilityCases: { when: string; hold: Hold; release?: 'focused' | 'left' }[] = [
    { when: 'at once', hold: 0 },
    { when: 'after 50 ms', hold: 50 },
    { when: 'after 150 ms', hold: 150 },
    { when: 'after 400 ms', hold: 400 },
    { when: 'between focusing the carry-over and typing', hold: 'gate', release: 'focused' },
    { when: 'after the carry-over was typed and left', hold: 'gate', release: 'left' },
  ];

  for (const c of availabilityCases) {
    it(`amount then carry-over of one source, the amount's answer coming ${c.when}`, async () => {
      const plan = await openBudget();
      const year = plan.startYear;
      const grid = page.getByRole('table', { name: /Risorse disponibili/ });
      const amount = grid.getByRole('textbox', { name: `${fnps}, ${year}, Importo` });
      const carry = grid.getByRole('textbox', {
        name: `${fnps}, ${year}, Residui anno precedente`,
      });
      const saves = await slowWrites(page, '/budget/availability', c.hold);
      try {
        await amount.focus();
        await page.keyboard.type('1.000');
        await expect.poll(() => grid.getByTestId('av-total-FNPS').innerText()).toBe('1.000,00 €');
        await page.keyboard.press('Enter');
        await expect.poll(() => saves.sent.length).toBe(1);
        // Enter went down one row; up and right reach the carry-over of the same source
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => isFocused(carry)).toBe(true);
        if (c.release === 'focused') {
          saves.release();
          // the answer is on the page: the amount shows as saved
          await expect.poll(() => amount.inputValue()).toBe('1.000,00 €');
        }
        await page.keyboard.type('250,5');
        // what was typed is what the cell holds, and it counts in the totals at once
        await expect.poll(() => carry.inputValue()).toBe('250,5');
        expect(await carry.getAttribute('aria-invalid')).toBeNull();
        await expect.poll(() => grid.getByTestId('av-grand-total').innerText()).toBe('1.250,50 €');
        await page.keyboard.press('Tab');
        if (c.release === 'left') saves.release();
        await expect.poll(() => carry.inputValue()).toBe('250,50 €');
        await expect
          .poll(async () => (await budgetOf(plan)).availability)
          .toEqual([
            expect.objectContaining({ sourceCode: 'FNPS', year, amount: 100000, carryOver: 25050 }),
          ]);
        // two saves, each answered as meant: leaving the saved amount sent nothing again
        expect(saves.sent).toEqual([
          { sourceCode: 'FNPS', year, amount: 100000, carryOver: 0, version: null },
          { sourceCode: 'FNPS', year, amount: 100000, carryOver: 25050, version: 1 },
        ]);
        expect(saves.answered).toEqual([200, 200]);
        expect(await page.getByText('Modifica in conflitto').count()).toBe(0);
        expect(await amount.inputValue()).toBe('1.000,00 €');
      } finally {
        await saves.stop();
      }
    });
  }

  const allocationCases: { when: string; hold: Hold; release?: 'selected' | 'retyped' }[] = [
    { when: 'at once', hold: 0 },
    { when: 'after 50 ms', hold: 50 },
    { when: 'after 150 ms', hold: 150 },
    { when: 'after 400 ms', hold: 400 },
    { when: 'between selecting the amount and typing over it', hold: 'gate', release: 'selected' },
    { when: 'after the new amount was typed and saved', hold: 'gate', release: 'retyped' },
  ];

  for (const c of allocationCases) {
    it(`an allocation typed over while its first answer comes ${c.when}`, async () => {
      const plan = await openBudget((p) =>
        apiWrite(baseUrl, session, 'PUT', `${p.base}/budget/availability`, {
          sourceCode: 'FNPS',
          year: p.startYear,
          amount: 100000,
          carryOver: 0,
          version: null,
        }),
      );
      const year = plan.startYear;
      const allocation = page.getByRole('table', {
        name: new RegExp(`assegnate alle azioni nell’anno ${year}`),
      });
      const cell = allocation.getByRole('textbox', {
        name: `Assistenza domiciliare e2e, ${year}, ${fnps}`,
      });
      const excess = page.locator(`#source-FNPS-${year}`);
      const saves = await slowWrites(page, '/budget/allocations', c.hold);
      try {
        await cell.focus();
        await page.keyboard.type('2.000');
        await allocation.getByText('Superata la disponibilità di 1.000,00 €').waitFor();
        // the only action: Enter saves and stays in the cell
        await page.keyboard.press('Enter');
        await expect.poll(() => saves.sent.length).toBe(1);
        await page.keyboard.press('Control+A');
        if (c.release === 'selected') {
          saves.release();
          // the answer is on the page once the coherence check names the excess
          await excess.getByText(/eccedenza di 1\.000,00 €/).waitFor();
        }
        await page.keyboard.type('1.200');
        await expect.poll(() => cell.inputValue()).toBe('1.200');
        await allocation.getByText('Superata la disponibilità di 200,00 €').waitFor();
        await page.keyboard.press('Enter');
        if (c.release === 'retyped') saves.release();
        await expect
          .poll(async () => (await budgetOf(plan)).allocations.map((a) => a.amount))
          .toEqual([120000]);
        await expect.poll(() => saves.answered).toEqual([200, 200]);
        // leaving the saved cell: it shows the amount as saved and sends nothing more
        await page.keyboard.press('Tab');
        await expect.poll(() => cell.inputValue()).toBe('1.200,00 €');
        await excess.getByText(/eccedenza di 200,00 €/).waitFor();
        expect(saves.sent).toEqual([
          { actionId: plan.actionId, sourceCode: 'FNPS', year, amount: 200000, version: null },
          { actionId: plan.actionId, sourceCode: 'FNPS', year, amount: 120000, version: 1 },
        ]);
        expect(await page.getByText('Modifica in conflitto').count()).toBe(0);
      } finally {
        await saves.stop();
      }
    });
  }
});
