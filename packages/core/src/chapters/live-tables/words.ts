import type { Locale } from '../../shared/money';
import type { LiveTableName } from '../chapter';

/** The words of the live tables (captions, headers, kinds and statuses), Italian and English. */
export const words = {
  it: {
    caption: {
      budgetBySource: 'Risorse disponibili per fonte di finanziamento e anno',
      budgetByArea: 'Risorse assegnate per area di intervento e anno',
      budgetByObjective: 'Risorse assegnate per obiettivo e fonte di finanziamento',
      municipalShares: 'Quote dei comuni per anno',
      objectives: 'Obiettivi del piano',
      indicators: 'Indicatori e valori attesi',
    },
    source: 'Fonte di finanziamento',
    area: 'Area di intervento',
    objective: 'Obiettivo',
    municipality: 'Comune',
    population: 'Abitanti',
    code: 'Codice',
    title: 'Titolo',
    kind: 'Tipo',
    status: 'Stato',
    targetGroups: 'Destinatari',
    indicator: 'Indicatore',
    refersTo: 'Riferito a',
    unit: 'Unità di misura',
    baseline: 'Valore di partenza',
    target: (year: number) => `Atteso ${year}`,
    total: 'Totale',
    outsideTree: 'Azioni non più nel piano',
    none: {
      budgetBySource: 'Nessuna risorsa inserita.',
      budgetByArea: 'Nessuna area di intervento.',
      budgetByObjective: 'Nessun obiettivo.',
      municipalShares: 'Nessuna regola di riparto tra i comuni.',
      objectives: 'Nessun obiettivo.',
      indicators: 'Nessun indicatore.',
    },
    shareError: 'Le quote dei comuni non si possono calcolare con la regola di riparto attuale.',
    kinds: {
      strategic: 'Strategico',
      system: 'Di sistema',
      governance: 'Di governance',
      policy: 'Di policy',
    } as Record<string, string>,
    statuses: {
      planned: 'Previsto',
      inProgress: 'In corso',
      completed: 'Concluso',
      suspended: 'Sospeso',
      cancelled: 'Annullato',
    } as Record<string, string>,
  },
  en: {
    caption: {
      budgetBySource: 'Money available by funding source and year',
      budgetByArea: 'Money allocated by area of intervention and year',
      budgetByObjective: 'Money allocated by objective and funding source',
      municipalShares: 'Municipalities’ shares by year',
      objectives: 'Objectives of the plan',
      indicators: 'Indicators and expected values',
    },
    source: 'Funding source',
    area: 'Area of intervention',
    objective: 'Objective',
    municipality: 'Municipality',
    population: 'Inhabitants',
    code: 'Code',
    title: 'Title',
    kind: 'Kind',
    status: 'Status',
    targetGroups: 'Target groups',
    indicator: 'Indicator',
    refersTo: 'Refers to',
    unit: 'Unit',
    baseline: 'Baseline',
    target: (year: number) => `Target ${year}`,
    total: 'Total',
    outsideTree: 'Actions no longer in the plan',
    none: {
      budgetBySource: 'No money entered yet.',
      budgetByArea: 'No area of intervention.',
      budgetByObjective: 'No objective.',
      municipalShares: 'No rule for splitting among the municipalities.',
      objectives: 'No objective.',
      indicators: 'No indicator.',
    },
    shareError: 'The municipalities’ shares cannot be computed with the current rule.',
    kinds: {
      strategic: 'Strategic',
      system: 'System',
      governance: 'Governance',
      policy: 'Policy',
    } as Record<string, string>,
    statuses: {
      planned: 'Planned',
      inProgress: 'In progress',
      completed: 'Completed',
      suspended: 'Suspended',
      cancelled: 'Cancelled',
    } as Record<string, string>,
  },
} as const;

/** The name of each live table, as its caption says it. */
export function liveTableCaption(name: LiveTableName, locale: Locale = 'it'): string {
  return words[locale].caption[name];
}
