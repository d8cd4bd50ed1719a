import type { Block, DocTable, PlanDocument } from '@pdz/core';

/**
 * Hand-made plan documents for the DOCX writer's tests: the shapes the builder produces, with
 * Italian figures, dates and accents, written out so that a failure points at the writer.
 */

const euro = (n: number) =>
  `${n.toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' } as Intl.NumberFormatOptions)} €`;

const MUNICIPALITIES = [
  'Città di Castello',
  'Umbertide',
  'San Giustino',
  'Citerna',
  'Monte Santa Maria Tiberina',
  'Montone',
  'Lisciano Niccone',
  'Pietralunga',
];
const AREAS = ['Famiglia e minori', 'Anziani', 'Disabilità', 'Povertà', 'Dipendenze'];

/** `rows` interventions with their budget lines and a totals row. */
export function budgetTable(
  rows: number,
  caption = 'Tabella 3 – Risorse per intervento',
): DocTable {
  let total = 0;
  const body = Array.from({ length: rows }, (_, i) => {
    const amount = 1000 + ((i * 7919) % 90_000) + (i % 100) / 100;
    total += amount;
    return [
      `INT-${String(i + 1).padStart(3, '0')}`,
      `${AREAS[i % AREAS.length]} – intervento n. ${i + 1} a ${MUNICIPALITIES[i % MUNICIPALITIES.length]}`,
      AREAS[i % AREAS.length] ?? '',
      euro(amount),
    ];
  });
  return {
    caption,
    columns: [
      { label: 'Cod.', numeric: false, description: 'Codice dell’intervento' },
      { label: 'Intervento', numeric: false },
      { label: 'Area', numeric: false },
      { label: 'Importo', numeric: true },
    ],
    rows: body,
    totals: ['', 'Totale', '', euro(total)],
  };
}

const populationTable: DocTable = {
  caption: 'Popolazione residente per classe di età al 01/01/2026',
  columns: [
    { label: 'Classe di età', numeric: false },
    { label: 'Maschi', numeric: true },
    { label: 'Femmine', numeric: true },
  ],
  rows: [
    ['0–14', '4.812', '4.530'],
    ['15–39', '9.944', '9.601'],
    ['40–64', '13.210', '13.498'],
    ['65–79', '6.105', '6.990'],
    ['80 e oltre', '2.301', '3.877'],
  ],
  totals: ['Totale', '36.372', '38.496'],
};

const trendTable: DocTable = {
  caption: 'Spesa sociale per anno',
  columns: [
    { label: 'Anno', numeric: false },
    { label: 'Spesa corrente', numeric: true },
    { label: 'Spesa pro capite', numeric: true },
  ],
  rows: [
    ['2022', '1.102.345,10 €', '14,80 €'],
    ['2023', '1.187.004,55 €', '15,93 €'],
    ['2024', '1.234.567,89 €', '16,57 €'],
  ],
};

const para = (text: string): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text }] });
const h = (level: 1 | 2 | 3 | 4, text: string, outlined = level <= 2): Block => ({
  kind: 'heading',
  level,
  text,
  outlined,
});

function chapterOne(): Block[] {
  return [
    h(1, '1. Il contesto del distretto'),
    {
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'Il Piano di Zona è lo strumento con cui i comuni del distretto, ' },
        { kind: 'text', text: 'insieme', strong: true },
        { kind: 'text', text: ' all’azienda sanitaria, programmano i servizi sociali; ' },
        {
          kind: 'text',
          text: 'perché città e frazioni abbiano gli stessi diritti',
          emphasis: true,
        },
        { kind: 'text', text: '. Il riferimento è la ' },
        {
          kind: 'link',
          href: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2000-11-08;328',
          content: [{ kind: 'text', text: 'legge 8 novembre 2000, n. 328' }],
        },
        { kind: 'text', text: ' (articolo ' },
        { kind: 'text', text: 'art. 19', code: true },
        { kind: 'text', text: ').' },
        { kind: 'lineBreak' },
        { kind: 'text', text: 'Approvato dalla conferenza dei sindaci il 06/12/2026.' },
      ],
    },
    h(2, '1.1 La popolazione'),
    para('La popolazione residente è di 74.868 abitanti, il 14,2% dei quali ha più di 75 anni.'),
    {
      kind: 'chart',
      title: 'Piramide delle età',
      alt: 'Piramide delle età: maschi a sinistra e femmine a destra per cinque classi di età; la classe più numerosa è 40–64.',
      chart: {
        kind: 'pyramid',
        categories: populationTable.rows.map((r) => r[0] ?? ''),
        left: { label: 'Maschi', values: [4812, 9944, 13210, 6105, 2301] },
        right: { label: 'Femmine', values: [4530, 9601, 13498, 6990, 3877] },
      },
      table: populationTable,
    },
    h(3, '1.1.1 Le famiglie'),
    para('Le famiglie sono 32.410, con una media di 2,3 componenti.'),
    h(4, 'Famiglie unipersonali'),
    para('Sono il 34% del totale, in crescita rispetto al 2019.'),
    {
      kind: 'list',
      ordered: false,
      start: 1,
      items: [
        [para('anziani soli, soprattutto donne oltre gli 80 anni;')],
        [
          para('giovani adulti che lasciano la famiglia d’origine:'),
          {
            kind: 'list',
            ordered: true,
            start: 3,
            items: [[para('studenti fuori sede;')], [para('lavoratori stagionali.')]],
          },
        ],
        [para('persone separate o divorziate.')],
      ],
    },
    h(2, '1.2 La spesa sociale'),
    {
      kind: 'chart',
      title: 'Spesa sociale per anno',
      alt: 'Linee: la spesa corrente cresce da 1.102.345,10 € nel 2022 a 1.234.567,89 € nel 2024.',
      chart: {
        kind: 'lines',
        categories: ['2022', '2023', '2024'],
        series: [{ label: 'Spesa corrente', values: [1102345.1, 1187004.55, 1234567.89] }],
        unit: '€',
      },
      table: trendTable,
    },
    {
      kind: 'chart',
      title: 'Utenti per area',
      alt: 'Barre: gli utenti per area di intervento nel 2024; la più numerosa è Anziani.',
      chart: {
        kind: 'bars',
        categories: ['Anziani', 'Disabilità', 'Minori'],
        series: [{ label: '2024', values: [1210, 640, null] }],
        unit: 'persone',
      },
      table: {
        caption: 'Utenti per area di intervento (2024)',
        columns: [
          { label: 'Area', numeric: false },
          { label: 'Utenti', numeric: true },
        ],
        rows: [
          ['Anziani', '1.210'],
          ['Disabilità', '640'],
          ['Minori', 'n.d.'],
        ],
      },
    },
    { kind: 'note', text: 'Nota: i dati 2024 sono provvisori (fonte: ISTAT, 06/12/2026).' },
  ];
}

