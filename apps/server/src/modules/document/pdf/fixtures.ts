import type { Block, DocTable, Inline, PlanDocument } from '@pdz/core';
import { AREAS, MUNICIPALITIES, charts } from './fixture-charts';

/** Hand-made plan documents for the PDF writer's tests: what a real district would print. */

const t = (text: string, style: Omit<Extract<Inline, { kind: 'text' }>, 'kind' | 'text'> = {}) =>
  ({ kind: 'text', text, ...style }) as const;
const p = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
const h = (level: 1 | 2 | 3 | 4, text: string, outlined = level <= 2): Block => ({
  kind: 'heading',
  level,
  text,
  outlined,
});

const euro = new Intl.NumberFormat('it-IT', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: 'always',
} as Intl.NumberFormatOptions);
const int = new Intl.NumberFormat('it-IT', { useGrouping: 'always' } as Intl.NumberFormatOptions);

/** ~120 rows, so the table runs over several pages; the header must repeat on each of them. */
export function spendingTable(): DocTable {
  const rows: string[][] = [];
  let users = 0;
  let cents = 0;
  for (let i = 0; i < 120; i++) {
    const u = 12 + ((i * 37) % 410);
    const c = 1_250_000 + ((i * 7_919_113) % 98_000_000);
    users += u;
    cents += c;
    rows.push([
      `I${String(i + 1).padStart(3, '0')}`,
      MUNICIPALITIES[i % MUNICIPALITIES.length]!,
      AREAS[i % AREAS.length]!,
      int.format(u),
      `${euro.format(c / 100)} €`,
    ]);
  }
  return {
    caption: 'Interventi e spesa per comune e area di intervento',
    columns: [
      { label: 'Cod.', numeric: false, description: 'codice dell’intervento' },
      { label: 'Comune', numeric: false },
      { label: 'Area', numeric: false },
      { label: 'Utenti', numeric: true },
      { label: 'Spesa', numeric: true },
    ],
    rows,
    totals: ['Totale', '', '', int.format(users), `${euro.format(cents / 100)} €`],
  };
}

const LOREM =
  'Il Piano di Zona è lo strumento con cui i comuni dell’ambito programmano insieme i servizi sociali, perché i bisogni delle persone non si fermano ai confini comunali. La città capofila coordina l’ufficio di piano, che raccoglie i dati, ascolta il terzo settore e propone le priorità alla conferenza dei sindaci.';

function chapters(): Block[] {
  return [
    h(1, '1. Il contesto territoriale'),
    p(t(LOREM)),
    p(
      t('La spesa complessiva del triennio è di '),
      t('1.234.567,89 €', { strong: true }),
      t(', approvata il '),
      t('06/12/2026', { emphasis: true }),
      t('. I dati ISTAT sono consultabili su '),
      { kind: 'link', href: 'https://demo.istat.it/', content: [t('demo.istat.it')] },
      t('.'),
      { kind: 'lineBreak' },
      t('Codice del distretto: '),
      t('RER-04', { code: true }),
    ),
    h(2, '1.1 La popolazione'),
    p(t(LOREM)),
    ...charts(),
    h(3, 'Fonti dei dati', false),
    {
      kind: 'list',
      ordered: false,
      start: 1,
      items: [
        [p(t('Anagrafi comunali al 31 dicembre'))],
        [
          p(t('ISTAT, con le serie storiche:')),
          {
            kind: 'list',
            ordered: true,
            start: 3,
            items: [[p(t('bilancio demografico'))], [p(t('popolazione per età'))]],
          },
        ],
      ],
    },
    h(1, '2. Le risorse'),
    p(t(LOREM)),
    h(2, '2.1 La spesa per comune'),
    { kind: 'table', table: spendingTable() },
    {
      kind: 'table',
      table: {
        caption: 'Cofinanziamenti privati',
        columns: [
          { label: 'Ente', numeric: false },
          { label: 'Importo', numeric: true },
        ],
        rows: [],
        empty: 'Nessun cofinanziamento nel triennio.',
      },
    },
    h(1, '3. Gli obiettivi'),
    h(2, '3.1 Obiettivo 1 – Domiciliarità degli anziani'),
    {
      kind: 'fields',
      caption: 'Scheda obiettivo',
      rows: [
        { label: 'Area', value: 'Anziani' },
        {
          label: 'Destinatari',
          value: 'Persone di 65 anni e più che vivono sole, e le loro famiglie',
        },
        { label: 'Risorse', value: '450.000,00 €' },
        {
          label: 'Indicatore',
          value: 'Utenti del servizio di assistenza domiciliare: da 320 a 400',
        },
      ],
    },
    h(4, 'Perché questo obiettivo', false),
    p(t(LOREM, { emphasis: true })),
    { kind: 'note', text: 'Nota: gli importi sono al netto della compartecipazione degli utenti.' },
    {
      kind: 'quote',
      blocks: [p(t('Nessuno deve restare solo in casa perché il servizio non arriva.'))],
    },
    { kind: 'code', text: 'IMPORTO = QUOTA_FONDO × ABITANTI / 1.000\n  arrotondato all’euro' },
    { kind: 'pageBreak' },
    h(2, '3.2 Obiettivo 2 – Città più accessibili'),
    p(t(LOREM)),
  ];
}

