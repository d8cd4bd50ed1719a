import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

// the body's contact and log retention are set; its data protection officer and its
// statement on AgID's site are not, and must show as missing, naming their setting
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    PORTAL_CONTACT_EMAIL: 'urp@consorzio.example.it',
    PORTAL_LOG_RETENTION_DAYS: '90',
  });
});
afterAll(async () => t.close());

const page = async (url: string) => {
  const res = await t.anonymous.get(url);
  return { status: res.statusCode, body: res.body };
};
const headings = (body: string, level: number) =>
  [...body.matchAll(new RegExp(`<h${level}[^>]*>([^<]*)</h${level}>`, 'g'))].map((m) =>
    m[1]!.trim(),
  );
const footerOf = (body: string) => /<footer[\s\S]*<\/footer>/.exec(body)?.[0] ?? '';

describe('public portal: legal pages', () => {
  it('publishes the accessibility statement on AgID’s model, in Italian and English', async () => {
    const a = await page('/accessibilita');
    expect(a.status).toBe(200);
    expect(headings(a.body, 1)).toEqual(['Dichiarazione di accessibilità']);
    expect(headings(a.body, 2)).toEqual([
      'Stato di conformità',
      'Contenuti non accessibili',
      'Redazione della dichiarazione di accessibilità',
      'Feedback e recapiti',
      'Procedura di attuazione',
      'Informazioni sul sito',
    ]);
    expect(a.body).toContain('parzialmente conforme');
    expect(a.body).toContain('redatta il 6 dicembre 2026');
    expect(a.body).toContain('<a href="https://form.agid.gov.it/">');
    expect(a.body).toContain('Consorzio Sociale Pavese si impegna');
    expect(a.body).toContain('<a href="mailto:urp@consorzio.example.it">');
    expect(a.body).toMatch(
      /\[da indicare a cura dell’ente con l’impostazione PORTAL_ACCESSIBILITY_URL\]/,
    );
    const en = await page('/accessibilita?lang=en');
    expect(en.status).toBe(200);
    expect(headings(en.body, 1)).toEqual(['Accessibility statement']);
    expect(headings(en.body, 2)).toContain('Enforcement procedure');
  });

  it('publishes the privacy notice: no cookies, the server log, the lead body as controller', async () => {
    const p = await page('/privacy');
    expect(p.status).toBe(200);
    expect(headings(p.body, 1)).toEqual(['Informativa privacy']);
    expect(headings(p.body, 2)).toEqual([
      'Chi tratta i dati',
      'Quali dati trattiamo',
      'Perché e su quale base',
      'Per quanto tempo',
      'Chi può vedere i dati',
      'I vostri diritti',
    ]);
    expect(p.body).toContain('Consorzio Sociale Pavese (Distretto sociale di Pavia)');
    expect(p.body).toContain('non usa cookie');
    expect(p.body).toContain('conservate per 90 giorni');
    expect(p.body).toContain('l’impostazione PORTAL_DPO_EMAIL]');
    expect(p.body).toContain('<a href="https://www.garanteprivacy.it/">');
    // what it says is true: the portal's pages set no cookie
    const res = await t.anonymous.get('/privacy');
    expect(res.headers['set-cookie']).toBeUndefined();
    const en = await page('/privacy?lang=en');
    expect(headings(en.body, 1)).toEqual(['Privacy notice']);
    expect(en.body).toContain('kept for 90 days');
  });

  it('publishes the legal notes: open data licence, EUPL-1.2, no warranty', async () => {
    const n = await page('/note-legali');
    expect(n.status).toBe(200);
    expect(headings(n.body, 1)).toEqual(['Note legali']);
    expect(headings(n.body, 2)).toEqual([
      'Contenuti e dati aperti',
      'Il testo che fa fede',
      'Il programma',
      'Nessuna garanzia',
    ]);
    expect(n.body).toContain('CC BY 4.0');
    expect(n.body).toContain('(EUPL) versione 1.2');
    expect(n.body).toContain('<a href="/api/hsds/services">');
    const en = await page('/note-legali?lang=en');
    expect(headings(en.body, 1)).toEqual(['Legal notes']);
    expect(headings(en.body, 2)).toContain('No warranty');
  });

  it('links the three pages from the footer of every portal page, in its language', async () => {
    const list = await page('/distretti/pavia/servizi');
    const service = /href="(\/distretti\/pavia\/servizi\/[0-9a-f-]{36})"/.exec(list.body)![1]!;
    const urls = [
      '/',
      '/distretti/pavia',
      '/distretti/pavia/servizi',
      service,
      '/accessibilita',
      '/privacy',
      '/note-legali',
      '/nowhere',
    ];
    for (const url of urls) {
      for (const lang of ['it', 'en'] as const) {
        const suffix = lang === 'en' ? '?lang=en' : '';
        const footer = footerOf((await page(`${url}${suffix}`)).body);
        for (const legal of ['/accessibilita', '/privacy', '/note-legali'])
          expect(footer, `${url} ${lang}`).toContain(`<a href="${legal}${suffix}">`);
        expect(footer).toContain('<a href="/api/hsds/services">');
        expect(footer).not.toContain('/api/docs');
      }
    }
    const en = footerOf((await page('/?lang=en')).body);
    expect(en).toContain('>Accessibility statement</a>');
    expect(en).toContain('>Open data on services (for developers)</a>');
  });
});
