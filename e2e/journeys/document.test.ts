import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { openPlan, signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'pdz-e2e-document-'));

/**
 * The plan office downloads the plan document from the plan page. The server answers late (as
 * on a slow link or with a large plan): the page says what is happening and keeps the buttons
 * from being pressed twice, and the file arrives as a download.
 */
describe('the plan document from the back office', () => {
  let browser: Browser;
  let office: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    office = await newPage(browser, baseUrl);
    await office.goto('/app/login');
    await signIn(office, 'ufficio.piano@pavia.demo');
    await openPlan(office);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says it is preparing the PDF while the server works, then downloads a tagged PDF', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await office.route('**/api/districts/*/plans/*/document?*', async (route) => {
      await held;
      await route.continue();
    });
    const section = office.locator('section[aria-labelledby="plan-document"]');
    await section.getByRole('heading', { name: 'Documento del piano' }).waitFor();
    const download = office.waitForEvent('download', { timeout: 120_000 });
    await section.getByRole('button', { name: 'Scarica il PDF' }).click();
    await section.getByText(/Sto preparando il PDF/).waitFor();
    expect(await section.getByRole('button', { name: 'Scarica il PDF' }).isDisabled()).toBe(true);
    await checkPage(office, 'document-01-preparing');
    release();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^pavia-piano-di-zona-2012-2014-bozza\.pdf$/);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      execFileSync('pdfinfo', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ).toMatch(/Tagged:\s+yes/);
    await section.getByText(/PDF pronto: pavia-piano-di-zona-2012-2014-bozza\.pdf/).waitFor();
    await office.unroute('**/api/districts/*/plans/*/document?*');
  });

  it('keeps the Word file of an approved version and shows its fingerprint', async () => {
    await office
      .locator('section[aria-labelledby="versions"]')
      .getByRole('link', { name: 'Visualizza la versione 1' })
      .click();
    const section = office.locator('section[aria-labelledby="plan-document"]');
    await section.getByRole('heading', { name: 'Documento del piano' }).waitFor();
    const download = office.waitForEvent('download', { timeout: 120_000 });
    await section.getByRole('button', { name: 'Scarica il file Word (DOCX)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('pavia-piano-di-zona-2012-2014-v1.docx');
    const kept = section.getByRole('table', { name: /File conservati/ });
    await kept.getByRole('rowheader', { name: 'DOCX' }).waitFor();
    expect(await kept.locator('code').first().innerText()).toMatch(/^[0-9a-f]{64}$/);
    await checkPage(office, 'document-02-version');
  });
});
