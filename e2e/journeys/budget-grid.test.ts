import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, createScratchPlan, demoDistrictId, logout } from '../support/api';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);

const saved = (page: Page, what: 'availability' | 'allocations') =>
  page.waitForResponse(
    (r) => r.url().endsWith(`/budget/${what}`) && r.request().method() === 'PUT' && r.ok(),
  );

describe('the plan office fills the budget grid with the keyboard', () => {
  let browser: Browser;
  let office: Page;
  let districtId: string;
  let planId: string;
  let year: number;
  let actionId: string;

  beforeAll(async () => {
    const session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    districtId = await demoDistrictId(baseUrl, session);
    const made = await createScratchPlan(
      baseUrl,
      session,
      districtId,
      `Piano risorse e2e ${stamp}`,
    );
    planId = made.planId;
    year = made.startYear;
    actionId = made.actionId;
    await logout(baseUrl, session);
    browser = await launchBrowser();
    office = await newPage(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the budget of the plan', async () => {
    await signIn(office, 'ufficio.piano@pavia.demo');
    await office.goto(`/app/districts/${districtId}/plans/${planId}`);
    await office.getByRole('link', { name: 'Risorse' }).click();
    await office
      .getByRole('heading', { level: 2, name: 'Risorse disponibili per fonte e anno' })
      .waitFor();
    expect(office.url()).toMatch(/\/budget$/);
  });

  it('types amounts in the availability grid with the keyboard only, and the totals follow', async () => {
    const grid = office.getByRole('table', { name: /Risorse disponibili/ });
    const fnps = `Fondo nazionale per le politiche sociali, ${year}, Importo`;
    await grid.getByRole('textbox', { name: fnps }).focus();
    await office.keyboard.type('1.000');
    // before saving, the row total already shows the amount typed
    await expect.poll(() => grid.getByTestId('av-total-FNPS').innerText()).toBe('1.000,00 €');
    const first = saved(office, 'availability');
    await office.keyboard.press('Enter');
    await first;
    // Enter went down one row; up and right reach the carry-over of the same source
    await office.keyboard.press('ArrowUp');
    await office.keyboard.press('ArrowRight');
    const carry = grid.getByRole('textbox', {
      name: `Fondo nazionale per le politiche sociali, ${year}, Residui anno precedente`,
    });
    await expect.poll(() => carry.evaluate((el) => el === document.activeElement)).toBe(true);
    await office.keyboard.type('250,5');
    await expect.poll(() => grid.getByTestId('av-grand-total').innerText()).toBe('1.250,50 €');
    const second = saved(office, 'availability');
    await office.keyboard.press('Tab');
    await second;
    // the answer has reached the browser; the page shows it once it has handled it
    await expect
      .poll(() => grid.getByRole('textbox', { name: fnps }).inputValue())
      .toBe('1.000,00 €');
    await expect
      .poll(() => grid.getByTestId(`av-year-total-${year}`).innerText())
      .toBe('1.250,50 €');
  });

  it('allocates to an action, sees the over-allocation problem appear and disappear', async () => {
    const allocation = office.getByRole('table', {
      name: new RegExp(`assegnate alle azioni nell’anno ${year}`),
    });
    const cell = allocation.getByRole('textbox', {
      name: `Assistenza domiciliare e2e, ${year}, Fondo nazionale per le politiche sociali`,
    });
    await cell.focus();
    await office.keyboard.type('2.000');
    const over = allocation.getByText('Superata la disponibilità di 749,50 €');
    await over.waitFor();
    const stored = saved(office, 'allocations');
    await office.keyboard.press('Enter');
    await stored;
    // the coherence check now names the problem in the availability cell too
    const source = office.locator(`#source-FNPS-${year}`);
    await source.getByText(/eccedenza di 749,50 €/).waitFor();
    await expect.poll(() => office.locator(`#alloc-${actionId}-FNPS-${year}`).count()).toBe(1);
    await checkPage(office, 'budget-01-over-allocated');

    // still in the cell after Enter (no row below): select its text and type over it
    await office.keyboard.press('Control+A');
    await office.keyboard.type('1.200');
    await over.waitFor({ state: 'detached' });
    const fixed = saved(office, 'allocations');
    await office.keyboard.press('Enter');
    await fixed;
    await source.getByText(/eccedenza/).waitFor({ state: 'detached' });
    await expect.poll(() => allocation.locator('tfoot').innerText()).toContain('50,50 €');
  });

  it('sets the municipalities’ share: 70 % by inhabitants, the rest in equal parts', async () => {
    const grid = office.getByRole('table', { name: /Risorse disponibili/ });
    await grid
      .getByRole('textbox', { name: `Risorse proprie dei comuni, ${year}, Importo` })
      .focus();
    await office.keyboard.type('10.000,01');
    const stored = saved(office, 'availability');
    await office.keyboard.press('Tab');
    await stored;

    const shares = office.locator('#municipal-shares');
    // bootstrap-italia draws the radio on its label
    await shares.getByText('Misto: una parte per abitanti, il resto in parti uguali').click();
    await shares.getByLabel('Percentuale ripartita per abitanti (%)').fill('70');
    await shares.getByRole('button', { name: 'Salva la regola di riparto' }).click();
    const table = shares.getByRole('table', {
      name: new RegExp(`Quota dei Comuni ${year}: 10\\.000,01 €`),
    });
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(12);
    // the parts add up to the cent to what the source makes available
    await expect.poll(() => table.locator('tfoot td').last().innerText()).toBe('10.000,01 €');
  });

  it('the whole page has no accessibility violations', async () => {
    await checkPage(office, 'budget-02-editable');
  });

  it('a mayor sees the same tables without inputs', async () => {
    const mayor = await newPage(browser, baseUrl);
    await signIn(mayor, 'sindaco@pavia.demo');
    await mayor.goto(`/app/districts/${districtId}/plans/${planId}/budget`);
    const grid = mayor.getByRole('table', { name: /Risorse disponibili/ });
    await grid.waitFor();
    await expect.poll(() => grid.getByTestId('av-total-FNPS').innerText()).toBe('1.250,50 €');
    expect(await mayor.getByRole('textbox').count()).toBe(0);
    await checkPage(mayor, 'budget-03-read-only');
  });
});
