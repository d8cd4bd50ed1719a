import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planContracts, serviceContracts, type Role, type Service } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { district, ids } from '../../testing/fixtures';
import { json, problem } from '../../testing/server';

const pavia = district.municipalities[0]!;
const sommo = district.municipalities.find((m) => m.name === 'Sommo')!;
const provider = {
  id: '00000000-0000-4000-8000-000000000501',
  name: 'Cooperativa sociale Aurora (demo)',
  kind: 'thirdSector' as const,
  taxCode: null,
  registryNumber: 'RUNTS 1',
};
const service: Service = {
  id: '00000000-0000-4000-8000-000000000601',
  districtId: ids.district,
  name: 'Centro diurno Il Ritrovo',
  description: 'Attività per anziani',
  provider,
  municipalityId: pavia.id,
  address: 'Piazza Petrarca 4',
  postalCode: '27100',
  servedMunicipalityIds: [pavia.id],
  userAreaCodes: ['ELD'],
  istatCategoryCode: 'E4',
  cisisLevelCode: 'ST',
  facilityTypeCode: 'CDA',
  capacity: 40,
  authorization: 'none',
  authorizationDate: null,
  eligibility: 'Dai 65 anni',
  costs: 'Gratuito',
  contacts: { phone: '0382 1', email: '', website: '' },
  openingHours: 'lun–sab 14–18',
  status: 'active',
  isDemo: true,
  version: 4,
  updatedAt: '2014-01-01T10:00:00.000Z',
};
const schemes: Record<string, [string, string][]> = {
  istatUserArea: [
    ['FAM', 'Famiglia e minori'],
    ['ELD', 'Anziani'],
  ],
  istatServiceCategory: [['E4', 'Centri di aggregazione e centri sociali']],
  cisisMacroLevel: [['ST', 'Strutture']],
  lombardyFacilityType: [['CDA', 'Centro diurno per anziani']],
};

function server(role: Role) {
  return signedInServer(role)
    .on(planContracts.classification, (req) =>
      json({
        items: (schemes[req.params.scheme!] ?? []).map(([code, label], position) => ({
          scheme: req.params.scheme,
          code,
          labelIt: label,
          labelEn: label,
          position,
        })),
      }),
    )
    .on(serviceContracts.list, (req) =>
      json({
        items: req.query.get('q') === 'nulla' ? [] : [service],
        total: req.query.get('q') === 'nulla' ? 0 : 1,
        page: 1,
        perPage: 25,
      }),
    )
    .on(serviceContracts.get, service)
    .on(serviceContracts.providers, { items: [provider] });
}
const base = `/districts/${ids.district}/services`;

