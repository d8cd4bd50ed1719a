import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, createScratchPlan, demoDistrictId, logout } from '../support/api';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const planTitle = `Piano area di lavoro e2e ${stamp}`;

const patched = (page: Page, what: 'objectives' | 'actions') =>
  page.waitForResponse(
    (r) => r.url().includes(`/${what}/`) && r.request().method() === 'PATCH' && r.ok(),
  );

/**
 * The plan office works through a plan's workspace: the coherence panel leads to what is
 * missing, the objective sheet and the action save field by field, the chapters are created with
 * their live tables, and every page is accessible, in Italian and in English.
 */
describe('the plan office completes a plan from its coherence panel', () => {
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    const session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    const districtId = await demoDistrictId(baseUrl, session);
    const plan = await createScratchPlan(baseUrl, session, districtId, planTitle);
    base = `/app/districts/${districtId}/plans/${plan.planId}`;
    await logout(baseUrl, session);
    browser = await launchBrowser();
    page = await newPage(browser, baseUrl);
    await signIn(page, 'ufficio.piano@pavia.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists what is missing, each with a link to where it is fixed', async () => {
    await page.goto(`${base}/coherence`);
    await page.getByRole('heading', { level: 2, name: 'Coerenza del piano' }).waitFor();
    const main = page.locator('main');
    await main
      .getByText('L’azione «Assistenza domiciliare e2e» non ha un ente capofila.')
      .waitFor();
    await checkPage(page, 'workspace-01-coherence');
    await main
      .getByRole('link', { name: /Vai all’obiettivo/ })
      .first()
      .click();
    await page.waitForURL(/\/objectives\//);
    await page.getByRole('heading', { level: 2, name: /Domiciliarità e2e/ }).waitFor();
  });

  it('saves the objective sheet field by field, and the value is there after a reload', async () => {
    const need = page.getByLabel('Bisogno a cui risponde');
    const save = patched(page, 'objectives');
    await need.fill('Nel distretto il 24 % dei residenti ha più di 65 anni.');
    await need.press('Tab');
    await save;
    await page.getByText('salvato').first().waitFor();
    await checkPage(page, 'workspace-02-objective');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Bisogno a cui risponde').inputValue())
      .toBe('Nel distretto il 24 % dei residenti ha più di 65 anni.');
  });

  it('gives the action a lead through the navigator, and the problem goes away', async () => {
    await page
      .getByRole('navigation', { name: 'Contenuto del piano' })
      .getByRole('link', { name: 'Assistenza domiciliare e2e' })
      .click();
    await page.waitForURL(/\/actions\//);
    const lead = page.getByLabel('Ente capofila');
    await lead.waitFor();
    const save = patched(page, 'actions');
    await lead.selectOption({ label: 'Consorzio Sociale Pavese' });
    await save;
    await checkPage(page, 'workspace-03-action');
    await page
      .getByRole('navigation', { name: 'Sezioni del piano' })
      .getByRole('link', { name: 'Coerenza' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Coerenza del piano' }).waitFor();
    await page
      .getByRole('link', { name: /Vai all’obiettivo/ })
      .first()
      .waitFor();
    // the problem goes away once the panel has read the plan as it is now
    await expect
      .poll(() => page.locator('main').innerText())
      .not.toContain('non ha un ente capofila');
  });

  it('creates the standard chapters and previews a live table with the current figures', async () => {
    await page.goto(`${base}/chapters`);
    await page.getByRole('button', { name: 'Crea i capitoli standard' }).click();
    await page.getByRole('link', { name: 'Le risorse' }).click();
    await page.waitForURL(/\/chapters\/[0-9a-f-]{36}$/);
    const preview = page.getByRole('region', { name: 'Anteprima del capitolo' });
    await preview.getByText('Risorse disponibili per fonte di finanziamento e anno').waitFor();
    await checkPage(page, 'workspace-04-chapter');
  });

  it('shows the indicators and the coherence panel in English too', async () => {
    await page.goto(`${base}/indicators`);
    await page.getByRole('heading', { name: 'Indicatori' }).first().waitFor();
    await checkPage(page, 'workspace-05-indicators');
    await page.goto(`${base}/coherence`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Plan coherence' }).waitFor();
    await checkPage(page, 'workspace-06-coherence-en');
    await page.getByRole('button', { name: 'Italiano' }).click();
    await page.getByRole('heading', { level: 2, name: 'Coerenza del piano' }).waitFor();
  });
});
