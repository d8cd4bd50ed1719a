import type { DemoArea } from '../plan.types';
import { UDP, CARTELLA } from './shared';

/** The demo plan's area “Immigrazione” (DEMONSTRATION DATA: every name, figure and text invented). */
export const immigrazione: DemoArea = {
  code: 'IMM',
  title: 'Immigrazione',
  description:
    'Accoglienza, apprendimento dell’italiano e accesso ai servizi dei cittadini stranieri.',
  objectives: [
    {
      code: 'OB6',
      title: 'Favorire l’integrazione dei cittadini stranieri',
      description:
        'Rendere accessibili i servizi sociali, sanitari e scolastici con la mediazione linguistico-culturale e promuovere l’apprendimento dell’italiano.',
      macroArea: 'LAV',
      kind: 'system',
      sharedWithOtherDistricts: false,
      need: 'I cittadini stranieri residenti sono 9.240, il 9,2 % della popolazione (10,6 % a Pavia), soprattutto da Romania, Albania, Marocco, Ecuador e Ucraina; un nato su cinque ha genitori stranieri. Nelle scuole del distretto gli alunni con cittadinanza non italiana sono il 12,4 %, e nel 2011 i servizi sociali hanno rinunciato a 140 colloqui per l’assenza di un mediatore.',
      targetGroups: [['IMMNOM', 1200]],
      leps: [],
      integration: [
        [
          'EDU',
          'Protocollo di accoglienza degli alunni stranieri comune a tutti gli istituti del distretto.',
        ],
        [
          'TRAIN',
          'Corsi di italiano e di educazione civica con il CPIA, anche in preparazione al test di lingua per il permesso di lungo periodo.',
        ],
        ['HEALTH', 'Mediatori nei consultori e nel percorso nascita dell’ASST.'],
        ['COMMS', 'Guida ai servizi del distretto tradotta in sei lingue.'],
      ],
      healthInvolvement:
        'L’ASST di Pavia cofinanzia la mediazione nei consultori familiari e nel percorso nascita; l’ATS di Pavia diffonde con materiali tradotti le informazioni sulla scelta del medico e sulle vaccinazioni.',
      coProgramming: true,
      coDesign: true,
      staff: [
        ['MED', 2.5],
        ['AS', 0.5],
        ['COORD', 0.3],
      ],
      status: 'inProgress',
      indicators: [
        {
          code: 'OB6-I1',
          name: 'Ore di mediazione linguistico-culturale nei servizi',
          kind: 'output',
          unit: 'ore',
          dataSource: 'Registro degli interventi di mediazione',
          frequency: 'quarterly',
          reportedBy: 'Cooperativa sociale Ponti di Parole (demo)',
          direction: 'increase',
          baseline: [1450, 2011],
          targets: [1800, 2200, 2400],
        },
        {
          code: 'OB6-I2',
          name: 'Colloqui non svolti per l’assenza di un mediatore',
          kind: 'outcome',
          unit: 'colloqui',
          dataSource: CARTELLA,
          frequency: 'semiannual',
          reportedBy: UDP,
          direction: 'decrease',
          baseline: [140, 2011],
          targets: [90, 50, 20],
        },
      ],
      actions: [
        {
          title: 'Mediazione culturale nei servizi',
          description:
            'Mediatori su appuntamento presso i servizi sociali comunali, i consultori e le scuole, con un numero unico per le prenotazioni e interventi urgenti entro 48 ore.',
          lead: 'Cooperativa sociale Ponti di Parole (demo)',
          partners: [
            [
              'Consorzio Sociale Pavese',
              'Titolarità del servizio, prenotazioni e verifica della qualità',
            ],
            ['ASST di Pavia', 'Mediazione nei consultori e nel percorso nascita'],
            [
              'Istituto Comprensivo Siccomario (demo)',
              'Colloqui con le famiglie degli alunni appena arrivati',
            ],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Numero unico per le prenotazioni', '2012-03-01', true],
            ['Guida ai servizi in sei lingue', '2012-12-31', false],
          ],
          targetGroups: [['IMMNOM', 700]],
          status: 'inProgress',
          budget: {
            FNPS: [45000, 45000, 45000],
            FSR: [20000, 20000, 20000],
            SAN: [10000, 10000, 10000],
          },
          indicators: [],
        },
        {
          title: 'Corsi di italiano per adulti stranieri',
          description:
            'Corsi di lingua italiana dal livello A1 al B1 nei comuni del distretto, in orario serale e con custodia dei bambini per le madri, in collaborazione con il CPIA.',
          lead: 'CPIA Pavia Ovest (demo)',
          partners: [
            [
              'Associazione Centro di Ascolto San Michele (demo)',
              'Volontari per i corsi di alfabetizzazione di base',
            ],
            ['Comune di San Martino Siccomario', 'Aule e custodia dei bambini durante i corsi'],
          ],
          start: '2012-09-15',
          end: '2014-06-30',
          milestones: [
            ['Primo ciclo di corsi nei comuni del Siccomario', '2012-10-15', false],
            ['Sessione d’esame A2 in sede decentrata', '2013-05-31', false],
          ],
          targetGroups: [['IMMNOM', 260]],
          status: 'inProgress',
          budget: {
            FSR: [25000, 25000, 25000],
            COM: [10000, 10000, 10000],
          },
          indicators: [
            {
              code: 'OB6-A2-I1',
              name: 'Adulti che superano l’esame di italiano A2',
              kind: 'outcome',
              unit: 'persone',
              dataSource: 'Registro degli esami del CPIA',
              frequency: 'annual',
              reportedBy: 'CPIA Pavia Ovest (demo)',
              direction: 'increase',
              baseline: [48, 2011],
              targets: [60, 80, 95],
            },
          ],
        },
        {
          title: 'Accoglienza scolastica degli alunni stranieri',
          description:
            'Protocollo comune di accoglienza, laboratori intensivi di italiano per gli alunni appena arrivati e doposcuola con i volontari.',
          lead: 'Istituto Comprensivo Siccomario (demo)',
          partners: [
            [
              'Cooperativa sociale Ponti di Parole (demo)',
              'Facilitatori linguistici nei laboratori intensivi',
            ],
            ['Comune di Travacò Siccomario', 'Spazi e trasporto per il doposcuola'],
          ],
          start: '2012-09-01',
          end: '2014-12-31',
          milestones: [
            ['Protocollo di accoglienza approvato dai collegi docenti', '2012-10-31', false],
            ['Laboratori intensivi in tutti i plessi', '2013-09-30', false],
          ],
          targetGroups: [['IMMNOM', 150]],
          status: 'planned',
          budget: {
            FNPS: [20000, 20000, 20000],
            COM: [15000, 15000, 15000],
          },
          indicators: [],
        },
      ],
    },
  ],
};