describe('services back office', { timeout: 20_000 }, () => {
  test('filters are sent on submit and the count is announced', async () => {
    const fake = server('mayor');
    renderApp(base);
    const table = await screen.findByRole('table', { name: /Servizi trovati/ });
    expect(within(table).getByRole('link', { name: 'Centro diurno Il Ritrovo' })).toBeTruthy();
    expect(within(table).getByText('Anziani')).toBeTruthy();
    expect(screen.getByText('1 servizio trovato').getAttribute('role')).toBe('status');
    expect(screen.queryByRole('link', { name: 'Aggiungi un servizio' })).toBeNull();
    expect(screen.queryByLabelText(/File da importare/)).toBeNull();

    await userEvent.type(screen.getByLabelText('Parole nel nome o nella descrizione'), 'nulla');
    await userEvent.selectOptions(screen.getByLabelText('Area di utenza'), 'ELD');
    await userEvent.selectOptions(screen.getByLabelText('Comune (sede o servito)'), sommo.id);
    await userEvent.click(screen.getByRole('button', { name: 'Cerca' }));
    await screen.findByText('Nessun servizio corrisponde ai filtri.');
    expect(screen.getByText('0 servizi trovati').getAttribute('role')).toBe('status');
    const last = fake.requestsTo(serviceContracts.list).at(-1)!;
    expect(Object.fromEntries(last.query)).toMatchObject({
      q: 'nulla',
      userArea: 'ELD',
      municipalityId: sommo.id,
    });
  });

  test('the plan office edits a service: server field errors show on the field, a conflict shows what is saved now', async () => {
    const fake = server('planOffice');
    let attempt = 0;
    fake.on(serviceContracts.update, (req) => {
      attempt++;
      if (attempt === 1)
        return problem('VALIDATION_FAILED', {
          issues: [{ field: 'body.contacts.email', message: 'not an e-mail address' }],
        });
      if (attempt === 2)
        return problem('VERSION_CONFLICT', {
          current: { ...service, openingHours: 'chiuso', version: 5 },
        });
      return json({ ...service, ...(req.body as object), version: 6 });
    });
    renderApp(`${base}/${service.id}`);
    const places = await screen.findByLabelText(/^Posti/);
    await userEvent.clear(places);
    await userEvent.type(places, '42');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const email = screen.getByLabelText('Indirizzo e-mail');
    expect(
      await screen.findByText(
        'Il campo «Indirizzo e-mail» deve contenere un indirizzo e-mail valido, ad esempio nome@comune.it.',
      ),
    ).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');

    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('chiuso')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Mantieni/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await screen.findByText('Servizio «Centro diurno Il Ritrovo» salvato.');
    const bodies = fake
      .requestsTo(serviceContracts.update)
      .map((r) => r.body as { version: number; capacity: number });
    expect(bodies[2]).toMatchObject({ version: 5, capacity: 42 });
  });

  test('each server message shows under the field it names, with the limit it broke', async () => {
    const fake = server('planOffice');
    fake.on(serviceContracts.update, () =>
      problem('VALIDATION_FAILED', {
        issues: [
          {
            field: 'body.servedMunicipalityIds.1',
            message: 'Invalid UUID',
            code: 'invalid_format',
            format: 'uuid',
          },
          {
            field: 'body.contacts.website',
            message: 'an address starting with https://',
            code: 'custom',
          },
          {
            field: 'body.openingHours',
            message: 'Too big',
            code: 'too_big',
            origin: 'string',
            maximum: 1000,
            actual: 1245,
          },
        ],
      }),
    );
    renderApp(`${base}/${service.id}`);
    await screen.findByLabelText(/^Posti/);
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));

    const served = screen.getByRole('group', { name: 'Comuni serviti' });
    expect(
      await within(served).findByText('Scegli un valore dall’elenco del campo «Comuni serviti».'),
    ).toBeTruthy();
    const website = screen.getByLabelText(/^Sito web/);
    expect(website.getAttribute('aria-invalid')).toBe('true');
    const websiteError = document.getElementById(
      (website.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .find((id) => id.endsWith('-error'))!,
    );
    expect(websiteError?.textContent).toBe(
      'Il campo «Sito web» deve contenere un indirizzo web completo, che inizi con https://, ad esempio https://www.comune.pavia.it.',
    );
    expect(screen.getByLabelText('Indirizzo e-mail').getAttribute('aria-invalid')).toBeNull();
    expect(
      screen.getByText(
        'Il campo «Orari» può contenere al massimo 1.000 caratteri: ne contiene 1.245. Accorcia il testo.',
      ),
    ).toBeTruthy();
  });

  test('filters and empty choices agree with their noun', async () => {
    server('planOffice');
    renderApp(base);
    await screen.findByRole('table', { name: /Servizi trovati/ });
    const selected = (label: string) =>
      (screen.getByLabelText(label) as HTMLSelectElement).selectedOptions[0]?.textContent;
    expect(selected('Area di utenza')).toBe('Tutte');
    expect(selected('Categoria ISTAT')).toBe('Tutte');
    expect(selected('Unità d’offerta')).toBe('Tutte');
    expect(selected('Comune (sede o servito)')).toBe('Tutti');
    expect(selected('Ente gestore')).toBe('Tutti');
  });

  test('a new service needs a name and a provider before anything is sent', async () => {
    const fake = server('planOffice');
    renderApp(`${base}/new`);
    await screen.findByRole('heading', { name: 'Nuovo servizio' });
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(screen.getByLabelText(/^Nome/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^Ente gestore/).getAttribute('aria-invalid')).toBe('true');
    expect(fake.requestsTo(serviceContracts.create)).toHaveLength(0);
  });

  test('the form keeps each text within the limit the server keeps', async () => {
    server('planOffice');
    renderApp(`${base}/new`);
    await screen.findByRole('heading', { name: 'Nuovo servizio' });
    const name = screen.getByLabelText(/^Nome/) as HTMLInputElement;
    expect(name.maxLength).toBe(200);
    await userEvent.click(name);
    await userEvent.paste('N'.repeat(250));
    expect(name.value).toHaveLength(200);
  });

  test('a file over 5 MB is not sent, and the user is told the limit', async () => {
    const fake = server('planOffice');
    renderApp(base);
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'servizi.xlsx');
    await userEvent.upload(await screen.findByLabelText('File da importare (XLSX o CSV)'), big);
    await userEvent.click(screen.getByRole('button', { name: 'Importa' }));
    expect(
      await screen.findByText('Il file supera i 5 MB: non può essere importato.'),
    ).toBeTruthy();
    expect(fake.requestsTo(serviceContracts.import)).toHaveLength(0);
  });

  test('other roles read the service without a form', async () => {
    server('partner');
    renderApp(`${base}/${service.id}`);
    expect(await screen.findByText(/Solo l’Ufficio di Piano/)).toBeTruthy();
    expect(screen.getByText('Cooperativa sociale Aurora (demo)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Salva' })).toBeNull();
  });
});
