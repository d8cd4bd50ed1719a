import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  apiLogin,
  apiWrite,
  createScratchPlan,
  demoDistrictId,
  logout,
  type ApiSession,
} from '../support/api';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A plan of its own: one area, two objectives, an action and an allocation. */
async function createPlan(session: ApiSession, districtId: string) {
  const plan = await createScratchPlan(baseUrl, session, districtId, `Piano import e2e ${stamp}`, {
    targetGroups: [{ userAreaCode: 'ELD', expected: 80 }],
  });
  await apiWrite(baseUrl, session, 'POST', `${plan.base}/objectives`, {
    areaId: plan.areaId,
    code: 'OB2',
    title: 'Sollievo e2e',
  });
  await apiWrite(baseUrl, session, 'PUT', `${plan.base}/budget/allocations`, {
    actionId: plan.actionId,
    sourceCode: 'FNPS',
    year: plan.startYear,
    amount: 150_000,
    version: null,
  });
  return plan;
}

describe('the plan office edits the plan in a spreadsheet and imports it back', () => {
  let browser: Browser;
  let office: Page;
  let districtId: string;
  let planId: string;
  let startYear: number;
  let workbook: Buffer;

  beforeAll(async () => {
    const session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    districtId = await demoDistrictId(baseUrl, session);
    ({ planId, startYear } = await createPlan(session, districtId));
    await logout(baseUrl, session);
    browser = await launchBrowser();
    office = await newPage(browser, baseUrl, { acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('downloads the workbook of the plan from the import / export tab', async () => {
    await signIn(office, 'ufficio.piano@pavia.demo');
    await office.goto(`/app/districts/${districtId}/plans/${planId}`);
    await office.getByRole('link', { name: 'Importa / esporta' }).click();
    await office.getByRole('heading', { level: 2, name: 'Foglio di calcolo' }).waitFor();
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      office.getByRole('link', { name: /Scarica la cartella di lavoro/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`piano-${startYear}-${startYear + 2}.xlsx`);
    workbook = readFileSync(await download.path());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbook as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Risorse')!.getCell('F2').value).toBe(1500);
  });

  it('uploads the workbook with one title changed and sees the counts', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbook as unknown as ArrayBuffer);
    wb.getWorksheet('Obiettivi')!.getCell('C3').value = 'Sollievo alle famiglie e2e';
    await office.getByLabel('File da importare').setInputFiles({
      name: 'piano-modificato.xlsx',
      mimeType: xlsxType,
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await office.getByRole('button', { name: 'Importa', exact: true }).click();
    const heading = office.getByRole('heading', {
      name: 'Importazione completata: 1 riga aggiunta o modificata.',
    });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const objectives = office
      .getByRole('table', { name: 'Righe per foglio' })
      .getByRole('row', { name: /Obiettivi/ });
    await expect.poll(() => objectives.getByRole('cell').allInnerTexts()).toEqual(['0', '1', '1']);
    await checkPage(office, 'import-01-done');
  });

  it('uploads a broken workbook and sees every error, with nothing changed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbook as unknown as ArrayBuffer);
    wb.getWorksheet('Obiettivi')!.getCell('I2').value = 'XXX:10';
    wb.getWorksheet('Risorse')!.getCell('F2').value = 'mille';
    await office.getByLabel('File da importare').setInputFiles({
      name: 'piano-errato.xlsx',
      mimeType: xlsxType,
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await office.getByRole('button', { name: 'Importa', exact: true }).click();
    const heading = office.getByRole('heading', {
      name: 'Il file non è stato importato: sono stati trovati 2 errori.',
    });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await office.getByText(/Nessuna modifica è stata fatta al piano/).waitFor();
    const rows = office.getByRole('table', { name: 'Errori trovati nel file' }).locator('tbody tr');
    await expect
      .poll(() => rows.nth(0).getByRole('cell').allInnerTexts())
      .toEqual([
        'Obiettivi',
        '2',
        'I · Destinatari',
        'Il codice «XXX» non esiste nella classificazione.',
      ]);
    await expect
      .poll(() => rows.nth(1).getByRole('cell').allInnerTexts())
      .toEqual(['Risorse', '2', 'F · Importo', '«mille» non è un importo in euro (es. 1.234,56).']);
    await checkPage(office, 'import-02-errors');
  });
});