export function planFixture(draft = true): PlanDocument {
  return {
    language: 'it',
    title: 'Piano di Zona 2024–2026 – Ambito di Castelfranco',
    author: 'Ambito territoriale di Castelfranco',
    subject: 'Piano di Zona per la salute e il benessere sociale',
    keywords: ['Piano di Zona', 'servizi sociali', 'Castelfranco'],
    runningHeader: 'Piano di Zona 2024–2026 · Ambito di Castelfranco',
    footer: draft ? 'Bozza del 06/12/2026 ore 10:30' : 'Versione 2 · impronta 3f9a c2e1',
    draft,
    draftMark: 'BOZZA',
    contentsTitle: 'Indice',
    pageLabel: 'Pagina',
    createdAt: '2026-12-06T09:30:00.000Z',
    cover: {
      title: 'Piano di Zona 2024–2026',
      subtitle: 'Insieme per una comunità che si prende cura',
      district: 'Ambito territoriale di Castelfranco',
      facts: [
        { label: 'Comuni', value: MUNICIPALITIES.join(', ') },
        { label: 'Ente capofila', value: 'Comune di Castelfranco' },
        { label: 'Periodo', value: '2024–2026' },
        { label: 'Stato', value: draft ? 'Bozza' : 'Approvato' },
      ],
      status: draft
        ? 'Bozza del 06/12/2026'
        : 'Approvato dalla conferenza dei sindaci il 06/12/2026',
    },
    body: chapters(),
  };
}

/** Text that would be code or markup if it reached Typst unescaped. */
export const HOSTILE = [
  '#import "x": *',
  '$x^2$ e *grassetto* _corsivo_',
  'parentesi ] chiusa [ aperta',
  'barra \\ rovescia \\" e "virgolette"',
  '// non un commento',
  '/* nemmeno questo */',
  '@riferimento e <etichetta>',
  '= titolo a inizio riga',
  '- elenco + numerato',
  '#{ panic("no") }',
  '`raw` ~ tilde',
  'perché città Ελλάδα Жизнь',
];

/** A small plan whose every text is hostile: titles, cells, captions, links, code. */
export function hostileFixture(): PlanDocument {
  const base = planFixture(false);
  return {
    ...base,
    title: HOSTILE[0]!,
    runningHeader: HOSTILE[1]!,
    footer: HOSTILE[4]!,
    cover: {
      ...base.cover,
      title: HOSTILE[6]!,
      subtitle: HOSTILE[7]!,
      facts: [{ label: HOSTILE[2]!, value: HOSTILE[3]! }],
    },
    body: [
      h(1, HOSTILE[7]!),
      ...HOSTILE.map((text) => p(t(text))),
      p(t(HOSTILE[5]!, { strong: true }), t(' · '), t(HOSTILE[9]!, { code: true })),
      p({ kind: 'link', href: 'https://example.org/")[#panic("x")]', content: [t(HOSTILE[2]!)] }),
      p(t('faccina 😀\ufe0f e ideogramma 中 e campanello\u0007.')),
      { kind: 'code', text: HOSTILE.join('\n') },
      { kind: 'note', text: HOSTILE[8]! },
      {
        kind: 'table',
        table: {
          caption: HOSTILE[10]!,
          columns: [
            { label: HOSTILE[6]!, numeric: false },
            { label: '$', numeric: true },
          ],
          rows: [[HOSTILE[11]!, '1.234.567,89 €']],
          totals: ['*', ']'],
        },
      },
    ],
  };
}

/** objectives × eight funding sources and the total: too wide for a portrait page */
export function wideMoneyTable(): DocTable {
  const sources = ['COM', 'FNA', 'FNPS', 'FPOV-SERV', 'FSE-PNI', 'FSR', 'PNRR-MSC2', 'SAN'];
  const rows = Array.from({ length: 14 }, (_, i) => {
    const amounts = sources.map(
      (_, j) => ((i * 7 + j * 13) % 5) * 123_456.78 + 1_000_000 * (j % 2),
    );
    const total = amounts.reduce((a, b) => a + b, 0);
    return [
      `OB${i + 1} – Rafforzare l’accesso ai servizi sociali – obiettivo ${i + 1}`,
      ...[...amounts, total].map((v) => `${euro.format(v)} €`),
    ];
  });
  return {
    caption: 'Risorse assegnate per obiettivo e fonte di finanziamento',
    columns: [
      { label: 'Obiettivo', numeric: false },
      ...sources.map((label) => ({ label, numeric: true })),
      { label: 'Totale', numeric: true },
    ],
    rows,
  };
}