function chapterTwo(budgetRows: number): Block[] {
  return [
    h(1, '2. Gli obiettivi'),
    para('Ogni obiettivo ha la sua scheda con risultati attesi, indicatori e risorse.'),
    h(2, 'Obiettivo 2.1 – Domiciliarità per gli anziani'),
    {
      kind: 'fields',
      caption: 'Scheda obiettivo 2.1',
      rows: [
        { label: 'Area', value: 'Anziani' },
        { label: 'Responsabile', value: 'Ufficio di Piano – dott.ssa Maria Rossi' },
        {
          label: 'Risultati attesi',
          value: 'Aumentare del 20% gli anziani seguiti a domicilio entro il 31/12/2027.',
        },
        { label: 'Risorse', value: '1.234.567,89 €' },
      ],
    },
    h(3, 'Azioni previste'),
    {
      kind: 'list',
      ordered: true,
      start: 1,
      items: [
        [para('mappatura dei bisogni;')],
        [para('accordi con le cooperative;')],
        [para('monitoraggio trimestrale.')],
      ],
    },
    {
      kind: 'quote',
      blocks: [
        para('«La domiciliarità è la prima scelta quando è possibile.» — Conferenza dei sindaci'),
      ],
    },
    { kind: 'pageBreak' },
    h(2, '2.2 Le risorse'),
    { kind: 'table', table: budgetTable(budgetRows) },
    {
      kind: 'table',
      table: {
        caption: 'Interventi sospesi',
        columns: [{ label: 'Intervento', numeric: false }],
        rows: [],
        empty: 'Nessun intervento sospeso.',
      },
    },
  ];
}

function chapterThree(): Block[] {
  return [
    h(1, '3. Governance e monitoraggio'),
    h(2, '3.1 Il sistema informativo'),
    para('I dati sono esportati in formato aperto:'),
    { kind: 'code', text: 'GET /api/plans/2026/documents?format=docx\n  Accept: application/json' },
    {
      kind: 'list',
      ordered: false,
      start: 1,
      items: [
        [
          para('i dati di spesa, in due tabelle:'),
          {
            kind: 'list',
            ordered: true,
            start: 1,
            items: [[para('spesa corrente;')], [para('spesa in conto capitale.')]],
          },
        ],
      ],
    },
    h(2, 'Allegato tecnico', false),
    para('Questa sezione non compare nell’indice.'),
  ];
}

export function planFixture(opts: { draft: boolean; budgetRows?: number }): PlanDocument {
  return {
    language: 'it',
    title: 'Piano di Zona 2026–2028 – Distretto Alto Tevere',
    author: 'Distretto Alto Tevere',
    subject: 'Piano sociale di zona del triennio 2026–2028',
    keywords: ['piano di zona', 'servizi sociali', 'Alto Tevere'],
    runningHeader: 'Piano di Zona 2026–2028 · Distretto Alto Tevere',
    footer: opts.draft
      ? 'Bozza del 06/12/2026 alle 10:30'
      : 'Versione 3 approvata il 06/12/2026 · impronta 3f2a9c41',
    draft: opts.draft,
    draftMark: 'BOZZA',
    contentsTitle: 'Indice',
    pageLabel: 'Pagina',
    createdAt: '2026-12-06T09:30:00.000Z',
    cover: {
      title: 'Piano di Zona 2026–2028',
      subtitle: 'Insieme perché nessuno resti indietro',
      district: 'Distretto Alto Tevere',
      facts: [
        { label: 'Comuni', value: MUNICIPALITIES.join(', ') },
        { label: 'Ente capofila', value: 'Comune di Città di Castello' },
        { label: 'Periodo', value: '2026–2028' },
        { label: 'Stato', value: opts.draft ? 'Bozza' : 'Approvato' },
      ],
      status: opts.draft ? 'Bozza del 06/12/2026' : 'Approvato il 06/12/2026',
    },
    body: [...chapterOne(), ...chapterTwo(opts.budgetRows ?? 120), ...chapterThree()],
  };
}

/** A long document: `tables` chapters, each with a budget table of `rows` rows. */
export function largeFixture(rows: number, tables: number): PlanDocument {
  const base = planFixture({ draft: true });
  const chapters = Array.from({ length: tables }, (_, i): Block[] => [
    h(1, `${i + 4}. Allegato ${i + 1}`),
    para('Dettaglio delle risorse per intervento.'),
    { kind: 'table', table: budgetTable(rows, `Tabella A${i + 1} – Risorse`) },
  ]);
  return { ...base, body: [...base.body, ...chapters.flat()] };
}
