import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, ApiProblem, demoDistrictId, logout, type ApiSession } from '../support/api';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function send<T>(session: ApiSession, method: string, path: string, body: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new ApiProblem(res.status, (JSON.parse(text) as { code?: string }).code, text);
  return JSON.parse(text) as T;
}

/** A plan of its own (a free period): one area, two objectives, an action and an allocation. */
async function createPlan(session: ApiSession, districtId: string) {
  const plans = `/api/districts/${districtId}/plans`;
  for (let attempt = 0; attempt < 20; attempt++) {
    const startYear = 2040 + Math.floor(Math.random() * 50);
    try {
      const plan = await send<{ id: string }>(session, 'POST', plans, {
        title: `Piano import e2e ${stamp}`,
        period: { startYear, endYear: startYear + 2 },
      });
      const base = `${plans}/${plan.id}`;
      const area = await send<{ id: string }>(session, 'POST', `${base}/areas`, {
        title: 'Area anziani e2e',
      });
      const objective = await send<{ id: string }>(session, 'POST', `${base}/objectives`, {
        areaId: area.id,
        code: 'OB1',
        title: 'Domiciliarità e2e',
        targetGroups: [{ userAreaCode: 'ELD', expected: 80 }],
      });
      await send(session, 'POST', `${base}/objectives`, {
        areaId: area.id,
        code: 'OB2',
        title: 'Sollievo e2e',
      });
      const action = await send<{ id: string }>(session, 'POST', `${base}/actions`, {
        objectiveId: objective.id,
        title: 'Assistenza domiciliare e2e',
      });
      await send(session, 'PUT', `${base}/budget/allocations`, {
        actionId: action.id,
        sourceCode: 'FNPS',
        year: startYear,
        amount: 150_000,
        version: null,
      });
      return { planId: plan.id, startYear };
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'DUPLICATE') continue;
      throw error;
    }
  }
  throw new Error('no free period for the import journey');
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
      name: 'Importazione completata. Righe aggiunte o modificate: 1',
    });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const objectives = office
      .getByRole('table', { name: 'Righe per foglio' })
      .getByRole('row', { name: /Obiettivi/ });
    expect(await objectives.getByRole('cell').allInnerTexts()).toEqual(['0', '1', '1']);
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
      name: 'Il file non è stato importato. Errori trovati: 2',
    });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await office.getByText(/Nessuna modifica è stata fatta al piano/).waitFor();
    const rows = office.getByRole('table', { name: 'Errori trovati nel file' }).locator('tbody tr');
    expect(await rows.nth(0).getByRole('cell').allInnerTexts()).toEqual([
      'Obiettivi',
      '2',
      'I · Destinatari',
      'Il codice «XXX» non esiste nella classificazione.',
    ]);
    expect(await rows.nth(1).getByRole('cell').allInnerTexts()).toEqual([
      'Risorse',
      '2',
      'F · Importo',
      '«mille» non è un importo in euro (es. 1.234,56).',
    ]);
    await checkPage(office, 'import-02-errors');
  });
});
