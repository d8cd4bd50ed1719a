import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkPage, launchBrowser, newPage } from './support/browser';
import { fillLoginForm, openPlan, signIn } from './support/backoffice';

const baseUrl = inject('baseUrl');

// Any control that changes the plan, whatever its phase.
const writeControls =
  /Modifica|Aggiungi|Elimina|Sposta|Approva|Apri un aggiornamento|Passa alla fase|Registra|Metti in vigore|Avvia|Concludi|Nuovo piano|Crea il piano|Salva/;

describe('read-only roles', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const account of [
    { email: 'terzo.settore@pavia.demo', role: 'Terzo settore', name: 'partner' },
    { email: 'sindaco@pavia.demo', role: 'Sindaco', name: 'mayor' },
  ]) {
    it(`the ${account.name} reads the plan but has no controls to change it`, async () => {
      const page = await newPage(browser, baseUrl);
      try {
        await signIn(page, account.email);
        await expect.poll(() => page.locator('header').innerText()).toContain(account.role);
        expect(await page.getByRole('button', { name: writeControls }).count()).toBe(0);
        await checkPage(page, `readonly-${account.name}-district`);

        await openPlan(page);
        await expect.poll(() => page.locator('li.pdz-objective').count()).toBe(8);
        for (const code of ['OB1', 'OB8']) {
          // in the plan's content (the navigator beside it lists the codes too)
          const content = page.locator('section[aria-labelledby="plan-content"]');
          await expect.poll(() => content.locator('.pdz-code', { hasText: code }).count()).toBe(1);
        }
        expect(await page.getByRole('button', { name: writeControls }).count()).toBe(0);
        // no audit log either: that is for the plan office and the administrator
        expect(await page.getByRole('link', { name: 'Registro attività' }).count()).toBe(0);
        await checkPage(page, `readonly-${account.name}-plan`);
      } finally {
        await page.context().close();
      }
    });
  }

  it('a wrong password shows the Italian error message', async () => {
    const page = await newPage(browser, baseUrl);
    try {
      await fillLoginForm(page, 'ats@pavia.demo', 'password-sbagliata');
      const alert = page.getByRole('alert').filter({ hasText: 'E-mail o password errate.' });
      await alert.waitFor();
      expect(page.url()).toContain('/app/login');
      await checkPage(page, 'readonly-login-wrong-password');
    } finally {
      await page.context().close();
    }
  });
});
