import type { DemoObjective } from '../plan.types';
import { UDP, CARTELLA } from './shared';

/** Objective OB1 of the area “Minori, giovani e famiglia”: families (DEMONSTRATION DATA: every name, figure and text invented). */
export const sostegnoFamiglie: DemoObjective = {
  code: 'OB1',
  title: 'Sostenere le famiglie nei compiti di cura ed educazione',
  description:
    'Rafforzare la rete dei servizi per la prima infanzia, il sostegno alla genitorialità e la conciliazione dei tempi di vita e di lavoro, anche nei comuni più piccoli.',
  macroArea: 'FAM',
  kind: 'strategic',
  sharedWithOtherDistricts: false,
  need: 'Nel distretto vivono 14.870 minori (14,9 % dei residenti) e 2.640 bambini sotto i tre anni; i posti nei nidi e micronidi coprono il 21 % della fascia 0–2 anni, contro il 33 % dell’obiettivo europeo. Nel 2011 i servizi sociali comunali hanno seguito 612 nuclei con figli per difficoltà educative o relazionali, il 18 % in più rispetto al 2009. Nei sette comuni sotto i 5.000 abitanti non esiste alcun luogo di consulenza per i genitori.',
  targetGroups: [['FAM', 950]],
  leps: [],
  integration: [
    [
      'EDU',
      'Intesa con gli istituti comprensivi per le segnalazioni precoci e per i gruppi di genitori nelle scuole dell’infanzia.',
    ],
    [
      'HEALTH',
      'Gli psicologi e le ostetriche dei consultori familiari dell’ASST sono presenti al Centro per le famiglie due mattine a settimana.',
    ],
    [
      'WORK',
      'Conciliazione: accordi con le imprese aderenti alla rete territoriale per orari flessibili e centri estivi aziendali.',
    ],
  ],
  healthInvolvement:
    'L’ASST di Pavia mette a disposizione gli psicologi e le ostetriche dei consultori familiari per il percorso nascita e i gruppi di genitori; l’ATS di Pavia autorizza e vigila sulle unità d’offerta per la prima infanzia.',
  coProgramming: true,
  coDesign: true,
  staff: [
    ['AS', 1.5],
    ['EDU', 2],
    ['PSI', 0.5],
    ['AMM', 0.5],
  ],
  status: 'inProgress',
  indicators: [
    {
      code: 'OB1-I1',
      name: 'Famiglie che accedono al Centro per le famiglie',
      kind: 'output',
      unit: 'famiglie',
      dataSource: 'Registro accessi del Centro per le famiglie',
      frequency: 'quarterly',
      reportedBy: UDP,
      direction: 'increase',
      baseline: null,
      targets: [180, 320, 400],
    },
    {
      code: 'OB1-I2',
      name: 'Copertura dei posti nido sulla popolazione 0–2 anni',
      kind: 'outcome',
      unit: '%',
      dataSource: 'Rilevazione ATS sulle unità d’offerta prima infanzia',
      frequency: 'annual',
      reportedBy: 'ATS di Pavia',
      direction: 'increase',
      baseline: [21, 2011],
      targets: [22, 24, 26],
    },
  ],
  actions: [
    {
      title: 'Centro per le famiglie distrettuale',
      description:
        'Uno sportello unico a Pavia con antenne settimanali a Cava Manara e San Martino Siccomario: consulenza educativa, mediazione familiare, gruppi di genitori e informazione sui servizi per l’infanzia.',
      lead: 'Consorzio Sociale Pavese',
      partners: [
        [
          'Associazione Famiglie Insieme (demo)',
          'Conduzione dei gruppi di genitori e della banca del tempo',
        ],
        [
          'ASST di Pavia',
          'Psicologi e ostetriche del consultorio familiare in presenza due mattine a settimana',
        ],
        [
          'Cooperativa sociale Il Ponte (demo)',
          'Gestione dello sportello e della mediazione familiare in appalto',
        ],
      ],
      start: '2012-03-01',
      end: '2014-12-31',
      milestones: [
        ['Apertura della sede di Pavia', '2012-04-16', true],
        ['Antenne di Cava Manara e San Martino Siccomario', '2012-10-01', false],
        ['Carta dei servizi e valutazione del primo anno', '2013-03-31', false],
      ],
      targetGroups: [['FAM', 400]],
      status: 'inProgress',
      budget: {
        FNPS: [60000, 65000, 65000],
        FAM: [0, 35000, 35000],
        COM: [20000, 20000, 20000],
      },
      indicators: [
        {
          code: 'OB1-A1-I1',
          name: 'Percorsi di mediazione familiare conclusi',
          kind: 'output',
          unit: 'famiglie',
          dataSource: 'Registro accessi del Centro per le famiglie',
          frequency: 'semiannual',
          reportedBy: 'Cooperativa sociale Il Ponte (demo)',
          direction: 'increase',
          baseline: null,
          targets: [15, 30, 40],
        },
      ],
    },
    {
      title: 'Voucher per i servizi prima infanzia',
      description:
        'Contributi alle famiglie con ISEE fino a 15.000 € per la frequenza di nidi e micronidi accreditati del distretto, con graduatoria unica e importi uguali in tutti i comuni.',
      lead: 'Consorzio Sociale Pavese',
      partners: [
        [
          'Comune di Pavia',
          'Raccolta delle domande dei residenti del capoluogo allo sportello comunale',
        ],
        [
          'Cooperativa sociale Il Ponte (demo)',
          'Gestione di due micronidi accreditati convenzionati',
        ],
      ],
      start: '2012-01-01',
      end: '2014-12-31',
      milestones: [
        ['Bando unico distrettuale per l’anno educativo 2012/2013', '2012-06-30', true],
        ['Secondo bando con criteri rivisti', '2013-06-30', false],
        ['Verifica dei posti occupati e dei costi per famiglia', '2014-10-31', false],
      ],
      targetGroups: [['FAM', 140]],
      status: 'inProgress',
      budget: {
        FNPS: [70000, 70000, 70000],
        FSR: [60000, 60000, 60000],
        FAM: [0, 40000, 40000],
        COM: [60000, 60000, 60000],
      },
      indicators: [
        {
          code: 'OB1-A2-I1',
          name: 'Bambini che frequentano il nido con un voucher',
          kind: 'output',
          unit: 'persone',
          dataSource: CARTELLA,
          frequency: 'annual',
          reportedBy: UDP,
          direction: 'increase',
          baseline: [96, 2011],
          targets: [110, 130, 140],
        },
      ],
    },
    {
      title: 'Spazi gioco 0–3 anni nei comuni minori',
      description:
        'Spazi gioco settimanali per i bambini con i loro genitori nelle biblioteche e nei centri civici dei comuni sotto i 5.000 abitanti, a rotazione, con un’educatrice e volontarie formate.',
      lead: 'Associazione Famiglie Insieme (demo)',
      partners: [
        ['Comune di Zinasco', 'Sede presso la biblioteca comunale e pulizia dei locali'],
        ['Comune di San Genesio ed Uniti', 'Sede presso il centro civico'],
        [
          'Fondazione Comunitaria del Ticino (demo)',
          'Cofinanziamento tramite il bando “Crescere insieme”',
        ],
      ],
      start: '2012-09-01',
      end: '2014-12-31',
      milestones: [
        ['Avvio dei primi tre spazi gioco', '2012-10-01', false],
        ['Estensione a Zerbolò e Carbonara al Ticino', '2013-09-30', false],
      ],
      targetGroups: [['FAM', 120]],
      status: 'inProgress',
      budget: {
        FNPS: [20000, 20000, 20000],
        FAM: [0, 10000, 10000],
        PRIV: [15000, 15000, 15000],
      },
      indicators: [],
    },
    {
      title: 'Conciliazione famiglia-lavoro: centri estivi e pre/post scuola',
      description:
        'Centri estivi intercomunali e servizi di pre e post scuola con tariffe secondo l’ISEE per i figli di genitori che lavorano entrambi.',
      lead: 'Consorzio Sociale Pavese',
      partners: [
        [
          'Istituto Comprensivo Siccomario (demo)',
          'Uso delle palestre e dei cortili scolastici nei mesi estivi',
        ],
        [
          'Cooperativa sociale Strade Aperte (demo)',
          'Educatori e coordinamento dei centri estivi',
        ],
      ],
      start: '2013-01-15',
      end: '2014-12-31',
      milestones: [
        ['Accordo con l’istituto comprensivo', '2013-03-31', false],
        ['Primo centro estivo intercomunale', '2013-06-17', false],
      ],
      targetGroups: [['FAM', 180]],
      status: 'planned',
      budget: {
        FAM: [0, 20000, 25000],
        COM: [0, 15000, 15000],
        COMP: [0, 15000, 18000],
      },
      indicators: [],
    },
  ],
};
