import type { Block, ChartSeries, DocTable } from '@pdz/core';

/** The charts of the test plan: an age pyramid, a trend, spending by area, a municipal ranking. */

const int = new Intl.NumberFormat('it-IT', { useGrouping: 'always' } as Intl.NumberFormatOptions);
const dec = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const MUNICIPALITIES = [
  'Castelfranco',
  'San Pietro in Vale',
  'Monteverde',
  'Rocca Alta',
  'Borgo Nuovo',
  'Villanova sul Fiume',
];
export const AREAS = [
  'Famiglia e minori',
  'Anziani',
  'Disabilità',
  'Povertà e disagio adulti',
  'Dipendenze',
];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024'];
// the oldest band first: the pyramid is drawn top to bottom in the order given
const BANDS = ['85+', ...Array.from({ length: 17 }, (_, i) => `${80 - i * 5}–${84 - i * 5}`)];
const males = [
  980, 1502, 2204, 2987, 3311, 3720, 4102, 4388, 4210, 3901, 3488, 3120, 2904, 2710, 2602, 2561,
  2388, 2140,
];
const females = [
  1890, 2160, 2780, 3390, 3612, 3950, 4296, 4501, 4270, 3915, 3467, 3098, 2860, 2645, 2511, 2430,
  2250, 2021,
];
const TOWNS = [
  ...MUNICIPALITIES,
  'Sant’Agata de’ Monti',
  'Poggio Sereno',
  'Casale Vecchio',
  'Pieve di Sopra',
  'Valle Chiara',
  'Colle Ombroso',
];
const elderly = [24.1, 27.8, 31.2, 22.4, 29.9, 26.3, 33.7, 21.8, 28.4, 35.2, 25.5, null];

function chartTable(
  caption: string,
  head: string,
  categories: string[],
  series: ChartSeries[],
  format = int,
): DocTable {
  return {
    caption,
    columns: [
      { label: head, numeric: false },
      ...series.map((s) => ({ label: s.label, numeric: true })),
    ],
    rows: categories.map((c, i) => [
      c,
      ...series.map((s) => (s.values[i] == null ? 'n.d.' : format.format(s.values[i]!))),
    ]),
  };
}

export function charts(): Block[] {
  const left = { label: 'Maschi', values: males };
  const right = { label: 'Femmine', values: females };
  const trend = [
    { label: 'Residenti', values: [68_280, 68_011, 67_590, 67_402, 67_120, 66_905] },
    { label: 'Famiglie (×2)', values: [59_800, 60_210, 60_530, null, 61_020, 61_400] },
  ];
  const spending = [
    { label: '2022', values: [1_250_000, 980_500, 1_410_200, 530_000, 210_750] },
    { label: '2023', values: [1_320_400, 1_010_000, 1_502_900, 610_300, 198_000] },
    { label: '2024', values: [1_401_100, 1_080_250, 1_580_000, 645_800, 220_400] },
  ];
  const share = [{ label: 'Quota di anziani (%)', values: elderly }];
  return [
    {
      kind: 'chart',
      title: 'Popolazione residente per età e sesso al 1° gennaio 2024',
      alt: 'Piramide delle età: più numerosi i 45–59 anni; le donne prevalgono oltre i 75.',
      chart: { kind: 'pyramid', categories: BANDS, left, right },
      table: chartTable('Popolazione per classe di età', 'Età', BANDS, [left, right]),
    },
    {
      kind: 'chart',
      title: 'Andamento della popolazione residente 2019–2024',
      alt: 'I residenti calano da 68.280 a 66.905 tra il 2019 e il 2024.',
      chart: { kind: 'lines', categories: YEARS, series: trend, unit: 'abitanti' },
      table: chartTable('Residenti e famiglie', 'Anno', YEARS, trend),
    },
    {
      kind: 'chart',
      title: 'Spesa sociale per area di intervento 2022–2024',
      alt: 'La spesa cresce in ogni area; la più alta è quella per la disabilità.',
      chart: { kind: 'bars', categories: AREAS, series: spending, unit: 'euro' },
      table: chartTable('Spesa per area (euro)', 'Area', AREAS, spending),
    },
    {
      kind: 'chart',
      title: 'Quota di anziani per comune, 2024',
      alt: 'La quota di persone di 65 anni e più va dal 21,8% al 35,2% secondo il comune.',
      chart: { kind: 'bars', categories: TOWNS, series: share, unit: 'Quota di anziani (%)' },
      table: chartTable('Quota di anziani per comune', 'Comune', TOWNS, share, dec),
    },
  ];
}
