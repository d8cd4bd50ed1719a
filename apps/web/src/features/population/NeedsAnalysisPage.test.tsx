import { afterEach, describe, expect, test, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { populationContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids } from '../../testing/fixtures';
import { populationIndicators, pyramid, socialWorkers } from './fixtures';

const path = `/districts/${ids.district}/needs`;

function server(role: 'planOffice' | 'mayor' = 'planOffice') {
  return signedInServer(role)
    .on(populationContracts.indicators, populationIndicators())
    .on(populationContracts.pyramid, pyramid)
    .on(populationContracts.listImports, { items: [] })
    .on(populationContracts.socialWorkers, socialWorkers);
}

/** A stand-in for XMLHttpRequest: the test drives the upload progress and the answer. */
class FakeXhr {
  static last: FakeXhr | null = null;
  headers: Record<string, string> = {};
  url = '';
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress?: (e: ProgressEvent) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  withCredentials = false;
  constructor() {
    FakeXhr.last = this;
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = null;
});

async function openPage() {
  renderApp(path);
  await screen.findByRole('heading', { level: 2, name: 'Indicatori demografici 2014' });
}

describe('needs analysis page', () => {
  test('shows the key indicators of the district and of each municipality', async () => {
    server('mayor');
    await openPage();
    const table = screen.getByRole('table', { name: /Indicatori demografici al 1° gennaio 2014/ });
    const district = within(table).getByRole('row', { name: /^Distretto/ });
    // 101.163 residents in 2014, +404 on 2013; old-age index 194,4
    expect(district.textContent).toContain('101.163');
    expect(district.textContent).toContain('+404 (+0,4%)');
    expect(district.textContent).toContain('194,4');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + 12);
    expect(within(table).getByRole('row', { name: /^Pavia/ }).textContent).toContain('68.690');
    expect(screen.getByText(/Dati dimostrativi: solo i totali del censimento 2011/)).toBeTruthy();
    // a mayor reads only
    expect(screen.queryByLabelText('File CSV')).toBeNull();
  });

  test('each chart has its data as a table behind a visible toggle, and downloads', async () => {
    server();
    await openPage();
    const pyramidSection = screen.getByRole('region', { name: 'Piramide delle età 2014' });
    const toggle = within(pyramidSection).getByText('Mostra i dati in tabella');
    await userEvent.click(toggle);
    const table = within(pyramidSection).getByRole('table', {
      name: 'Residenti per classe di età e sesso, Distretto, 2014',
    });
    expect(within(table).getByRole('row', { name: /^0-4/ }).textContent).toContain('1.100');
    expect(within(pyramidSection).getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    expect(
      within(pyramidSection).getByRole('button', { name: 'Scarica i dati (CSV)' }),
    ).toBeTruthy();
    expect(
      within(pyramidSection).getByRole('button', { name: 'Scarica il grafico (SVG)' }),
    ).toBeTruthy();
    const trends = screen.getByRole('region', { name: 'Andamenti 2010–2014' });
    expect(within(trends).getAllByRole('row', { hidden: true })).toHaveLength(1 + 5);
    expect(screen.getByRole('region', { name: 'Confronto tra comuni 2014' })).toBeTruthy();
  });

  test('LEPS: the ratio in words against the thresholds', async () => {
    server();
    await openPage();
    const leps = screen.getByRole('region', { name: 'Assistenti sociali (LEPS)' });
    expect(leps.textContent).toContain('1 ogni 5.058 abitanti');
    expect(leps.textContent).toContain('1:6.500 raggiunta');
    expect(leps.textContent).toContain('1:5.000 non raggiunta: mancano 0,2');
  });

  test('LEPS form: FTE beyond the limit the server keeps are refused before sending; a year within it is saved', async () => {
    const s = server().on(populationContracts.putSocialWorkers, socialWorkers);
    await openPage();
    const form = within(screen.getByRole('form', { name: 'Inserisci o correggi un anno' }));
    const year = form.getByLabelText('Anno');
    await userEvent.clear(year);
    await userEvent.type(year, '2015');
    await userEvent.type(form.getByLabelText('Unità a tempo indeterminato (FTE)'), '10001');
    await userEvent.click(form.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText(/Alcuni dati non sono validi/)).toBeTruthy();
    expect(s.requestsTo(populationContracts.putSocialWorkers)).toHaveLength(0);

    const permanent = form.getByLabelText('Unità a tempo indeterminato (FTE)');
    await userEvent.clear(permanent);
    await userEvent.type(permanent, '18,5');
    await userEvent.click(form.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(s.requestsTo(populationContracts.putSocialWorkers)).toHaveLength(1));
    expect(s.requestsTo(populationContracts.putSocialWorkers)[0]!.body).toEqual({
      year: 2015,
      permanentFte: 18.5,
      otherFte: 0,
      version: 0,
    });
  });

  test('the import shows the upload progress, sends the CSRF header, and lists every bad row', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    server();
    await openPage();
    const file = new File(['codice_istat;anno;stranieri\n'], 'stranieri.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('File CSV'), file);
    await userEvent.selectOptions(screen.getByLabelText('Contenuto del file'), 'foreign');
    await userEvent.click(screen.getByRole('button', { name: 'Importa' }));
    const xhr = FakeXhr.last!;
    expect(xhr.url).toContain('kind=foreign');
    expect(xhr.url).toContain('fileName=stranieri.csv');
    expect(xhr.headers['x-csrf-token']).toBeTruthy();
    expect(xhr.body).toBe(file);
    xhr.progress(50, 100);
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('50');
    expect(screen.getByText('Caricamento del file')).toBeTruthy();
    xhr.respond(400, {
      code: 'VALIDATION_FAILED',
      detail: '2 errors in the file',
      problems: [
        {
          row: 2,
          column: 'stranieri',
          code: 'INVALID_COUNT',
          message: '«-3» non è un numero intero non negativo.',
        },
        {
          row: 3,
          column: 'codice_istat',
          code: 'INVALID_CODE',
          message: '«XYZ» non è un codice ISTAT.',
        },
      ],
    });
    const heading = await screen.findByRole('heading', {
      name: 'Il file non è stato importato: 2 errori',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const rows = screen
      .getAllByRole('row')
      .filter(
        (r) => r.textContent?.includes('codice_istat') || r.textContent?.includes('stranieri'),
      );
    expect(rows.map((r) => r.textContent)).toEqual([
      '2stranieri«-3» non è un numero intero non negativo.',
      '3codice_istat«XYZ» non è un codice ISTAT.',
    ]);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('a file imported: the counts, and the indicators read again', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const s = server();
    await openPage();
    const before = s.requestsTo(populationContracts.indicators).length;
    await userEvent.upload(screen.getByLabelText('File CSV'), new File(['x'], 'pop.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Importa' }));
    FakeXhr.last!.respond(201, {
      id: '00000000-0000-4000-8000-000000000999',
      kind: 'population',
      fileName: 'pop.csv',
      years: [2015],
      rows: 24240,
      skippedRows: 1580000,
      importedAt: '2026-01-01T10:00:00.000Z',
      importedBy: 'Giulia Bianchi',
    });
    expect(
      await screen.findByText(
        'Importate 24.240 righe (2015); 1.580.000 righe di altri comuni ignorate.',
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect(s.requestsTo(populationContracts.indicators).length).toBeGreaterThan(before),
    );
  });
});
