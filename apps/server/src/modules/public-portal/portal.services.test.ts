import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';

let t: TestApp;
let towns: { id: string; name: string }[];

beforeAll(async () => {
  t = await createTestApp();
  const office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  towns = (await office.get(`/api/districts/${districtId}`)).json().municipalities;
});
afterAll(async () => t.close());

const page = async (url: string) => {
  const res = await t.anonymous.get(url);
  return { status: res.statusCode, body: res.body };
};
const resultTitles = (body: string) =>
  [...body.matchAll(/<h3 class="card-title h5">\s*<a href="[^"]*"\s*>([^<]*)<\/a\s*>/g)].map(
    (m) => m[1],
  );

describe('public portal: services', () => {
  it('is linked from the district page and lists the services with a plain form, no script', async () => {
    const district = await page('/distretti/pavia');
    expect(district.body).toContain('href="/distretti/pavia/servizi"');
    const list = await page('/distretti/pavia/servizi');
    expect(list.status).toBe(200);
    expect(list.body).not.toMatch(/<script/i);
    expect(list.body).toContain('<form method="get" action="/distretti/pavia/servizi"');
    for (const id of ['q', 'area', 'comune', 'tipo'])
      expect(list.body).toContain(`<label for="${id}"`);
    expect(list.body).toMatch(/<h2 id="results">\s*4\d servizi trovati\s*<\/h2>/);
    expect(list.body).toContain('Dati dimostrativi');
    expect(list.body).not.toContain('Ludoteca Giocamondo'); // closed
  });

  it('finds services by municipality and need, with provider, address, contacts, hours and costs', async () => {
    const sommo = towns.find((m) => m.name === 'Sommo')!.id;
    const res = await page(`/distretti/pavia/servizi?comune=${sommo}&area=ELD`);
    const titles = resultTitles(res.body);
    expect(titles).toContain('Centro diurno anziani Il Glicine');
    expect(titles).toContain('RSA Santa Margherita');
    expect(titles).not.toContain('Centro diurno anziani Il Ritrovo'); // Pavia only
    expect(res.body).toContain('Temporaneamente sospeso');
    expect(res.body).toContain('Fondazione Santa Margherita (demo)');
    expect(res.body).toContain('Via Emilia 12, 27100, Pavia');
    expect(res.body).toContain('href="tel:0382381501"');
    expect(res.body).toContain('Retta giornaliera da 68 a 82 €');
    expect(res.body).toMatch(/<option value="ELD" selected>Anziani<\/option>/);
    const words = await page('/distretti/pavia/servizi?q=CITTA%CC%80%20asilo%20nido');
    expect(resultTitles(words.body)).toEqual([]);
    expect(words.body).toContain('Nessun servizio corrisponde alla ricerca');
    const nido = await page('/distretti/pavia/servizi?q=ASILO%20nido');
    expect(resultTitles(nido.body)).toEqual([
      'Asilo nido comunale Arcobaleno',
      'Asilo nido comunale Il Girasole',
    ]);
  });

  it('pages the results and shows one service, in English too; unknown or closed ones are 404', async () => {
    const p2 = await page('/distretti/pavia/servizi?pagina=2');
    expect(p2.body).toContain('Pagina 2 di 3');
    expect(p2.body).toContain('Pagina precedente');
    const en = await page('/distretti/pavia/servizi?tipo=E1&lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toMatch(/4 services found/);
    // the language switch keeps the search
    expect(en.body).toContain('href="/distretti/pavia/servizi?tipo=E1" lang="it"');
    const p2en = await page('/distretti/pavia/servizi?pagina=2');
    expect(p2en.body).toContain('href="/distretti/pavia/servizi?pagina=2&amp;lang=en"');
    const link =
      /<a href="(\/distretti\/pavia\/servizi\/[^"?]+)\?lang=en"[^>]*>Asilo nido comunale Il Girasole/.exec(
        en.body,
      )![1];
    const one = await page(`${link}?lang=en`);
    expect(one.status).toBe(200);
    expect(one.body).toContain('<h1><span lang="it">Asilo nido comunale Il Girasole</span>');
    expect(one.body).toContain('Accredited since 01/09/2010');
    expect(one.body).toContain('Nursery');
    expect((await page(`/distretti/pavia/servizi/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await page('/distretti/nessuno/servizi')).status).toBe(404);
  });
});
