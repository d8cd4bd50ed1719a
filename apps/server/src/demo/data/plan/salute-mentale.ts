import type { DemoArea } from '../plan.types';

/** The demo plan's area “Salute mentale” (DEMONSTRATION DATA: every name, figure and text invented). */
export const saluteMentale: DemoArea = {
  code: 'SMEN',
  title: 'Salute mentale',
  description: 'Abitare, lavoro e socialità per le persone con disagio psichico.',
  objectives: [
    {
      code: 'OB8',
      title: 'Sostenere l’inclusione sociale delle persone con disagio psichico',
      description:
        'Percorsi di residenzialità leggera, lavoro e socializzazione costruiti con il Dipartimento di salute mentale.',
      macroArea: 'CASA',
      kind: 'strategic',
      sharedWithOtherDistricts: true,
      need: 'I centri psico-sociali dell’ASST seguono 1.240 residenti del distretto, il 40 % dei quali tra 18 e 45 anni; 86 persone vivono in strutture residenziali psichiatriche, in media da oltre quattro anni. Molte potrebbero vivere in una casa con un sostegno leggero, ma nel 2011 il distretto disponeva di soli 4 posti di residenzialità leggera e di nessun luogo di socialità nel tempo libero.',
      targetGroups: [['MULBEN', 140]],
      leps: [],
      integration: [
        [
          'HEALTH',
          'Progetti terapeutico-riabilitativi individuali costruiti con i centri psico-sociali.',
        ],
        [
          'HOUSING',
          'Alloggi comunali e di enti religiosi destinati alla residenzialità leggera.',
        ],
        ['WORK', 'Tirocini e inserimenti nelle cooperative sociali di tipo B.'],
        ['CULTURE', 'Laboratori teatrali e musicali aperti alla cittadinanza.'],
      ],
      healthInvolvement:
        'Il Dipartimento di salute mentale dell’ASST di Pavia è titolare dei progetti terapeutico-riabilitativi e paga la quota sanitaria della residenzialità leggera; l’ATS di Pavia coordina il tavolo provinciale per la salute mentale, condiviso con i distretti di Vigevano e Voghera.',
      coProgramming: true,
      coDesign: true,
      staff: [
        ['EDU', 2],
        ['AS', 1],
        ['PSI', 0.3],
      ],
      status: 'inProgress',
      indicators: [
        {
          code: 'OB8-I1',
          name: 'Posti di residenzialità leggera attivi',
          kind: 'output',
          unit: 'posti',
          dataSource: 'Rilevazione ATS sulla residenzialità leggera',
          frequency: 'annual',
          reportedBy: 'ATS di Pavia',
          direction: 'increase',
          baseline: [4, 2011],
          targets: [6, 10, 12],
        },
        {
          code: 'OB8-I2',
          name: 'Persone uscite da strutture residenziali per vivere in una casa',
          kind: 'outcome',
          unit: 'persone',
          dataSource: 'Flussi della psichiatria territoriale dell’ASST',
          frequency: 'annual',
          reportedBy: 'ASST di Pavia',
          direction: 'increase',
          baseline: [2, 2011],
          targets: [3, 5, 7],
        },
      ],
      actions: [
        {
          title: 'Residenzialità leggera',
          description:
            'Appartamenti condivisi con sostegno educativo per percorsi di autonomia di persone in uscita dalle strutture psichiatriche.',
          lead: 'ASST di Pavia',
          partners: [
            [
              'Cooperativa sociale Il Ponte (demo)',
              'Educatori e gestione quotidiana degli appartamenti',
            ],
            [
              'Consorzio Sociale Pavese',
              'Quota sociale, integrazione del canone e raccordo con i comuni di residenza',
            ],
            ['Comune di Pavia', 'Due alloggi comunali in comodato'],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Terzo appartamento (2 posti) aperto', '2012-06-30', true],
            ['Riconoscimento regionale dei nuovi posti', '2013-06-30', false],
          ],
          targetGroups: [['MULBEN', 12]],
          status: 'inProgress',
          budget: {
            SAN: [60000, 65000, 70000],
            FSR: [40000, 40000, 40000],
            COM: [20000, 20000, 20000],
            COMP: [10000, 10000, 10000],
          },
          indicators: [],
        },
        {
          title: 'Tirocini e borse lavoro per gli utenti dei centri psico-sociali',
          description:
            'Tirocini in cooperative di tipo B e in aziende del territorio con un tutor della cooperativa e un referente clinico del centro psico-sociale.',
          lead: 'Cooperativa sociale Lavoro e Futuro (demo)',
          partners: [['ASST di Pavia', 'Segnalazione dei candidati e referente clinico']],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [['Graduatoria annuale dei candidati', '2012-02-29', true]],
          targetGroups: [['MULBEN', 25]],
          status: 'inProgress',
          budget: {
            FSR: [35000, 35000, 35000],
            SAN: [15000, 15000, 15000],
            COM: [10000, 10000, 10000],
          },
          indicators: [
            {
              code: 'OB8-A2-I1',
              name: 'Tirocini conclusi con un contratto di lavoro',
              kind: 'outcome',
              unit: '%',
              dataSource: 'Registro tirocini del SIL',
              frequency: 'annual',
              reportedBy: 'Cooperativa sociale Lavoro e Futuro (demo)',
              direction: 'increase',
              baseline: [15, 2011],
              targets: [18, 22, 25],
            },
          ],
        },
        {
          title: 'Circolo di socializzazione e tempo libero',
          description:
            'Un circolo aperto due pomeriggi a settimana con laboratori, gite e attività sportive, animato da familiari, volontari e utenti esperti.',
          lead: 'Associazione Oltre il Muro (demo)',
          partners: [
            [
              'Fondazione Comunitaria del Ticino (demo)',
              'Contributo al progetto tramite bando',
            ],
            ['Comune di Pavia', 'Sede in comodato presso un centro civico'],
          ],
          start: '2013-01-01',
          end: '2014-12-31',
          milestones: [
            ['Apertura del circolo', '2013-03-01', false],
            ['Festa aperta al quartiere', '2013-09-21', false],
          ],
          targetGroups: [['MULBEN', 60]],
          status: 'planned',
          budget: {
            FNPS: [0, 15000, 15000],
            PRIV: [0, 10000, 10000],
            COM: [0, 5000, 5000],
          },
          indicators: [],
        },
      ],
    },
  ],
};
