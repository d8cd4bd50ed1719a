/**
 * The demo plan 2012–2014 of the Distretto sociale di Pavia (12 municipalities, about 100,000
 * inhabitants). Its structure follows what such a plan contains; every organization marked
 * "(demo)", every objective, action, figure and text is invented demonstration data.
 */
import type { DemoOrganization, DemoPlan } from './plan.types';
import { anziani } from './plan/anziani';
import { chapters } from './plan/chapters';
import { dipendenze } from './plan/dipendenze';
import { disabilita } from './plan/disabilita';
import { immigrazione } from './plan/immigrazione';
import { minori } from './plan/minori';
import { poverta } from './plan/poverta';
import { saluteMentale } from './plan/salute-mentale';


export type * from './plan.types';

/** Organizations of the district besides the seeded ones (municipalities, ATS, ASST, Region…). */
export const demoOrganizations: DemoOrganization[] = [
  { name: 'Cooperativa sociale Aurora (demo)', kind: 'thirdSector' },
  { name: 'Cooperativa sociale Strade Aperte (demo)', kind: 'thirdSector' },
  { name: 'Cooperativa sociale Ponti di Parole (demo)', kind: 'thirdSector' },
  { name: 'Cooperativa sociale Lavoro e Futuro (demo)', kind: 'thirdSector' },
  { name: 'Associazione Anziani Attivi (demo)', kind: 'thirdSector' },
  { name: 'Associazione Oltre il Muro (demo)', kind: 'thirdSector' },
  { name: 'Associazione Centro di Ascolto San Michele (demo)', kind: 'thirdSector' },
  { name: 'Fondazione Comunitaria del Ticino (demo)', kind: 'thirdSector' },
  { name: 'Istituto Comprensivo Siccomario (demo)', kind: 'other' },
  { name: 'Istituto di Istruzione Superiore Ticino (demo)', kind: 'other' },
  { name: 'CPIA Pavia Ovest (demo)', kind: 'other' },
];

export const demoPlan: DemoPlan = {
  title: 'Piano di Zona 2012–2014',
  startYear: 2012,
  endYear: 2014,
  carryOver: {
    FNPS: [0, 38000, 21500],
    FSR: [0, 24000, 12000],
    FNA: [0, 15500, 0],
  },
  areas: [minori, anziani, disabilita, poverta, immigrazione, dipendenze, saluteMentale],
  chapters,
};

/** How the Assemblea dei Sindaci approved the demo plan (DEMONSTRATION DATA). */
export const demoApproval = {
  decisionDate: '2012-03-26',
  resolution:
    'Deliberazione dell’Assemblea dei Sindaci n. 3 del 26/03/2012 – Approvazione del Piano di Zona 2012–2014',
};

/** What the plan office has written so far of the annual update 2013: a draft in progress. */
export const demoUpdate2013: {
  chapterKind: 'monitoringEvaluation';
  chapterAddition: string;
  actions: { title: string; status: 'inProgress' | 'completed'; milestonesDone: string[] }[];
} = {
  chapterKind: 'monitoringEvaluation',
  chapterAddition: `### Aggiornamento annuale 2013 (bozza)

Il primo anno del Piano si è chiuso con tutte le azioni avviate tranne una. In vista dell’aggiornamento 2013 l’Ufficio di Piano propone all’Assemblea dei Sindaci di:

- anticipare al 2013 l’avvio dei **centri estivi intercomunali**, dopo l’accordo con l’istituto comprensivo;
- completare l’**équipe unica di tutela minori** con l’adesione degli ultimi due comuni;
- rivedere a metà anno le assegnazioni del Fondo nazionale per le politiche sociali sulla base della spesa 2012.

*Bozza in corso di redazione: il testo sarà discusso nei tavoli tematici prima dell’approvazione.*`,
  actions: [
    {
      title: 'Conciliazione famiglia-lavoro: centri estivi e pre/post scuola',
      status: 'inProgress',
      milestonesDone: ['Accordo con l’istituto comprensivo'],
    },
    {
      title: 'Équipe tutela minori unica',
      status: 'inProgress',
      milestonesDone: ['Adesione degli ultimi due comuni'],
    },
  ],
};
