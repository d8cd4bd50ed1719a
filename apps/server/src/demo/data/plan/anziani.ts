import type { DemoArea } from '../plan.types';
import { UDP, CARTELLA } from './shared';

/** The demo plan's area “Anziani” (DEMONSTRATION DATA: every name, figure and text invented). */
export const anziani: DemoArea = {
  code: 'ANZ',
  title: 'Anziani',
  description:
    'Domiciliarità, sostegno ai caregiver, dimissioni protette e prevenzione dell’isolamento.',
  objectives: [
    {
      code: 'OB3',
      title: 'Favorire la permanenza a domicilio delle persone anziane',
      description:
        'Integrare l’assistenza domiciliare sociale (SAD) e quella sanitaria (ADI), sostenere chi assiste un familiare e garantire il rientro a casa dopo un ricovero.',
      macroArea: 'DOM',
      kind: 'strategic',
      sharedWithOtherDistricts: true,
      need: 'L’indice di vecchiaia del distretto è 186 (Lombardia 141) e gli ultrasettantacinquenni sono 11.900, il 12 % dei residenti; il 41 % di loro vive solo. Nel 2011 il SAD ha seguito 312 anziani con un’attesa media di 38 giorni, mentre 470 persone sono state dimesse dagli ospedali di Pavia con bisogni di assistenza a domicilio, spesso senza un servizio attivo al rientro.',
      targetGroups: [
        ['ELD', 900],
        ['DIS', 70],
      ],
      leps: ['DIM', 'PUA'],
      integration: [
        [
          'HEALTH',
          'SAD e ADI con valutazione multidimensionale congiunta e un unico piano di assistenza.',
        ],
        [
          'TRANSPORT',
          'Trasporto sociale verso i centri diurni e le visite specialistiche con i volontari dell’associazione anziani.',
        ],
        [
          'HOUSING',
          'Piccoli adattamenti domestici con i contributi per l’abbattimento delle barriere architettoniche.',
        ],
      ],
      healthInvolvement:
        'L’ASST di Pavia attiva l’ADI e le dimissioni protette dai reparti di medicina e geriatria tramite la centrale di continuità ospedale-territorio; l’ATS di Pavia coordina il protocollo provinciale sulle dimissioni protette, comune ai tre distretti della provincia, e gestisce la misura B1.',
      coProgramming: true,
      coDesign: true,
      staff: [
        ['AS', 4.5],
        ['OSS', 14],
        ['COORD', 1],
        ['AMM', 1],
      ],
      status: 'inProgress',
      indicators: [
        {
          code: 'OB3-I1',
          name: 'Ultrasettantacinquenni assistiti a domicilio (SAD, ADI integrata, voucher)',
          kind: 'outcome',
          unit: '%',
          dataSource: 'Flussi SIUSS e rilevazione ATS',
          frequency: 'annual',
          reportedBy: UDP,
          direction: 'increase',
          baseline: [4.1, 2011],
          targets: [4.5, 5, 5.5],
        },
        {
          code: 'OB3-I2',
          name: 'Giorni di attesa per l’attivazione del SAD',
          kind: 'outcome',
          unit: 'giorni',
          dataSource: CARTELLA,
          frequency: 'quarterly',
          reportedBy: UDP,
          direction: 'decrease',
          baseline: [38, 2011],
          targets: [30, 20, 15],
        },
      ],
      actions: [
        {
          title: 'Servizio di assistenza domiciliare associato',
          description:
            'Gestione associata del SAD nei 12 comuni con fornitori accreditati, criteri di accesso e tariffe uniformi secondo l’ISEE, pasti a domicilio e telesoccorso.',
          lead: 'Consorzio Sociale Pavese',
          partners: [
            [
              'Cooperativa sociale Aurora (demo)',
              'Fornitore accreditato: assistenza alla persona e pasti a domicilio',
            ],
            [
              'Cooperativa sociale Il Ponte (demo)',
              'Secondo fornitore accreditato per i comuni del Siccomario',
            ],
            ['Comune di Pavia', 'Conferimento del SAD comunale e degli OSS dipendenti'],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Regolamento e tariffe uniformi approvati', '2012-03-31', true],
            ['Accreditamento dei fornitori e buoni di servizio', '2012-09-30', false],
            ['Telesoccorso esteso a tutti i comuni', '2013-06-30', false],
          ],
          targetGroups: [
            ['ELD', 340],
            ['DIS', 40],
          ],
          status: 'inProgress',
          budget: {
            FNA: [180000, 185000, 185000],
            FSR: [120000, 120000, 120000],
            COM: [340000, 345000, 350000],
            COMP: [100000, 105000, 105000],
          },
          indicators: [
            {
              code: 'OB3-A1-I1',
              name: 'Ore di assistenza domiciliare erogate',
              kind: 'output',
              unit: 'ore',
              dataSource: 'Rendicontazione mensile dei fornitori accreditati',
              frequency: 'monthly',
              reportedBy: UDP,
              direction: 'increase',
              baseline: [19500, 2011],
              targets: [20500, 21500, 22500],
            },
          ],
        },
        {
          title: 'Sostegno ai caregiver familiari',
          description:
            'Buono sociale mensile (misura B2) per chi assiste a casa un familiare non autosufficiente, gruppi di auto-mutuo aiuto e ricoveri di sollievo fino a 30 giorni l’anno.',
          lead: 'Consorzio Sociale Pavese',
          partners: [
            [
              'Associazione Anziani Attivi (demo)',
              'Conduzione dei gruppi di auto-mutuo aiuto e servizio di compagnia',
            ],
            [
              'ATS di Pavia',
              'Valutazione del bisogno con la scala regionale e controlli sulla misura B2',
            ],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Bando dei buoni sociali 2012', '2012-05-31', true],
            ['Avvio dei gruppi di auto-mutuo aiuto', '2012-11-30', false],
          ],
          targetGroups: [
            ['ELD', 150],
            ['DIS', 30],
          ],
          status: 'inProgress',
          budget: {
            FNA: [120000, 125000, 125000],
            FSR: [20000, 20000, 20000],
          },
          indicators: [],
        },
        {
          title: 'Dimissioni protette ospedale-territorio',
          description:
            'Protocollo con l’ASST e l’ATS perché ogni anziano fragile dimesso dai reparti di Pavia abbia, entro tre giorni, un piano di assistenza a domicilio o un ricovero temporaneo.',
          lead: 'ASST di Pavia',
          partners: [
            [
              'ATS di Pavia',
              'Regia del protocollo provinciale e monitoraggio delle segnalazioni',
            ],
            [
              'Consorzio Sociale Pavese',
              'Assistente sociale di collegamento e attivazione del SAD entro 72 ore',
            ],
          ],
          start: '2012-06-01',
          end: '2014-12-31',
          milestones: [
            ['Firma del protocollo provinciale sulle dimissioni protette', '2012-09-30', false],
            ['Modulo unico di segnalazione informatizzato', '2013-03-31', false],
            ['Verifica annuale congiunta', '2013-12-15', false],
          ],
          targetGroups: [['ELD', 260]],
          status: 'inProgress',
          budget: {
            SAN: [60000, 65000, 65000],
            FNA: [30000, 30000, 30000],
            FSR: [20000, 20000, 20000],
          },
          indicators: [
            {
              code: 'OB3-A3-I1',
              name: 'Dimissioni protette con un servizio attivo entro 72 ore',
              kind: 'outcome',
              unit: '%',
              dataSource: 'Rilevazione ATS sulle dimissioni protette',
              frequency: 'semiannual',
              reportedBy: 'ATS di Pavia',
              direction: 'increase',
              baseline: [42, 2011],
              targets: [55, 70, 80],
            },
          ],
        },
        {
          title: 'Centri diurni e custodia sociale contro l’isolamento',
          description:
            'Posti in centro diurno integrato a tariffa agevolata, custodia sociale nei quartieri di edilizia popolare di Pavia e un numero verde estivo per gli anziani soli.',
          lead: 'Comune di Pavia',
          partners: [
            [
              'Associazione Anziani Attivi (demo)',
              'Telefonate di compagnia e accompagnamenti con i volontari',
            ],
            [
              'Fondazione Comunitaria del Ticino (demo)',
              'Finanziamento del progetto estivo “Estate sicura”',
            ],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Piano estate anziani 2012', '2012-06-15', true],
            [
              'Mappa degli anziani soli condivisa con i medici di famiglia',
              '2013-05-31',
              false,
            ],
          ],
          targetGroups: [['ELD', 220]],
          status: 'inProgress',
          budget: {
            COM: [80000, 80000, 80000],
            FSR: [50000, 50000, 50000],
            COMP: [40000, 42000, 42000],
            PRIV: [20000, 20000, 20000],
          },
          indicators: [],
        },
      ],
    },
  ],
};
