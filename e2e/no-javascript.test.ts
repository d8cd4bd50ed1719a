import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, demoDistrictId, demoPlan, logout, transition } from './support/api';
import { checkPage, launchBrowser, newPage } from './support/browser';
import { districtName, planTitle } from './support/backoffice';

const baseUrl = inject('baseUrl');

describe('the public portal without JavaScript', () => {
  let browser: Browser;
  let page: Page;
  let version: number;

  beforeAll(async () => {
    // the portal shows approved versions only: make sure the demo plan has one
    const session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    const districtId = await demoDistrictId(baseUrl, session);
    let plan = await demoPlan(baseUrl, session, districtId);
    if (plan.latestApprovedVersion === null) {
      await transition(
        baseUrl,
        session,
        districtId,
        plan,
        'approve',
        'Delibera n. 1 del 26/03/2012',
      );
      plan = await demoPlan(baseUrl, session, districtId);
    }
    if (plan.latestApprovedVersion === null) throw new Error('The demo plan could not be approved');
    version = plan.latestApprovedVersion;
    await logout(baseUrl, session);

    browser = await launchBrowser();
    page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('goes from the home page to the district', async () => {
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    await page.getByRole('heading', { level: 1, name: 'Distretti sociali' }).waitFor();
    await checkPage(page, 'nojs-01-home');

    await page.getByRole('link', { name: districtName }).click();
    await page.getByRole('heading', { level: 1, name: districtName }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/distretti/pavia');
    const table = page.locator('table').filter({ has: page.locator('caption') });
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect((await table.locator('tfoot td').innerText()).trim()).toBe('99.958');
    const population = page.locator('dt', { hasText: 'Popolazione' }).locator('+ dd');
    expect((await population.innerText()).trim()).toBe('99.958');
    await page.getByRole('heading', { level: 2, name: 'Piani approvati' }).waitFor();
    await checkPage(page, 'nojs-02-district');
  });

  it('opens the approved plan, and its links work', async () => {
    await page.getByRole('link', { name: planTitle }).click();
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/distretti\/pavia\/piani\/[0-9a-f-]{36}$/);
    const main = await page.locator('main').innerText();
    expect(main).toContain(`Versione ${version}`);
    expect(main).toContain('Impronta digitale del documento approvato');
    expect(main).not.toContain('SHA-256'); // the algorithm is named only inside the details
    const objectives = page.locator('main article.portal-objective h3');
    expect(await objectives.count()).toBe(8); // the eight objectives
    expect(await objectives.filter({ hasText: 'OB1' }).count()).toBe(1);
    // the chapters come first, with their live tables filled with the approved figures
    expect(main).toContain('Quadro normativo');
    expect(main).toContain('Risorse disponibili per fonte di finanziamento e anno');
    expect(main).not.toContain('{{tabella:');
    await checkPage(page, 'nojs-03-plan');

    // the table of contents jumps to an area
    const toc = page.getByRole('navigation', { name: 'Indice del piano' });
    const first = toc.locator('a[href^="#area-"]').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^#area-/);
    await first.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(href);
    expect(await page.locator(`main ${href ?? ''}`).count()).toBe(1);

    // the breadcrumb leads back to the district
    await page
      .getByRole('navigation', { name: 'Percorso' })
      .getByRole('link', { name: districtName })
      .click();
    await page.getByRole('heading', { level: 1, name: districtName }).waitFor();
  });

  it('follows the plan into its monitoring: the closed year in words, tables and a CSV', async () => {
    await page.goto('/distretti/pavia');
    await page.getByRole('link', { name: planTitle }).click();
    await page.getByRole('link', { name: /Come sta andando il piano/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Come sta andando il piano' }).waitFor();
    await checkPage(page, 'nojs-monitoring-01-periods');
    // only the closed period is published; the half year still being reported is not
    expect(await page.locator('main').innerText()).not.toContain('Primo semestre 2013');
    await page.getByRole('link', { name: /Anno 2012: dal 01\/01\/2012 al 31\/12\/2012/ }).click();
    await page.getByRole('heading', { level: 1, name: /Anno 2012/ }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/Nel 2012 il piano è .+: in media ha fatto il \d+ % del cammino previsto/);
    expect(main).toContain('Relazioni verificate: 34 su 34.');
    await page
      .getByRole('table', { name: /Risorse previste, impegnate e pagate nel 2012/ })
      .waitFor();
    await checkPage(page, 'nojs-monitoring-02-year');
    const csv = await page
      .getByRole('link', { name: 'Scarica la spesa (CSV)' })
      .getAttribute('href');
    const res = await fetch(new URL(csv ?? '', baseUrl));
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(await res.text()).toContain('Totale;');
  });

  it('shows English headings with ?lang=en, and keeps the language on its links', async () => {
    await page.goto('/?lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Social districts' }).waitFor();
    await checkPage(page, 'nojs-04-home-en');

    await page.getByRole('link', { name: districtName }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.getByRole('heading', { level: 2, name: 'Approved plans' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Municipalities of the district' }).waitFor();
    expect((await page.locator('table tfoot td').innerText()).trim()).toBe('99,958');
    await checkPage(page, 'nojs-05-district-en');

    await page.getByRole('link', { name: planTitle }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Contents of the plan' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(`Version ${version}`);
    await checkPage(page, 'nojs-06-plan-en');

    // the language switch goes back to Italian on the same page
    await page.getByRole('link', { name: 'Italiano' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('it');
    await page.getByRole('heading', { level: 2, name: 'Indice del piano' }).waitFor();
  });

  it('an unknown page answers 404 with a way home', async () => {
    const res = await page.goto('/distretti/nessuno');
    expect(res?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Pagina non trovata' }).waitFor();
    await checkPage(page, 'nojs-07-not-found');
    await page.getByRole('link', { name: 'Torna alla home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Distretti sociali' }).waitFor();
  });
});
