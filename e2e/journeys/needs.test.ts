import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateDemoPopulation, paviaDemoMunicipalities } from '@pdz/core';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');

/**
 * A file shaped like demo.istat.it's "Popolazione residente al 1° gennaio 2015": a title line,
 * `;`, ages 0–99 and "100 e più", a Totale row per municipality, a note at the end, and the
 * rows of a municipality outside the district (Milano) that the import skips.
 */
function istatFile(): { text: string; residents: number } {
  const counts = generateDemoPopulation().population.filter((c) => c.year === 2014);
  const cell = new Map(counts.map((c) => [`${c.istatCode}|${c.sex}|${String(c.age)}`, c.count]));
  const lines = [
    'Popolazione residente al 1° gennaio 2015 per età, sesso e stato civile',
    'Codice comune;Comune;Età;Totale Maschi;Totale Femmine;Totale',
  ];
  let residents = 0;
  const municipalities = [
    ...paviaDemoMunicipalities.map((m) => ({ code: m.istatCode, name: m.name })),
    { code: '015146', name: 'Milano' },
  ];
  for (const m of municipalities) {
    let tm = 0;
    let tf = 0;
    for (let age = 0; age <= 100; age++) {
      const males = cell.get(`${m.code}|M|${age}`) ?? 500;
      const females = (cell.get(`${m.code}|F|${age}`) ?? 500) + 1;
      tm += males;
      tf += females;
      const label = age === 100 ? '100 e più' : String(age);
      lines.push(`${m.code};${m.name};${label};${males};${females};${males + females}`);
    }
    lines.push(`${m.code};${m.name};Totale;${tm};${tf};${tm + tf}`);
    if (m.code !== '015146') residents += tm + tf;
  }
  lines.push('Fonte: ISTAT (dati dimostrativi generati per il test)');
  return { text: lines.join('\r\n'), residents };
}

describe('the plan office imports an ISTAT file and reads the needs analysis', () => {
  let browser: Browser;
  let office: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    office = await newPage(browser, baseUrl, { acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('uploads the file through the browser and sees the counts, the indicators and the charts', async () => {
    const file = istatFile();
    await signIn(office, 'ufficio.piano@pavia.demo');
    await office.getByRole('link', { name: 'Analisi dei bisogni' }).click();
    await office.getByRole('heading', { level: 1, name: 'Analisi dei bisogni' }).waitFor();
    await office.getByLabel('File CSV').setInputFiles({
      name: 'popolazione-2015.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file.text, 'utf8'),
    });
    await office.getByRole('button', { name: 'Importa', exact: true }).click();
    await office
      .getByRole('heading', {
        name: 'Importate 2.424 righe (2015); 102 righe di altri comuni ignorate.',
      })
      .waitFor();
    await office.getByRole('heading', { level: 2, name: 'Indicatori demografici 2015' }).waitFor();
    const table = office.getByRole('table', { name: /Indicatori demografici al 1° gennaio 2015/ });
    const districtRow = table.getByRole('row').filter({ hasText: 'Distretto' });
    const residents = new Intl.NumberFormat('it-IT', {
      useGrouping: 'always',
    } as Intl.NumberFormatOptions).format(file.residents);
    await expect.poll(() => districtRow.textContent()).toContain(residents);
    await expect.poll(() => table.getByRole('row').count()).toBe(14);

    const pyramid = office.getByRole('region', { name: 'Piramide delle età 2015' });
    await pyramid.locator('svg.recharts-surface').first().waitFor();
    await office.getByRole('region', { name: 'Andamenti 2010–2015' }).waitFor();
    await office.getByRole('region', { name: 'Confronto tra comuni 2015' }).waitFor();
    await checkPage(office, 'needs-analysis');

    // the chart's data as a table, and its download
    await pyramid.getByText('Mostra i dati in tabella').click();
    const data = pyramid.getByRole('table', {
      name: /Residenti per classe di età e sesso, Distretto, 2015/,
    });
    await data.waitFor();
    await expect.poll(() => data.getByRole('row').count()).toBe(22);
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      pyramid.getByRole('button', { name: 'Scarica i dati (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('piramide-eta-2015.csv');
    const [png] = await Promise.all([
      office.waitForEvent('download'),
      pyramid.getByRole('button', { name: 'Scarica il grafico (PNG)' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('piramide-eta-2015.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
    await checkPage(office, 'needs-analysis-tables');
  });

  it('a bad file is refused with each bad row, and the figures stay as they were', async () => {
    const bad = 'codice_istat;anno;stranieri\n018110;2015;-3\nABC;2015;10\n018110;2015;7\n';
    const table = office.getByRole('table', { name: /Indicatori demografici al 1° gennaio 2015/ });
    const before = await table.textContent();
    await office.getByLabel('Contenuto del file').selectOption('foreign');
    await office.getByLabel('File CSV').setInputFiles({
      name: 'stranieri.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad, 'utf8'),
    });
    await office.getByRole('button', { name: 'Importa', exact: true }).click();
    await office
      .getByRole('heading', { name: 'Il file non è stato importato: 2 errori' })
      .waitFor();
    const errors = office.getByRole('table', { name: /Il file non è stato importato/ });
    await expect.poll(() => errors.getByRole('row').count()).toBe(3);
    expect(await table.textContent()).toBe(before);
    await checkPage(office, 'needs-analysis-errors');
  });
});
