import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, apiWrite, demoDistrictId, logout } from '../support/api';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const name = `Centro diurno Il Pioppo e2e ${stamp}`;

interface Municipality {
  id: string;
  name: string;
}

describe('the network of services: a citizen finds a service, the plan office edits it', () => {
  let browser: Browser;
  let citizen: Page;
  let office: Page;
  let districtId: string;
  let serviceId: string;

  beforeAll(async () => {
    const session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    districtId = await demoDistrictId(baseUrl, session);
    const headers = { cookie: session.cookie };
    const district = (await (
      await fetch(`${baseUrl}/api/districts/${districtId}`, { headers })
    ).json()) as {
      municipalities: Municipality[];
    };
    const town = (n: string) => district.municipalities.find((m) => m.name === n)!.id;
    const providers = (await (
      await fetch(`${baseUrl}/api/districts/${districtId}/services/providers`, { headers })
    ).json()) as { items: { id: string; name: string }[] };
    const created = await apiWrite<{ id: string }>(
      baseUrl,
      session,
      'POST',
      `/api/districts/${districtId}/services`,
      {
        name,
        description: 'Attività e pranzo insieme per persone anziane (dati dimostrativi).',
        providerId: providers.items.find((p) => p.name === 'Comune di Sommo')!.id,
        municipalityId: town('Sommo'),
        address: 'Via Roma 9',
        postalCode: '27048',
        servedMunicipalityIds: [town('Sommo'), town('Zinasco')],
        userAreaCodes: ['ELD'],
        istatCategoryCode: 'E3',
        cisisLevelCode: 'ST',
        facilityTypeCode: 'CDA',
        capacity: 15,
        eligibility: 'Persone dai 65 anni',
        costs: 'Pranzo 4 €',
        contacts: { phone: '0382 484199', email: '', website: '' },
        openingHours: 'martedì e giovedì 14:00–18:00',
      },
    );
    serviceId = created.id;
    await logout(baseUrl, session);
    browser = await launchBrowser();
    citizen = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    office = await newPage(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a citizen, without JavaScript, goes from the district page to the services and searches by municipality and need', async () => {
    await citizen.goto('/distretti/pavia');
    await citizen.getByRole('link', { name: 'Trova un servizio nel distretto' }).click();
    await citizen
      .getByRole('heading', { level: 1, name: 'Servizi sociali del territorio' })
      .waitFor();
    await checkPage(citizen, 'services-portal-list');
    await citizen.getByLabel('Comune in cui vivi').selectOption({ label: 'Zinasco' });
    await citizen.getByLabel('Per chi (bisogno)').selectOption({ label: 'Anziani' });
    await citizen.getByRole('button', { name: 'Cerca' }).click();
    await citizen.waitForURL(/area=ELD&comune=/);
    const result = citizen
      .getByRole('listitem')
      .filter({ has: citizen.getByRole('heading', { name }) });
    await result.getByText('Comune di Sommo').first().waitFor();
    expect(await result.textContent()).toContain('martedì e giovedì 14:00–18:00');
    expect(await result.textContent()).toContain('Pranzo 4 €');
    expect(
      await citizen.getByRole('heading', { level: 2, name: /servizi trovati/ }).textContent(),
    ).toMatch(/\d+ servizi trovati/);
    await checkPage(citizen, 'services-portal-search');
    await result.getByRole('link', { name }).click();
    await citizen.getByRole('heading', { level: 1, name }).waitFor();
    expect(await citizen.getByText('Centro diurno per anziani').count()).toBe(1);
    await checkPage(citizen, 'services-portal-service');
  });

  it('the plan office finds the service in the back office and changes its opening hours', async () => {
    await signIn(office, 'ufficio.piano@pavia.demo');
    await office.goto(`/app/districts/${districtId}`);
    await office.getByRole('link', { name: 'Servizi', exact: true }).click();
    await office.getByRole('heading', { level: 1, name: 'Rete d’offerta: servizi' }).waitFor();
    await checkPage(office, 'services-backoffice-list');
    await office.getByLabel('Parole nel nome o nella descrizione').fill(`pioppo ${stamp}`);
    await office.getByRole('button', { name: 'Cerca' }).click();
    await office.getByText('1 servizio trovato').waitFor();
    await office.getByRole('link', { name }).click();
    await office.getByRole('heading', { level: 1, name }).waitFor();
    await checkPage(office, 'services-backoffice-form');
    await office.getByLabel('Orari').fill('lunedì–venerdì 9:00–17:00');
    await office.getByRole('button', { name: 'Salva' }).click();
    await office.getByText(`Servizio «${name}» salvato.`).waitFor({ state: 'attached' });

    await citizen.goto(`/distretti/pavia/servizi/${serviceId}`);
    expect(await citizen.locator('main, body').first().textContent()).toContain(
      'lunedì–venerdì 9:00–17:00',
    );
  });

  it('a mayor reads the service without a form', async () => {
    const mayor = await newPage(browser, baseUrl);
    await signIn(mayor, 'sindaco@pavia.demo');
    await mayor.goto(`/app/districts/${districtId}/services/${serviceId}`);
    await mayor.getByText(/Solo l’Ufficio di Piano/).waitFor();
    expect(await mayor.getByRole('button', { name: 'Salva' }).count()).toBe(0);
    await checkPage(mayor, 'services-backoffice-readonly');
  });
});
