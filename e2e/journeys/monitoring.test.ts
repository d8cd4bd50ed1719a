import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ApiProblem,
  apiLogin,
  apiRead,
  apiWrite,
  demoDistrictId,
  demoPlan,
  type ApiSession,
} from '../support/api';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { openPlan, signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');

interface Subject {
  kind: 'action' | 'objective';
  id: string;
  code: string;
  title: string;
  lead: { name: string } | null;
  report: { version: number } | null;
}

/**
 * A mayor reports for the actions the municipality leads: from the plan to its monitoring, the
 * period, the report of an action; saves a draft and hands it to the plan office, which sends it
 * back with a note the mayor then reads at the top of the report.
 */
describe('monitoring: a lead reports, the plan office sends it back', () => {
  let browser: Browser;
  let mayor: Page;
  let office: ApiSession;
  let periods: string;
  let periodId: string;
  let subject: Subject;

  beforeAll(async () => {
    office = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    const districtId = await demoDistrictId(baseUrl, office);
    const plan = await demoPlan(baseUrl, office, districtId);
    periods = `/api/districts/${districtId}/plans/${plan.id}/monitoring/periods`;
    // the second half of 2013, opened once for this journey (a rerun finds it open)
    const label = 'Secondo semestre 2013';
    try {
      await apiWrite(baseUrl, office, 'POST', periods, {
        label,
        startsOn: '2013-07-01',
        endsOn: '2013-12-31',
        dueOn: '2014-01-31',
      });
    } catch (error) {
      if (!(error instanceof ApiProblem && error.status === 400)) throw error;
    }
    const list = await apiRead<{ items: { id: string; label: string }[] }>(
      baseUrl,
      office,
      periods,
    );
    periodId = list.items.find((p) => p.label === label)!.id;
    const detail = await apiRead<{ subjects: Subject[] }>(
      baseUrl,
      office,
      `${periods}/${periodId}`,
    );
    subject = detail.subjects.find(
      (s) => s.kind === 'action' && s.lead?.name === 'Comune di Pavia' && s.report === null,
    )!;
    expect(subject).toBeTruthy();

    browser = await launchBrowser();
    mayor = await newPage(browser, baseUrl);
    await signIn(mayor, 'sindaco@pavia.demo');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the period from the plan, and the actions the municipality leads in it', async () => {
    await openPlan(mayor);
    await mayor.getByRole('link', { name: 'Monitoraggio', exact: true }).click();
    await mayor.getByRole('link', { name: 'Secondo semestre 2013' }).click();
    await mayor.getByRole('heading', { name: 'Periodo «Secondo semestre 2013»' }).waitFor();
    await mayor.getByRole('link', { name: subject.title }).waitFor();
    await checkPage(mayor, 'monitoring-01-period');
  });

  it('saves a draft, hands it in, and reads the note the plan office sends back', async () => {
    await mayor.getByRole('link', { name: subject.title }).click();
    await mayor.getByLabel('Percentuale di avanzamento').fill('50');
    await mayor.getByLabel('Che cosa è stato fatto').fill('Aperti due nuovi sportelli.');
    await mayor.getByRole('button', { name: 'Salva bozza' }).click();
    await mayor.locator('#main').getByText('Bozza salvata.').waitFor();
    await mayor.getByRole('button', { name: 'Invia all’Ufficio di Piano' }).click();
    await mayor.locator('#main').getByText('Relazione inviata all’Ufficio di Piano.').waitFor();
    await checkPage(mayor, 'monitoring-02-submitted');

    const report = `${periods}/${periodId}/reports/action/${subject.id}`;
    const view = await apiRead<{ report: { version: number; status: string } }>(
      baseUrl,
      office,
      report,
    );
    expect(view.report.status).toBe('submitted');
    await apiWrite(baseUrl, office, 'POST', `${report}/return`, {
      version: view.report.version,
      note: 'Indicare anche le persone raggiunte.',
    });
    await mayor.reload();
    await mayor.getByText('L’Ufficio di Piano ha rinviato la relazione con questa nota:').waitFor();
    await mayor.getByText('Indicare anche le persone raggiunte.').waitFor();
    expect(await mayor.getByLabel('Percentuale di avanzamento').inputValue()).toBe('50');
    await checkPage(mayor, 'monitoring-03-returned');
  });
});
