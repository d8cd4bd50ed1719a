// The annex of an annual update's document: what changed against the version approved before,
// as the Assembly reads it before approving the update. Items added, removed or changed (with
// the names of the fields that changed), money by source and year, chapters by paragraph.
import type { PlanComparison } from '../monitoring/compare';
import { formatMoney, type Locale } from '../shared/money';
import type { Block, DocTable } from './document';
import { fill } from './words';

const it = {
  heading: 'Modifiche rispetto alla versione {n}',
  intro:
    'Questo allegato elenca che cosa il documento cambia rispetto alla versione {n} approvata: elementi aggiunti, tolti o modificati, risorse per fonte e anno, capitoli.',
  nothing: 'Nessuna differenza rispetto alla versione {n}.',
  itemsCaption: 'Elementi aggiunti, tolti o modificati',
  kindCol: 'Elemento',
  changeCol: 'Modifica',
  nameCol: 'Nome',
  fieldsCol: 'Campi modificati',
  kinds: {
    plan: 'Piano',
    area: 'Area',
    objective: 'Obiettivo',
    action: 'Azione',
    indicator: 'Indicatore',
  },
  changes: { added: 'Aggiunto', removed: 'Tolto', changed: 'Modificato' },
  moneyCaption: 'Stanziamenti per fonte di finanziamento e anno che cambiano',
  source: 'Fonte',
  year: 'Anno',
  from: 'Prima',
  to: 'Dopo',
  delta: 'Differenza',
  total: 'Totale',
  chaptersTitle: 'Capitoli',
  chapterAdded: '{title}: capitolo aggiunto',
  chapterRemoved: '{title}: capitolo tolto',
  chapterChanged: '{title}: {added} paragrafi aggiunti o riscritti, {removed} tolti o riscritti',
  fields: {
    title: 'titolo',
    description: 'descrizione',
    code: 'codice',
    areaId: 'area',
    objectiveId: 'obiettivo',
    need: 'bisogno',
    targetGroups: 'destinatari',
    staff: 'personale',
    grading: 'graduazione',
    status: 'stato',
    lead: 'capofila',
    partners: 'partner',
    startDate: 'inizio',
    endDate: 'fine',
    milestones: 'tappe',
    name: 'nome',
    unit: 'unità di misura',
    targets: 'valori attesi',
    baselineValue: 'valore di partenza',
    body: 'testo',
  } as Record<string, string>,
};

const en: typeof it = {
  heading: 'Changes since version {n}',
  intro:
    'This annex lists what the document changes against approved version {n}: items added, removed or changed, resources by source and year, chapters.',
  nothing: 'No difference from version {n}.',
  itemsCaption: 'Items added, removed or changed',
  kindCol: 'Item',
  changeCol: 'Change',
  nameCol: 'Name',
  fieldsCol: 'Fields changed',
  kinds: {
    plan: 'Plan',
    area: 'Area',
    objective: 'Objective',
    action: 'Action',
    indicator: 'Indicator',
  },
  changes: { added: 'Added', removed: 'Removed', changed: 'Changed' },
  moneyCaption: 'Allocations by funding source and year that change',
  source: 'Source',
  year: 'Year',
  from: 'Before',
  to: 'After',
  delta: 'Difference',
  total: 'Total',
  chaptersTitle: 'Chapters',
  chapterAdded: '{title}: chapter added',
  chapterRemoved: '{title}: chapter removed',
  chapterChanged: '{title}: {added} paragraphs added or rewritten, {removed} removed or rewritten',
  fields: {
    title: 'title',
    description: 'description',
    code: 'code',
    areaId: 'area',
    objectiveId: 'objective',
    need: 'need',
    targetGroups: 'target groups',
    staff: 'staff',
    grading: 'grading',
    status: 'status',
    lead: 'lead',
    partners: 'partners',
    startDate: 'start',
    endDate: 'end',
    milestones: 'milestones',
    name: 'name',
    unit: 'unit',
    targets: 'expected values',
    baselineValue: 'starting value',
    body: 'text',
  },
};

const annexWords = { it, en };

/** What the document of an update is compared with: the version approved before it. */
export interface DocumentChanges {
  from: number;
  comparison: PlanComparison;
}

export function changesAnnexBlocks(
  changes: DocumentChanges,
  locale: Locale,
  sourceNames: Record<string, string>,
): Block[] {
  const w = annexWords[locale];
  const c = changes.comparison;
  const n = changes.from;
  const out: Block[] = [
    { kind: 'heading', level: 1, text: fill(w.heading, { n }), outlined: true },
  ];
  const text = (t: string): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text: t }] });
  const field = (f: string) => w.fields[f] ?? f;
  const rows: string[][] = [];
  if (c.plan.length > 0) {
    rows.push([w.kinds.plan, w.changes.changed, '', c.plan.map((f) => field(f.field)).join(', ')]);
  }
  const groups = [
    ['area', c.areas],
    ['objective', c.objectives],
    ['action', c.actions],
    ['indicator', c.indicators],
  ] as const;
  for (const [kind, items] of groups) {
    for (const item of items) {
      rows.push([
        w.kinds[kind],
        w.changes[item.kind],
        item.label,
        item.kind === 'changed' ? item.fields.map((f) => field(f.field)).join(', ') : '',
      ]);
    }
  }
  const money = c.money.bySourceYear;
  if (rows.length === 0 && money.length === 0 && c.chapters.length === 0) {
    return [...out, text(fill(w.nothing, { n }))];
  }
  out.push(text(fill(w.intro, { n })));
  if (rows.length > 0) {
    const table: DocTable = {
      caption: w.itemsCaption,
      columns: [
        { label: w.kindCol, numeric: false },
        { label: w.changeCol, numeric: false },
        { label: w.nameCol, numeric: false },
        { label: w.fieldsCol, numeric: false },
      ],
      rows,
    };
    out.push({ kind: 'table', table });
  }
  if (money.length > 0) {
    const euro = (cents: number) => formatMoney(cents, locale);
    const signed = (cents: number) => (cents > 0 ? `+${euro(cents)}` : euro(cents));
    out.push({
      kind: 'table',
      table: {
        caption: w.moneyCaption,
        columns: [
          { label: w.source, numeric: false },
          { label: w.year, numeric: true },
          { label: w.from, numeric: true },
          { label: w.to, numeric: true },
          { label: w.delta, numeric: true },
        ],
        rows: money.map((m) => [
          sourceNames[m.sourceCode] ?? m.sourceCode,
          String(m.year),
          euro(m.from),
          euro(m.to),
          signed(m.delta),
        ]),
        totals: [
          w.total,
          '',
          euro(c.money.total.from),
          euro(c.money.total.to),
          signed(c.money.total.delta),
        ],
      },
    });
  }
  if (c.chapters.length > 0) {
    out.push({ kind: 'heading', level: 2, text: w.chaptersTitle, outlined: false });
    out.push({
      kind: 'list',
      ordered: false,
      start: 1,
      items: c.chapters.map((ch) => {
        const count = (k: 'added' | 'removed') => ch.paragraphs.filter((p) => p.kind === k).length;
        const line =
          ch.kind === 'changed'
            ? fill(w.chapterChanged, {
                title: ch.label,
                added: count('added'),
                removed: count('removed'),
              })
            : fill(ch.kind === 'added' ? w.chapterAdded : w.chapterRemoved, { title: ch.label });
        return [text(line)];
      }),
    });
  }
  return out;
}
