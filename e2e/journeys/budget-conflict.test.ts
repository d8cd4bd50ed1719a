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
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';
import { slowWrites } from '../support/network';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const fnps = 'Fondo nazionale per le politiche sociali';

interface AvailabilityRow {
  sourceCode: string;
  year: number;
  amount: number;
  carryOver: number;
  version: number;
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/**
 * Another session saves the same availability row after the page has read it: the user's save is
 * refused, the notice says so with the values saved now, and either way out works.
 */
describe('the budget grid when someone else changed the same row meanwhile', () => {
  let browser: Browser;
  let page: Page;
  let session: ApiSession;
  let other: ApiSession;
  let plan: ScratchPlan;
  let grid: Locator;

  const cellOf = (year: number, column: 'Importo' | 'Residui anno precedente') =>
    grid.getByRole('textbox', { name: `${fnps}, ${year}, ${column}` });
  const rowOnServer = async (year: number) => {
    const budget = await apiRead<{ availability: AvailabilityRow[] }>(
      baseUrl,
      session,
      `${plan.base}/budget`,
    );
    const row = budget.availability.find((a) => a.sourceCode === 'FNPS' && a.year === year);
    return row && { amount: row.amount, carryOver: row.carryOver };
  };
  /** The other session's change, made after the page has read the budget. */
  const changedElsewhere = (year: number, amount: number, carryOver: number) =>
    apiWrite(baseUrl, other, 'PUT', `${plan.base}/budget/availability`, {
      sourceCode: 'FNPS',
      year,
      amount,
      carryOver,
      version: null,
    });
  const notice = () => page.getByRole('alert').filter({ hasText: 'Modifica in conflitto' });

  beforeAll(async () => {
    session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    other = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    const districtId = await demoDistrictId(baseUrl, session);
    plan = await createScratchPlan(baseUrl, session, districtId, `Piano conflitti e2e ${stamp}`);
    browser = await launchBrowser();
    page = await newPage(browser, baseUrl);
    await signIn(page, 'ufficio.piano@pavia.demo');
    await page.goto(`/app/districts/${districtId}/plans/${plan.planId}/budget`);
    grid = page.getByRole('table', { name: /Risorse disponibili/ });
    await grid.waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    for (const s of [session, other]) if (s) await logout(baseUrl, s);
  });

  it('keeps mine: both fields typed in the row are saved over the other change', async () => {
    const year = plan.startYear;
    await changedElsewhere(year, 50000, 0);
    // the refusal comes back only once the user has gone on to the carry-over and left it
    const saves = await slowWrites(page, '/budget/availability', 'gate');
    try {
      await cellOf(year, 'Importo').focus();
      await page.keyboard.type('1.000');
      await page.keyboard.press('Tab');
      await expect.poll(() => isFocused(cellOf(year, 'Residui anno precedente'))).toBe(true);
      await page.keyboard.type('250,5');
      await page.keyboard.press('Tab');
      saves.release();

      await notice().waitFor();
      const text = await notice().innerText();
      expect(text).toContain('Qualcun altro ha modificato questi dati nel frattempo');
      expect(text).toContain('500,00 €');
      // what the user typed is still there, and counts
      expect(await cellOf(year, 'Residui anno precedente').inputValue()).toBe('250,5');
      await expect.poll(() => grid.getByTestId('av-total-FNPS').innerText()).toBe('1.250,50 €');
      await checkPage(page, 'budget-04-conflict');

      await notice().getByRole('button', { name: 'Mantieni le mie modifiche' }).click();
      await notice().waitFor({ state: 'detached' });
      await expect.poll(() => rowOnServer(year)).toEqual({ amount: 100000, carryOver: 25050 });
      await expect
        .poll(() => cellOf(year, 'Residui anno precedente').inputValue())
        .toBe('250,50 €');
      expect(await isFocused(cellOf(year, 'Importo'))).toBe(true);
      expect(await cellOf(year, 'Importo').inputValue()).toBe('1.000,00 €');
      expect(saves.answered).toEqual([409, 200]);
    } finally {
      await saves.stop();
    }
  });

  it('uses current: what was typed gives way to the values saved now, which can be edited', async () => {
    const year = plan.startYear + 1;
    await changedElsewhere(year, 30000, 7000);
    const saves = await slowWrites(page, '/budget/availability', 0);
    try {
      await cellOf(year, 'Importo').focus();
      await page.keyboard.type('900');
      await page.keyboard.press('Tab');
      await notice().waitFor();
      expect(await notice().innerText()).toContain('70,00 €');

      await notice().getByRole('button', { name: 'Carica i valori attuali' }).click();
      await notice().waitFor({ state: 'detached' });
      const amount = cellOf(year, 'Importo');
      await expect.poll(() => amount.inputValue()).toBe('300,00 €');
      await expect.poll(() => cellOf(year, 'Residui anno precedente').inputValue()).toBe('70,00 €');
      await expect.poll(() => grid.getByTestId('av-total-FNPS').innerText()).toBe('1.620,50 €');
      expect(await isFocused(amount)).toBe(true);
      expect(await rowOnServer(year)).toEqual({ amount: 30000, carryOver: 7000 });

      // back in the cell, typing replaces the value loaded, and is saved over it
      await page.keyboard.type('400');
      await expect.poll(() => amount.inputValue()).toBe('400');
      await page.keyboard.press('Tab');
      await expect.poll(() => rowOnServer(year)).toEqual({ amount: 40000, carryOver: 7000 });
      await expect.poll(() => amount.inputValue()).toBe('400,00 €');
      expect(saves.answered).toEqual([409, 200]);
      expect(await notice().count()).toBe(0);
    } finally {
      await saves.stop();
    }
  });
});
