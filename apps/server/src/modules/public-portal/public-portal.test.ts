import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { escapeHtml, html } from './html';

let t: TestApp;
let office: Client;
let base: string;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
});
afterAll(async () => t.close());

const page = async (url: string) => {
  const res = await t.anonymous.get(url);
  return { status: res.statusCode, body: res.body, type: res.headers['content-type'] };
};

describe('public portal', () => {
  it('lists the districts in Italian, with no script on the page', async () => {
    const home = await page('/');
    expect(home.status).toBe(200);
    expect(home.type).toContain('text/html');
    expect(home.body).toContain('<html lang="it">');
    expect(home.body).toContain('Distretto sociale di Pavia');
    expect(home.body).not.toMatch(/<script/i);
  });

  it('shows the district with its 12 municipalities and the demo label, and its approved plan from the first start', async () => {
    const d = await page('/distretti/pavia');
    expect(d.body).toContain('Consorzio Sociale Pavese');
    expect(d.body).toContain('99.958');
    expect(d.body.match(/<th scope="row"/g)?.length).toBe(13); // 12 municipalities + total
    expect(d.body).toContain('Dati dimostrativi');
    expect(d.body).not.toContain('Nessun piano di questo distretto è ancora stato approvato.');
    const p = await page(`/distretti/pavia/piani/${planId}`);
    expect(p.status).toBe(200);
    expect(p.body).toContain('Deliberazione dell’Assemblea dei Sindaci n. 3 del 26/03/2012');
    expect(p.body).toContain('26/03/2012');
    // the 2013 update is a draft: the portal does not show it
    expect(p.body).not.toContain('Aggiornamento annuale 2013');
  });

  it('says no plan is published for a district whose plans are all drafts', async () => {
    await t.database.db.execute(
      sql`insert into districts (slug, name, region) values ('lomellina', 'Distretto della Lomellina', 'Lombardia')`,
    );
    const d = await page('/distretti/lomellina');
    expect(d.status).toBe(200);
    expect(d.body).toContain('Nessun piano di questo distretto è ancora stato approvato.');
  });

  it('publishes the approved version, not later drafts', async () => {
    let tree = (await office.get(base)).json();
    const ob = tree.areas[0].objectives[0];
    await office.patch(`${base}/objectives/${ob.id}`, {
      code: ob.code,
      title: 'Titolo approvato <b>',
      description: ob.description,
      areaId: ob.areaId,
      version: ob.version,
    });
    tree = (await office.get(base)).json();
    const approved = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: tree.version,
      resolution: 'Delibera n. 1 del 26/03/2012',
    });
    expect(approved.statusCode).toBe(200);
    await office.post(`${base}/transitions`, {
      transition: 'openRevision',
      version: tree.version + 1,
    });
    const again = (await office.get(base)).json().areas[0].objectives[0];
    await office.patch(`${base}/objectives/${again.id}`, {
      code: again.code,
      title: 'Bozza non pubblica',
      description: again.description,
      areaId: again.areaId,
      version: again.version,
    });

    const district = await page('/distretti/pavia');
    expect(district.body).toContain(`/distretti/pavia/piani/${planId}`);
    const p = await page(`/distretti/pavia/piani/${planId}`);
    expect(p.status).toBe(200);
    expect(p.body).toContain('Titolo approvato &lt;b&gt;');
    expect(p.body).not.toContain('Bozza non pubblica');
    expect(p.body).toContain('Versione 2');
    expect(p.body).toContain('Delibera n. 1 del 26/03/2012');
    expect(p.body).toMatch(/<code class="text-break">[0-9a-f]{64}<\/code>/);
    expect(p.body).toContain('Minori, giovani e famiglia');
  });

  it('explains itself to citizens: no raw technical terms outside the explanations', async () => {
    // the plan was approved by the test above; <details> are where the technical terms may stay
    const visible = (body: string) =>
      body
        .replace(/<head>[\s\S]*?<\/head>/, '')
        .replace(/<details[\s\S]*?<\/details>/g, '')
        .replace(/<[^>]+>/g, ' ');
    const raw = /SHA-256|\bFTE\b|\boutput\b|\boutcome\b/i;
    const it = await page(`/distretti/pavia/piani/${planId}`);
    expect(visible(it.body)).not.toMatch(raw);
    expect(it.body).toContain('Impronta digitale del documento approvato');
    expect(it.body).toMatch(/<details[^>]*>\s*<summary>Mostra l’impronta<\/summary>[\s\S]*SHA-256/);
    expect(it.body).toContain(
      'Personale dedicato</strong> (in operatori equivalenti a tempo pieno)',
    );
    expect(it.body).toContain('Assistente sociale 1,5');
    expect(it.body).toContain('<th scope="col">Tipo di indicatore</th>');
    expect(it.body).toMatch(/<td>attività<\/td>[\s\S]*<td>risultato<\/td>/);
    expect(it.body).toContain('Come leggere il piano');
    const en = await page(`/distretti/pavia/piani/${planId}?lang=en`);
    expect(visible(en.body)).not.toMatch(raw);
    expect(en.body).toContain('in full-time equivalent workers');
    expect(en.body).toMatch(/<td>activity<\/td>[\s\S]*<td>result<\/td>/);
    // the Italian text of the plan is marked as Italian on the English page
    expect(en.body).toMatch(/<h2 id="area-[^"]+"\s+lang="it">Minori, giovani e famiglia<\/h2>/);
  });

  it('puts every table in a labelled box that scrolls on its own and takes the keyboard', async () => {
    const body = (await page(`/distretti/pavia/piani/${planId}`)).body;
    const boxes = [...body.matchAll(/<div class="table-responsive[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(boxes.length).toBeGreaterThan(20);
    for (const box of boxes) {
      expect(box).toContain('role="region" tabindex="0"');
      const id = /aria-labelledby="([^"]+)"/.exec(box)?.[1];
      expect(body).toMatch(new RegExp(`<caption[^>]* id="${id}">`));
    }
    const district = (await page('/distretti/pavia')).body;
    expect(district).toMatch(/<div class="table-responsive" role="region" tabindex="0"/);
  });

  it('speaks English with ?lang=en and keeps the language in its links', async () => {
    const d = await page('/distretti/pavia?lang=en');
    expect(d.body).toContain('<html lang="en">');
    expect(d.body).toContain('Municipalities of the district');
    expect(d.body).toContain('99,958');
    expect(d.body).toContain(`/distretti/pavia/piani/${planId}?lang=en`);
  });

  it('answers unknown pages with an HTML 404', async () => {
    for (const url of ['/distretti/nowhere', '/distretti/pavia/piani/not-a-uuid', '/nothing']) {
      const res = await page(url);
      expect(res.status).toBe(404);
      expect(res.body).toContain('Pagina non trovata');
    }
  });

  it('serves the design-system stylesheet and its fonts locally', async () => {
    const css = await t.anonymous.get('/assets/bootstrap-italia/css/bootstrap-italia.min.css');
    expect(css.statusCode).toBe(200);
    const portalCss = (await t.anonymous.get('/assets/portal.css')).body;
    const font = portalCss.match(/url\('([^']+titillium[^']+\.woff2)'\)/)?.[1];
    expect(font).toBeDefined();
    expect((await t.anonymous.get(font!)).statusCode).toBe(200);
    expect(portalCss).not.toMatch(/https?:\/\//);
  });
});

describe('html template', () => {
  it('escapes interpolated text but keeps nested markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const inner = html`<em>${'<i>'}</em>`;
    expect(html`<p>${inner}${['a', '<b>']}</p>`.value).toBe('<p><em>&lt;i&gt;</em>a&lt;b&gt;</p>');
  });
});
