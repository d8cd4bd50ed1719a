import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiLogin, createScratchPlan, demoDistrictId, logout } from '../support/api';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { objective, openPlan, signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const phone = { width: 390, height: 844 };
// one word longer than the phone is wide, as a pasted file name or a run-together title can be
const longWord = 'Potenziamentodelservizioassistenzadomiciliareintegrataperglianziani';

/** The page does not scroll sideways: whatever is wider scrolls inside its own region. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: the page is ${scrollWidth} px wide`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/** Checks the page as it is now: no sideways scroll, axe clean, a screenshot. */
async function checkPhonePage(page: Page, name: string) {
  await expectNoSidewaysScroll(page, name);
  await checkPage(page, `phone-${name}`);
}

/** The same, also in English (other words, other widths). */
async function checkBothLanguages(page: Page, name: string, englishHeading: Locator) {
  await checkPhonePage(page, name);
  await page.getByRole('button', { name: 'English' }).click();
  await englishHeading.waitFor();
  await expectNoSidewaysScroll(page, `${name} in English`);
  await page.getByRole('button', { name: 'Italiano' }).click();
}

/**
 * The plan office on a phone (390 × 844): the header's menu button opens the navigation, every
 * main page fits the screen (wide tables and grids scroll inside their own region, the plan's
 * tabs wrap, long titles break) and is accessible.
 */
describe('the plan office works on a phone', () => {
  let browser: Browser;
  let page: Page;
  let scratchBase: string;
  const menu = () => page.getByRole('navigation', { name: 'Menu principale' });
  const menuButton = () => menu().getByRole('button', { name: 'Menu' });

  /** Opens the menu and follows one of its links, as a person on a phone does. */
  async function goThroughMenu(link: string) {
    await menuButton().click();
    await menu().getByRole('link', { name: link, exact: true }).click();
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
  }

  beforeAll(async () => {
    const session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    const districtId = await demoDistrictId(baseUrl, session);
    const scratch = await createScratchPlan(
      baseUrl,
      session,
      districtId,
      `Piano ${longWord} telefono ${Date.now().toString(36)}`,
      { title: `Obiettivo ${longWord} con un titolo lungo` },
    );
    scratchBase = `/app/districts/${districtId}/plans/${scratch.planId}`;
    await logout(baseUrl, session);
    browser = await launchBrowser();
    // a plain viewport, not mobile emulation: a phone browser would zoom out to fit a page that
    // is too wide, and innerWidth would grow with it
    page = await newPage(browser, baseUrl, { viewport: phone });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, and the menu button of the header opens and closes the navigation', async () => {
    await signIn(page, 'ufficio.piano@pavia.demo');
    const services = menu().getByRole('link', { name: 'Servizi', exact: true });
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(await services.isVisible()).toBe(false);
    await checkPhonePage(page, '01-district');

    await menuButton().click();
    expect(await menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(await services.isVisible()).toBe(true);
    await checkPhonePage(page, '02-menu-open');
    // the keyboard: Tab goes into the menu, Escape closes it and gives the focus back
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.ariaLabel)).toBe(
      'Menu principale',
    );
    await page.keyboard.press('Escape');
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(await services.isVisible()).toBe(false);
    expect(await menuButton().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('reads the plan workspace, its tabs within the screen', async () => {
    await openPlan(page);
    const tabs = page.getByRole('navigation', { name: 'Sezioni del piano' }).getByRole('link');
    expect(await tabs.count()).toBe(8);
    for (const tab of await tabs.all()) {
      const box = await tab.boundingBox();
      expect(box, await tab.innerText()).not.toBeNull();
      expect(box!.x + box!.width, await tab.innerText()).toBeLessThanOrEqual(phone.width);
    }
    await checkPhonePage(page, '03-workspace');
  });

  it('opens an objective sheet from the tree', async () => {
    await objective(page, 'OB1').locator('h4 a').click();
    await page.waitForURL(/\/objectives\//);
    await page.getByRole('heading', { level: 2, name: /OB1/ }).waitFor();
    await checkPhonePage(page, '04-objective');
  });

  it('scrolls the budget grids inside their regions, not the page', async () => {
    await page.getByRole('link', { name: 'Risorse', exact: true }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Risorse disponibili per fonte e anno' })
      .waitFor();
    const region = page.locator('div[role="region"]', {
      has: page.getByRole('table', { name: /Risorse disponibili/ }),
    });
    // the grid is wider than the phone: its region scrolls, not the page
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await checkPhonePage(page, '05-budget');
  });

  it('reads the indicators, the chapters and the coherence panel', async () => {
    await page.getByRole('link', { name: 'Indicatori', exact: true }).click();
    await page.getByRole('heading', { name: 'Indicatori' }).first().waitFor();
    await checkPhonePage(page, '06-indicators');
    await page.getByRole('link', { name: 'Capitoli', exact: true }).click();
    await page.getByRole('heading', { name: 'Capitoli del piano' }).waitFor();
    await checkPhonePage(page, '07-chapters');
    await page.getByRole('link', { name: 'Coerenza', exact: true }).click();
    const coherence = page.getByRole('heading', { level: 2, name: 'Coerenza del piano' });
    await coherence.waitFor();
    await checkBothLanguages(
      page,
      '08-coherence',
      page.getByRole('heading', { level: 2, name: 'Plan coherence' }),
    );
  });

  it('goes through the menu to the needs analysis, the services and the activity log', async () => {
    await goThroughMenu('Analisi dei bisogni');
    await page.getByRole('heading', { level: 1, name: 'Analisi dei bisogni' }).waitFor();
    await page.locator('.recharts-wrapper').first().waitFor();
    await checkPhonePage(page, '09-needs-analysis');
    await goThroughMenu('Servizi');
    await page.getByRole('heading', { level: 1, name: 'Rete d’offerta: servizi' }).waitFor();
    await page
      .getByText(/servizi trovati/)
      .first()
      .waitFor();
    await checkPhonePage(page, '10-services');
    await goThroughMenu('Registro attività');
    await page.getByRole('heading', { level: 1, name: 'Registro attività' }).waitFor();
    await page.getByRole('list', { name: 'Eventi registrati, dal più recente' }).waitFor();
    await checkPhonePage(page, '11-audit');
  });

  it('breaks a title longer than the screen instead of widening the page', async () => {
    await page.goto(scratchBase);
    await page.getByRole('heading', { level: 1, name: new RegExp(longWord) }).waitFor();
    await checkPhonePage(page, '12-long-title');
    await page.getByRole('button', { name: 'Contenuto del piano' }).click();
    await page
      .getByRole('navigation', { name: 'Contenuto del piano' })
      .getByRole('link', { name: new RegExp(longWord) })
      .click();
    await page.getByRole('heading', { level: 2, name: new RegExp(longWord) }).waitFor();
    await checkPhonePage(page, '13-long-title-objective');
  });
});
