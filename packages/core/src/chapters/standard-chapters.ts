import type { ChapterKind, LiveTableName } from './chapter';

/**
 * The nine chapters every Piano di Zona has, in the order they are usually written, with their
 * Italian titles (the plan's language). Resources and monitoring start with their live tables.
 */
export const standardChapters: readonly {
  kind: Exclude<ChapterKind, 'other'>;
  title: string;
  tables: readonly LiveTableName[];
}[] = [
  { kind: 'normativeFramework', title: 'Quadro normativo e programmatorio', tables: [] },
  { kind: 'previousEvaluation', title: 'Valutazione della precedente triennalità', tables: [] },
  { kind: 'contextAndNeeds', title: 'Analisi del contesto e dei bisogni', tables: [] },
  { kind: 'servicesSupply', title: 'Mappa dell’offerta dei servizi', tables: [] },
  {
    kind: 'resources',
    title: 'Quadro delle risorse',
    tables: ['budgetBySource', 'budgetByArea'],
  },
  { kind: 'governance', title: 'Governance del piano', tables: [] },
  { kind: 'socialHealthIntegration', title: 'Integrazione sociosanitaria', tables: [] },
  {
    kind: 'monitoringEvaluation',
    title: 'Sistema di monitoraggio e valutazione',
    tables: ['indicators'],
  },
  { kind: 'annexes', title: 'Allegati', tables: [] },
];

/** The line that embeds a live table in a chapter body (the Italian spelling). */
export function liveTableMarker(name: LiveTableName): string {
  return `{{tabella:${name}}}`;
}

/** The body a standard chapter starts with: its live tables, one per paragraph. */
export function standardChapterBody(tables: readonly LiveTableName[]): string {
  return tables.map(liveTableMarker).join('\n\n');
}
