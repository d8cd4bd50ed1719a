import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const scripts = '**/app/assets/*.js';

/**
 * The back office fetches each page's code when the page is first shown. After a new release the
 * files of the old one are gone: a page whose code cannot be fetched says so and offers to
 * reload, instead of going blank.
 */
describe('a page whose code cannot be fetched', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the pages behind the sign-in with their route', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/app/assets/') && r.url().endsWith('.js')) fetched.push(r.url());
    });
    await signIn(page, 'ufficio.piano@pavia.demo');
    const before = fetched.length;
    await page.getByRole('link', { name: 'Analisi dei bisogni' }).click();
    await page.getByRole('heading', { level: 1, name: 'Analisi dei bisogni' }).waitFor();
    expect(fetched.length, 'the needs analysis brought its own code').toBeGreaterThan(before);
  });

  it('says so and reloads, as after a new release, rather than showing a blank page', async () => {
    // the old release's files are no longer on the server
    await page.route(scripts, (route) => route.abort());
    await page.getByRole('link', { name: 'Servizi' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Questa pagina non si è caricata').waitFor();
    expect(await alert.innerText()).toContain('Ricarica la pagina per continuare');
    // the frame is still there: the menu works and says where the user is
    expect(await page.getByRole('navigation', { name: 'Menu principale' }).isVisible()).toBe(true);
    await checkPage(page, 'loading-01-failed');

    await page.unroute(scripts);
    await alert.getByRole('button', { name: 'Ricarica la pagina' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rete d’offerta: servizi' }).waitFor();
  });
});
