import type { DemoArea } from '../plan.types';
import { UDP, CARTELLA } from './shared';

/** The demo plan's area “Povertà ed emarginazione” (DEMONSTRATION DATA: every name, figure and text invented). */
export const poverta: DemoArea = {
  code: 'POV',
  title: 'Povertà ed emarginazione',
  description: 'Contrasto alla povertà, all’esclusione abitativa e alla grave marginalità.',
  objectives: [
    {
      code: 'OB5',
      title: 'Contrastare la povertà e l’esclusione sociale',
      description:
        'Criteri comuni per i sostegni economici, progetti personalizzati di uscita dal bisogno e risposte all’emergenza abitativa e alla grave marginalità.',
      macroArea: 'POV',
      kind: 'strategic',
      sharedWithOtherDistricts: false,
      need: 'Tra il 2009 e il 2011 le domande di contributo economico ai comuni del distretto sono passate da 780 a 1.090 (+40 %), e il 46 % dei richiedenti ha un ISEE sotto i 6.000 €. Nel 2011 gli sfratti per morosità sono stati 143 e il centro di ascolto cittadino ha incontrato 320 persone senza dimora o in alloggi precari. Ogni comune applica criteri propri: a parità di bisogno un contributo varia da 150 a 600 €.',
      targetGroups: [
        ['POV', 1100],
        ['FAM', 60],
      ],
      leps: ['SSP', 'PIS', 'RES'],
      integration: [
        [
          'WORK',
          'Patti di inclusione con il Centro per l’impiego e i corsi di riqualificazione della Provincia.',
        ],
        [
          'HOUSING',
          'Fondo sfratti e alloggi temporanei in raccordo con l’ente gestore delle case popolari e il fondo regionale per il sostegno all’affitto.',
        ],
        [
          'HEALTH',
          'Accesso facilitato al medico e ai servizi per le dipendenze per le persone senza dimora.',
        ],
      ],
      healthInvolvement:
        'L’ASST di Pavia garantisce un ambulatorio infermieristico settimanale presso il dormitorio e la presa in carico da parte dei servizi per le dipendenze e della psichiatria; l’ATS collabora alla rilevazione annuale della grave marginalità.',
      coProgramming: true,
      coDesign: false,
      staff: [
        ['AS', 3.5],
        ['EDU', 1],
        ['AMM', 0.5],
      ],
      status: 'inProgress',
      indicators: [
        {
          code: 'OB5-I1',
          name: 'Comuni che applicano il regolamento distrettuale dei contributi',
          kind: 'process',
          unit: 'comuni',
          dataSource: 'Delibere comunali di recepimento',
          frequency: 'annual',
          reportedBy: UDP,
          direction: 'increase',
          baseline: [0, 2011],
          targets: [6, 12, 12],
        },
        {
          code: 'OB5-I2',
          name: 'Beneficiari di contributi economici con un progetto personalizzato',
          kind: 'outcome',
          unit: '%',
          dataSource: CARTELLA,
          frequency: 'annual',
          reportedBy: UDP,
          direction: 'increase',
          baseline: [22, 2011],
          targets: [40, 60, 75],
        },
      ],
      actions: [
        {
          title: 'Regolamento distrettuale dei contributi economici',
          description:
            'Criteri ISEE, importi e durata uguali in tutti i comuni, un progetto personalizzato firmato dal beneficiario e un fondo distrettuale che sostiene i comuni minori.',
          lead: 'Consorzio Sociale Pavese',
          partners: [
            ['Comune di Pavia', 'Sperimentazione del regolamento e formazione degli operatori'],
            ['Comune di Cava Manara', 'Comune pilota per i comuni sotto i 10.000 abitanti'],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Regolamento approvato dall’Assemblea dei sindaci', '2012-05-31', true],
            ['Recepimento in tutti i consigli comunali', '2013-06-30', false],
            ['Verifica degli effetti sulla spesa', '2014-06-30', false],
          ],
          targetGroups: [['POV', 650]],
          status: 'inProgress',
          budget: {
            COM: [120000, 120000, 120000],
            FNPS: [40000, 40000, 40000],
            FSR: [60000, 60000, 60000],
          },
          indicators: [],
        },
        {
          title: 'Emergenza abitativa',
          description:
            'Fondo distrettuale per prevenire gli sfratti per morosità incolpevole e quattro alloggi temporanei per le famiglie sfrattate, con accompagnamento educativo verso una nuova casa.',
          lead: 'Comune di Pavia',
          partners: [
            [
              'Associazione Centro di Ascolto San Michele (demo)',
              'Accompagnamento delle famiglie e gestione di due alloggi temporanei',
            ],
            ['Fondazione Comunitaria del Ticino (demo)', 'Cofinanziamento del fondo sfratti'],
            ['Consorzio Sociale Pavese', 'Gestione del fondo per i comuni diversi da Pavia'],
          ],
          start: '2012-04-01',
          end: '2014-12-31',
          milestones: [
            ['Apertura dei primi due alloggi temporanei', '2012-09-30', false],
            ['Accordo con le associazioni dei proprietari', '2013-03-31', false],
          ],
          targetGroups: [
            ['POV', 90],
            ['FAM', 60],
          ],
          status: 'inProgress',
          budget: {
            COM: [90000, 90000, 90000],
            FNPS: [40000, 40000, 40000],
            FSR: [40000, 40000, 40000],
            PRIV: [15000, 15000, 15000],
          },
          indicators: [
            {
              code: 'OB5-A2-I1',
              name: 'Sfratti evitati con il fondo distrettuale',
              kind: 'outcome',
              unit: 'famiglie',
              dataSource: 'Registro del fondo sfratti',
              frequency: 'annual',
              reportedBy: 'Comune di Pavia – Settore servizi sociali',
              direction: 'increase',
              baseline: null,
              targets: [12, 20, 25],
            },
          ],
        },
        {
          title: 'Accoglienza delle persone senza dimora',
          description:
            'Dormitorio invernale, pronto intervento sociale serale, residenza anagrafica fittizia e un servizio docce e guardaroba presso il centro di ascolto.',
          lead: 'Comune di Pavia',
          partners: [
            [
              'Associazione Centro di Ascolto San Michele (demo)',
              'Gestione del dormitorio invernale e del guardaroba con i volontari',
            ],
            [
              'ASST di Pavia',
              'Ambulatorio infermieristico settimanale e invio ai servizi specialistici',
            ],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Residenza anagrafica fittizia istituita', '2012-06-30', true],
            ['Piano freddo 2012–2013', '2012-11-15', false],
          ],
          targetGroups: [['POV', 180]],
          status: 'inProgress',
          budget: {
            FNPS: [50000, 50000, 50000],
            COM: [40000, 40000, 40000],
            PRIV: [15000, 15000, 15000],
          },
          indicators: [
            {
              code: 'OB5-A3-I1',
              name: 'Notti di accoglienza nel dormitorio invernale',
              kind: 'output',
              unit: 'notti',
              dataSource: 'Registro presenze del dormitorio',
              frequency: 'annual',
              reportedBy: 'Associazione Centro di Ascolto San Michele (demo)',
              direction: 'increase',
              baseline: [3900, 2011],
              targets: [4200, 4500, 4500],
            },
          ],
        },
      ],
    },
  ],
};
