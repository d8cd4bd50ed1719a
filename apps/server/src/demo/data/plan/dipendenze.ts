import type { DemoArea } from '../plan.types';

/** The demo plan's area “Dipendenze” (DEMONSTRATION DATA: every name, figure and text invented). */
export const dipendenze: DemoArea = {
  code: 'DIP',
  title: 'Dipendenze',
  description:
    'Prevenzione tra gli adolescenti e reinserimento sociale delle persone in trattamento.',
  objectives: [
    {
      code: 'OB7',
      title: 'Prevenire le dipendenze tra gli adolescenti',
      description:
        'Interventi di prevenzione nelle scuole secondarie e nei luoghi di aggregazione, e percorsi di reinserimento per chi è in cura.',
      macroArea: 'GIOV',
      kind: 'strategic',
      sharedWithOtherDistricts: false,
      need: 'Nel distretto vivono 5.300 ragazzi tra 14 e 19 anni. L’indagine ATS 2011 sugli studenti pavesi indica che il 28 % dei quindicenni ha avuto almeno un episodio di ubriacatura nell’ultimo mese e il 19 % ha usato cannabis nell’ultimo anno. I servizi per le dipendenze seguono 610 residenti, 74 dei quali sotto i 25 anni, e le richieste legate al gioco d’azzardo sono raddoppiate in due anni.',
      targetGroups: [['ADD', 1800]],
      leps: [],
      integration: [
        [
          'HEALTH',
          'Programmi di prevenzione regionali condivisi con l’ATS e invio al servizio per le dipendenze dell’ASST.',
        ],
        [
          'EDU',
          'Interventi nelle classi prime e seconde degli istituti superiori e formazione degli insegnanti referenti.',
        ],
        [
          'LEISURE',
          'Accordi con le società sportive e con i gestori dei locali sul consumo responsabile.',
        ],
        [
          'URBAN',
          'Regolamento comunale sulla distanza delle sale giochi dai luoghi frequentati dai ragazzi.',
        ],
      ],
      healthInvolvement:
        'L’ATS di Pavia coordina i programmi di prevenzione nelle scuole e forma gli insegnanti; il servizio per le dipendenze dell’ASST di Pavia lavora con l’educativa di strada per l’aggancio precoce e prende in carico le persone inviate.',
      coProgramming: true,
      coDesign: true,
      staff: [
        ['EDU', 2.5],
        ['PSI', 0.5],
        ['COORD', 0.3],
      ],
      status: 'inProgress',
      indicators: [
        {
          code: 'OB7-I1',
          name: 'Studenti raggiunti dai programmi di prevenzione',
          kind: 'output',
          unit: 'persone',
          dataSource: 'Rilevazione ATS sui programmi di prevenzione',
          frequency: 'annual',
          reportedBy: 'ATS di Pavia',
          direction: 'increase',
          baseline: [650, 2011],
          targets: [900, 1200, 1400],
        },
        {
          code: 'OB7-I2',
          name: 'Quindicenni con episodi di ubriacatura nell’ultimo mese',
          kind: 'impact',
          unit: '%',
          dataSource: 'Indagine ATS sugli stili di vita degli studenti',
          frequency: 'endOfPlan',
          reportedBy: 'ATS di Pavia',
          direction: 'decrease',
          baseline: [28, 2011],
          targets: [28, 26, 24],
        },
      ],
      actions: [
        {
          title: 'Educativa di strada',
          description:
            'Due educatori nei luoghi di ritrovo dei ragazzi a Pavia e nei comuni del Siccomario, tre sere a settimana, in rete con il servizio per le dipendenze.',
          lead: 'Cooperativa sociale Strade Aperte (demo)',
          partners: [
            ['ASST di Pavia', 'Consulenza del servizio per le dipendenze e invii facilitati'],
            ['Comune di Pavia', 'Mappatura dei luoghi di ritrovo con la polizia locale'],
          ],
          start: '2012-03-01',
          end: '2014-12-31',
          milestones: [
            ['Mappatura dei luoghi di aggregazione', '2012-05-31', true],
            ['Estensione a Cava Manara e Zinasco', '2013-04-30', false],
          ],
          targetGroups: [['ADD', 350]],
          status: 'inProgress',
          budget: {
            FNPS: [55000, 55000, 55000],
            FSR: [20000, 20000, 20000],
            COM: [15000, 15000, 15000],
            SAN: [20000, 20000, 20000],
          },
          indicators: [
            {
              code: 'OB7-A1-I1',
              name: 'Ragazzi contattati dall’educativa di strada',
              kind: 'output',
              unit: 'persone',
              dataSource: 'Diario di bordo degli educatori',
              frequency: 'quarterly',
              reportedBy: 'Cooperativa sociale Strade Aperte (demo)',
              direction: 'increase',
              baseline: [210, 2011],
              targets: [260, 320, 350],
            },
          ],
        },
        {
          title: 'Prevenzione nelle scuole secondarie',
          description:
            'Programma di educazione alle competenze di vita nelle scuole medie e peer education sull’alcol e sul gioco d’azzardo negli istituti superiori, con la formazione degli insegnanti.',
          lead: 'ATS di Pavia',
          partners: [
            [
              'Istituto di Istruzione Superiore Ticino (demo)',
              'Scuola capofila della rete per la peer education',
            ],
            [
              'Istituto Comprensivo Siccomario (demo)',
              'Classi pilota del programma nelle scuole medie',
            ],
          ],
          start: '2012-09-01',
          end: '2014-12-31',
          milestones: [
            ['Formazione dei docenti referenti', '2012-11-30', false],
            ['Primo gruppo di peer educator', '2013-02-28', false],
          ],
          targetGroups: [['ADD', 1400]],
          status: 'planned',
          budget: {
            SAN: [25000, 25000, 25000],
            FNPS: [15000, 15000, 15000],
          },
          indicators: [],
        },
        {
          title: 'Reinserimento sociale e lavorativo delle persone in trattamento',
          description:
            'Tirocini e borse lavoro per persone in cura presso i servizi per le dipendenze, con un tutor della cooperativa e verifiche congiunte con il servizio inviante.',
          lead: 'Cooperativa sociale Lavoro e Futuro (demo)',
          partners: [['ASST di Pavia', 'Invio, progetto terapeutico e verifiche congiunte']],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Protocollo di invio con il servizio per le dipendenze', '2012-03-31', true],
          ],
          targetGroups: [['ADD', 18]],
          status: 'inProgress',
          budget: {
            FSR: [30000, 30000, 30000],
            SAN: [20000, 20000, 20000],
            COM: [10000, 10000, 10000],
          },
          indicators: [
            {
              code: 'OB7-A3-I1',
              name: 'Persone in trattamento che concludono il tirocinio',
              kind: 'outcome',
              unit: 'persone',
              dataSource: 'Registro tirocini del SIL',
              frequency: 'annual',
              reportedBy: 'Cooperativa sociale Lavoro e Futuro (demo)',
              direction: 'increase',
              baseline: [7, 2011],
              targets: [9, 11, 13],
            },
          ],
        },
      ],
    },
  ],
};
