import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../plan/plan-version';
import { computeDemographicIndicators } from '../population/indicators';
import { documentOutline, inlineText, type Block } from './document';
import { markdownBlocks } from './markdown-blocks';
import { comparePlanVersions } from '../monitoring/compare';
import { planDocument, type PlanDocumentInput } from './plan-document';

const snapshot: PlanSnapshot = {
  format: 'pdz.plan-snapshot/2',
  district: { id: 'd1', slug: 'pavia', name: 'Ambito di Pavia' },
  plan: { id: 'p1', title: 'Piano di Zona 2012–2014', period: { startYear: 2012, endYear: 2014 } },
  areas: [
    {
      id: 'a1',
      classificationCode: 'ANZ',
      title: 'Anziani',
      description: 'Persone **anziane** sole.',
      objectives: [
        {
          id: 'o1',
          code: 'A.1',
          title: 'Domiciliarità',
          description: '',
          kind: 'strategic',
          status: 'inProgress',
          targetGroups: [{ userAreaCode: 'ANZ', expected: 1200 }],
          coProgramming: true,
          coDesign: false,
          staff: [{ profileCode: 'AS', fte: 1.5 }],
          actions: [
            {
              id: 'x1',
              title: 'SAD',
              description: 'Assistenza a casa',
              lead: { id: 'org1', name: 'Consorzio' },
              partners: [{ id: 'org2', name: 'Coop. Aurora', role: 'gestore' }],
              startDate: '2012-01-01',
              endDate: '2014-12-31',
              indicators: [
                {
                  id: 'i1',
                  code: 'I1',
                  name: 'Utenti',
                  kind: 'output',
                  unit: 'persone',
                  dataSource: '',
                  frequency: 'annual',
                  reportedBy: '',
                  direction: 'increase',
                  baselineValue: 100,
                  baselineYear: 2011,
                  targets: [{ year: 2012, value: 110.5 }],
                  partialPercent: 50,
                  achievedPercent: 90,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  budget: {
    availability: [{ sourceCode: 'FNPS', year: 2012, amount: 10_000_000, carryOver: 0 }],
    allocations: [
      { actionId: 'x1', sourceCode: 'FNPS', year: 2012, amount: 123_456_789 },
      { actionId: 'x1', sourceCode: 'FNPS', year: 2013, amount: 100 },
    ],
    municipalShare: null,
  },
  chapters: [
    {
      id: 'c3',
      kind: 'resources',
      title: 'Quadro delle risorse',
      body: '{{tabella:budgetBySource}}',
    },
    {
      id: 'c1',
      kind: 'normativeFramework',
      title: 'Premessa',
      body: '# Norme\n\nTesto con [link](https://example.org) e [js](javascript:alert(1)).',
    },
    { id: 'c2', kind: 'contextAndNeeds', title: 'Il contesto', body: '- uno\n  - due\n\n1. primo' },
  ],
};

const year = (y: number, scale: number) =>
  computeDemographicIndicators({
    year: y,
    counts: [
      { istatCode: '018110', year: y, sex: 'M', age: 30, count: 100 * scale },
      { istatCode: '018110', year: y, sex: 'F', age: 70, count: 120 * scale },
    ],
    foreignResidents: 10 * scale,
    households: 90 * scale,
    householdMembers: null,
  });

function input(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    snapshot,
    state: { kind: 'draft', madeAt: '2026-12-06T09:30:00Z' },
    territory: {
      municipalities: ['Pavia', 'Certosa di Pavia'],
      leadBody: 'Comune di Pavia',
      population: 100_000,
      demography: { years: [year(2011, 1), year(2012, 2)], municipalities: [] },
    },
    labels: { fundingSource: { FNPS: 'Fondo nazionale politiche sociali' } },
    ...overrides,
  };
}

const text = (blocks: Block[]): string =>
  blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return b.text;
        case 'paragraph':
          return inlineText(b.content);
        case 'table':
          return [b.table.caption, ...b.table.rows.flat(), ...(b.table.totals ?? [])].join(' ');
        case 'fields':
          return b.rows.map((r) => `${r.label} ${r.value}`).join(' ');
        case 'chart':
          return `${b.title} ${b.table.rows.flat().join(' ')}`;
        case 'list':
          return b.items.map(text).join(' ');
        default:
          return '';
      }
    })
    .join('\n');

describe('the plan document model', () => {
  it('follows the order of a real plan: premessa, context and needs, areas, resources', () => {
    const outline = documentOutline(planDocument(input())).map((h) => h.text);
    expect(outline).toEqual([
      'Premessa',
      'Norme',
      'Il contesto',
      'Analisi demografica del territorio',
      'Area di intervento: Anziani',
      'Scheda obiettivo A.1 – Domiciliarità',
      'Quadro delle risorse',
      'Le risorse in tabelle',
    ]);
  });

  it('puts every field, action, indicator and euro of an objective in its sheet', () => {
    const all = text(planDocument(input()).body);
    expect(all).toContain('Consorzio');
    expect(all).toContain('Coop. Aurora (gestore)');
    expect(all).toContain('01/01/2012 – 31/12/2014');
    expect(all).toContain('110,5');
    expect(all).toContain('1.234.567,89 €');
    expect(all).toContain('1.234.568,89 €'); // the objective's total over the two years
    expect(all).toContain('Fondo nazionale politiche sociali');
    expect(all).toContain('ANZ (1.200 persone)');
    expect(all).toContain('Strategico');
  });

  it('ends an update’s document with what changed since the version before', () => {
    const comparison = comparePlanVersions(snapshot, {
      ...snapshot,
      areas: snapshot.areas.map((a) => ({ ...a, title: `${a.title} e fragilità` })),
    });
    const doc = planDocument(input({ changes: { from: 1, comparison } }));
    const outline = documentOutline(doc).map((h) => h.text);
    expect(outline.at(-1)).toBe('Modifiche rispetto alla versione 1');
    const all = text(doc.body);
    expect(all).toContain('Area Modificato Anziani e fragilità titolo');
    const same = planDocument(
      input({ changes: { from: 2, comparison: comparePlanVersions(snapshot, snapshot) } }),
    );
    expect(text(same.body)).toContain('Nessuna differenza rispetto alla versione 2.');
    expect(documentOutline(planDocument(input())).map((h) => h.text)).not.toContain(
      'Modifiche rispetto alla versione 1',
    );
  });

  it('names the district in the file’s subject as the district names itself, whatever its name', () => {
    const named = (name: string) => {
      const base = input();
      return planDocument({
        ...base,
        snapshot: { ...base.snapshot, district: { ...base.snapshot.district, name } },
      });
    };
    expect(named('Distretto di Pavia').subject).toBe(
      'Piano di Zona 2012–2014 – Distretto di Pavia',
    );
    expect(named('Ambito di Pavia').subject).toBe('Piano di Zona 2012–2014 – Ambito di Pavia');
  });

  it('marks a draft with BOZZA and the moment it was made, in Italian time', () => {
    const doc = planDocument(input());
    expect(doc.draft).toBe(true);
    expect(doc.footer).toBe('BOZZA · Bozza generata il 06/12/2026 alle 10:30');
    expect(doc.createdAt).toBe('2026-12-06T09:30:00.000Z');
  });

  it('puts the approval and the fingerprint on an approved version, dated on its decision', () => {
    const sha = 'a'.repeat(64);
    const doc = planDocument(
      input({
        state: {
          kind: 'approved',
          number: 2,
          sha256: sha,
          decisionDate: '2012-03-26',
          resolution: 'n. 3/2012',
        },
      }),
    );
    expect(doc.draft).toBe(false);
    expect(doc.footer).toContain(sha);
    expect(doc.cover.status).toBe(
      'Approvato dall’Assemblea dei Sindaci il 26/03/2012 · Deliberazione: n. 3/2012',
    );
    expect(doc.createdAt).toBe('2012-03-26T00:00:00.000Z');
    expect(
      planDocument(
        input({
          state: doc.draft
            ? input().state
            : {
                kind: 'approved',
                number: 2,
                sha256: sha,
                decisionDate: '2012-03-26',
                resolution: 'n. 3/2012',
              },
        }),
      ),
    ).toEqual(doc);
  });

  it('draws the needs analysis as charts, each with the table of its figures', () => {
    const charts = planDocument(input()).body.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.kind === 'chart' && c.chart.kind)).toEqual([
      'pyramid',
      'bars',
      'lines',
    ]);
    for (const c of charts) {
      if (c.kind !== 'chart') continue;
      expect(c.alt.length).toBeGreaterThan(20);
      expect(c.table.rows.length).toBeGreaterThan(0);
    }
  });

  it('says so when there is no population data, instead of an empty chart', () => {
    const doc = planDocument(
      input({
        territory: { ...input().territory, demography: { years: [], municipalities: [] } },
      }),
    );
    expect(doc.body).toContainEqual({
      kind: 'note',
      text: 'Nessun dato di popolazione è stato caricato per i comuni dell’ambito.',
    });
  });

  it('speaks English around the plan’s own text when asked', () => {
    const doc = planDocument(input(), 'en');
    expect(doc.draftMark).toBe('DRAFT');
    expect(documentOutline(doc).map((h) => h.text)).toContain('Area of intervention: Anziani');
  });
});

describe('a chapter’s Markdown as blocks', () => {
  it('keeps headings below the chapter, nested lists, emphasis and safe links only', () => {
    const blocks = markdownBlocks(
      '# Titolo\n\nVedi [sito](https://a.it) e [x](javascript:x) **forte**\n\n- a\n  - b\n\n3. tre',
      1,
    );
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Titolo', outlined: true });
    const p = blocks[1]!;
    expect(p.kind === 'paragraph' && p.content).toEqual([
      { kind: 'text', text: 'Vedi ' },
      { kind: 'link', href: 'https://a.it', content: [{ kind: 'text', text: 'sito' }] },
      // an address that cannot be followed stays as the text that was written
      { kind: 'text', text: ' e [x](javascript:x) ' },
      { kind: 'text', text: 'forte', strong: true },
    ]);
    const list = blocks[2]!;
    expect(list.kind === 'list' && list.items[0]![1]!.kind).toBe('list');
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true, start: 3 });
  });

  it('keeps raw HTML and Typst-like text as plain text', () => {
    const blocks = markdownBlocks('<script>alert(1)</script>\n\n#set page(width: 1cm)', 1);
    expect(text(blocks)).toContain('<script>alert(1)</script>');
    expect(text(blocks)).toContain('set page(width: 1cm)');
  });

  it('keeps a Markdown table with its header and numeric alignment', () => {
    const [table] = markdownBlocks('| Voce | Euro |\n|---|---:|\n| A | 1.000,00 € |', 1);
    expect(table).toEqual({
      kind: 'table',
      table: {
        caption: '',
        columns: [
          { label: 'Voce', numeric: false },
          { label: 'Euro', numeric: true },
        ],
        rows: [['A', '1.000,00 €']],
      },
    });
  });
});
