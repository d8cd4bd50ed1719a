import type { DemoObjective } from '../plan.types';
import { UDP, TUTELA, CARTELLA } from './shared';

/** Objective OB2 of the area “Minori, giovani e famiglia”: child protection (DEMONSTRATION DATA: every name, figure and text invented). */
export const tutelaMinori: DemoObjective = {
  code: 'OB2',
  title: 'Rafforzare la tutela dei minori',
  description:
    'Gestire in forma associata il servizio tutela minori dei 12 comuni, con équipe, procedure e regolamento unici, e prevenire gli allontanamenti dalla famiglia.',
  macroArea: 'GIOV',
  kind: 'governance',
  sharedWithOtherDistricts: false,
  need: 'Al 31 dicembre 2011 i servizi dei 12 comuni seguivano 418 minori con un provvedimento dell’autorità giudiziaria, 37 dei quali collocati in comunità, con una spesa di circa 1.150.000 € quasi interamente a carico dei comuni. Nei comuni più piccoli un solo collocamento può assorbire un terzo del bilancio sociale, e procedure e tempi di presa in carico cambiano da comune a comune.',
  targetGroups: [['FAM', 430]],
  leps: ['PIPPI', 'SUP'],
  integration: [
    [
      'HEALTH',
      'Protocollo con l’ASST per la valutazione psicodiagnostica dei minori e la cura dei genitori da parte dei servizi specialistici.',
    ],
    [
      'EDU',
      'Procedura condivisa con le scuole per le segnalazioni di pregiudizio e il raccordo sui minori in affido.',
    ],
    [
      'HOUSING',
      'Priorità negli alloggi comunali per i nuclei con un progetto di rientro del minore in famiglia.',
    ],
  ],
  healthInvolvement:
    'L’ASST di Pavia assegna all’équipe tutela 1,5 psicologi del consultorio e garantisce la neuropsichiatria infantile per le valutazioni; l’ATS partecipa alla cabina di regia e al monitoraggio dei collocamenti in comunità.',
  coProgramming: true,
  coDesign: false,
  staff: [
    ['AS', 6],
    ['PSI', 1.5],
    ['EDU', 1],
    ['COORD', 0.5],
    ['AMM', 0.5],
  ],
  status: 'inProgress',
  indicators: [
    {
      code: 'OB2-I1',
      name: 'Minori collocati in comunità al 31 dicembre',
      kind: 'outcome',
      unit: 'persone',
      dataSource: CARTELLA,
      frequency: 'annual',
      reportedBy: TUTELA,
      direction: 'decrease',
      baseline: [37, 2011],
      targets: [35, 32, 29],
    },
    {
      code: 'OB2-I2',
      name: 'Comuni che conferiscono la tutela minori alla gestione associata',
      kind: 'process',
      unit: 'comuni',
      dataSource: 'Convenzione per la gestione associata e atti di adesione',
      frequency: 'annual',
      reportedBy: UDP,
      direction: 'increase',
      baseline: [7, 2011],
      targets: [10, 12, 12],
    },
  ],
  actions: [
    {
      title: 'Équipe tutela minori unica',
      description:
        'Un’équipe distrettuale di assistenti sociali, psicologi ed educatori per tutti i 12 comuni, con regolamento unico, reperibilità e un fondo di solidarietà che ripartisce tra i comuni il costo dei collocamenti in comunità.',
      lead: 'Consorzio Sociale Pavese',
      partners: [
        [
          'ASST di Pavia',
          'Psicologi del consultorio e neuropsichiatria infantile in convenzione',
        ],
        [
          'Comune di Pavia',
          'Conferimento del servizio tutela comunale e del suo personale alla gestione associata',
        ],
        [
          'Cooperativa sociale Il Ponte (demo)',
          'Educatori per gli incontri protetti in spazio neutro',
        ],
      ],
      start: '2012-01-01',
      end: '2014-12-31',
      milestones: [
        [
          'Convenzione per la gestione associata approvata dall’Assemblea dei sindaci',
          '2012-02-28',
          true,
        ],
        ['Regolamento unico e fondo di solidarietà in vigore', '2012-06-30', true],
        ['Adesione degli ultimi due comuni', '2013-01-01', false],
        ['Supervisione esterna dell’équipe', '2013-06-30', false],
      ],
      targetGroups: [['FAM', 420]],
      status: 'inProgress',
      budget: {
        COM: [420000, 430000, 435000],
        FNPS: [60000, 60000, 60000],
        FSR: [80000, 80000, 80000],
        SAN: [40000, 40000, 40000],
      },
      indicators: [
        {
          code: 'OB2-A1-I1',
          name: 'Giorni tra la segnalazione e la prima valutazione',
          kind: 'process',
          unit: 'giorni',
          dataSource: CARTELLA,
          frequency: 'semiannual',
          reportedBy: TUTELA,
          direction: 'decrease',
          baseline: [45, 2011],
          targets: [40, 30, 25],
        },
      ],
    },
    {
      title: 'Affido familiare',
      description:
        'Campagna di sensibilizzazione, formazione delle famiglie affidatarie, gruppi di sostegno e contributo mensile uguale in tutti i comuni per l’affido residenziale e diurno.',
      lead: 'Consorzio Sociale Pavese',
      partners: [
        [
          'Associazione Famiglie Insieme (demo)',
          'Ricerca delle famiglie e gruppi di mutuo aiuto degli affidatari',
        ],
        ['ASST di Pavia', 'Valutazione psicologica delle famiglie candidate'],
      ],
      start: '2012-04-01',
      end: '2014-12-31',
      milestones: [
        ['Campagna “Una famiglia in più”', '2012-10-31', false],
        ['Primo corso per famiglie affidatarie', '2013-02-28', false],
      ],
      targetGroups: [['FAM', 35]],
      status: 'inProgress',
      budget: {
        FNPS: [35000, 35000, 35000],
        FSR: [25000, 25000, 25000],
        COM: [15000, 15000, 15000],
      },
      indicators: [
        {
          code: 'OB2-A2-I1',
          name: 'Minori in affido familiare',
          kind: 'output',
          unit: 'persone',
          dataSource: CARTELLA,
          frequency: 'annual',
          reportedBy: TUTELA,
          direction: 'increase',
          baseline: [24, 2011],
          targets: [26, 30, 34],
        },
      ],
    },
    {
      title: 'Assistenza domiciliare minori',
      description:
        'Interventi educativi a domicilio per i nuclei con minori in difficoltà, disposti dal servizio tutela o dal servizio sociale di base, con un progetto scritto e verifiche trimestrali.',
      lead: 'Consorzio Sociale Pavese',
      partners: [
        [
          'Cooperativa sociale Aurora (demo)',
          'Erogazione degli interventi educativi domiciliari (appalto 2012–2014)',
        ],
        [
          'Istituto Comprensivo Siccomario (demo)',
          'Raccordo con gli insegnanti sui progetti educativi',
        ],
      ],
      start: '2012-01-01',
      end: '2014-12-31',
      milestones: [
        ['Nuovo appalto distrettuale aggiudicato', '2012-03-31', true],
        ['Revisione delle schede progetto', '2013-01-31', false],
      ],
      targetGroups: [['FAM', 85]],
      status: 'inProgress',
      budget: {
        FSR: [110000, 110000, 110000],
        COM: [120000, 125000, 125000],
      },
      indicators: [
        {
          code: 'OB2-A3-I1',
          name: 'Ore di assistenza domiciliare educativa erogate',
          kind: 'output',
          unit: 'ore',
          dataSource: 'Rendicontazione mensile della cooperativa',
          frequency: 'quarterly',
          reportedBy: 'Cooperativa sociale Aurora (demo)',
          direction: 'increase',
          baseline: [9800, 2011],
          targets: [10200, 10800, 11000],
        },
      ],
    },
  ],
};
