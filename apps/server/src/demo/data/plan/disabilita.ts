import type { DemoArea } from '../plan.types';
import { UDP, CARTELLA } from './shared';

/** The demo plan's area “Disabilità” (DEMONSTRATION DATA: every name, figure and text invented). */
export const disabilita: DemoArea = {
  code: 'DIS',
  title: 'Disabilità',
  description:
    'Progetti di vita, domiciliarità, inclusione scolastica e lavorativa delle persone con disabilità.',
  objectives: [
    {
      code: 'OB4',
      title: 'Costruire progetti di vita per le persone con disabilità',
      description:
        'Valutazione multidimensionale condivisa con la sanità, un progetto individuale per ogni persona e percorsi verso il lavoro e l’autonomia.',
      macroArea: 'DIS',
      kind: 'strategic',
      sharedWithOtherDistricts: false,
      need: 'Nel distretto risiedono circa 2.100 persone con invalidità civile al 100 %, 412 alunni con certificazione di disabilità e 168 persone che frequentano centri diurni o residenze per disabili. Solo il 12 % delle persone seguite ha un progetto individuale scritto secondo l’art. 14 della L. 328/2000, e nel 2011 i tirocini attivati sono stati 22 a fronte di 95 iscritti al collocamento mirato.',
      targetGroups: [['DIS', 380]],
      leps: ['PUA'],
      integration: [
        [
          'HEALTH',
          'Valutazione multidimensionale con l’équipe dell’ASST e con la neuropsichiatria infantile nel passaggio alla maggiore età.',
        ],
        [
          'WORK',
          'Raccordo con il collocamento mirato della Provincia e con le cooperative sociali di tipo B per tirocini e assunzioni.',
        ],
        [
          'EDU',
          'Piano dell’assistenza educativa scolastica condiviso con gli istituti e orientamento all’uscita dalla scuola superiore.',
        ],
        ['TRANSPORT', 'Trasporto ai centri diurni organizzato a livello distrettuale.'],
      ],
      healthInvolvement:
        'L’ASST di Pavia partecipa con medico, infermiere e fisioterapista all’équipe di valutazione multidimensionale del punto unico di accesso; l’ATS di Pavia vigila sui centri diurni (CDD e CSE) e gestisce la misura B1 per le disabilità gravissime.',
      coProgramming: true,
      coDesign: true,
      staff: [
        ['AS', 3],
        ['EDU', 2],
        ['PSI', 0.5],
        ['AMM', 0.5],
      ],
      status: 'inProgress',
      indicators: [
        {
          code: 'OB4-I1',
          name: 'Persone con disabilità con un progetto individuale (art. 14 L. 328/2000)',
          kind: 'outcome',
          unit: 'persone',
          dataSource: CARTELLA,
          frequency: 'annual',
          reportedBy: UDP,
          direction: 'increase',
          baseline: [41, 2011],
          targets: [80, 140, 200],
        },
        {
          code: 'OB4-I2',
          name: 'Persone con disabilità assunte dopo un tirocinio',
          kind: 'outcome',
          unit: 'persone',
          dataSource: 'Registro tirocini del SIL',
          frequency: 'annual',
          reportedBy: 'Cooperativa sociale Lavoro e Futuro (demo)',
          direction: 'increase',
          baseline: [4, 2011],
          targets: [5, 7, 9],
        },
      ],
      actions: [
        {
          title: 'Punto unico di accesso per la disabilità',
          description:
            'Accoglienza, orientamento e valutazione integrata socio-sanitaria in un unico punto presso la sede del Consorzio, con sportelli decentrati su appuntamento.',
          lead: 'Consorzio Sociale Pavese',
          partners: [
            [
              'ASST di Pavia',
              'Medico e infermiere dell’équipe di valutazione multidimensionale',
            ],
            [
              'ATS di Pavia',
              'Protocollo d’intesa e formazione comune sugli strumenti di valutazione',
            ],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Protocollo d’intesa sul punto unico di accesso firmato', '2012-04-30', true],
            ['Scheda di valutazione unica in uso', '2012-12-31', false],
            ['Apertura degli sportelli decentrati', '2013-09-30', false],
          ],
          targetGroups: [['DIS', 250]],
          status: 'inProgress',
          budget: {
            SAN: [50000, 50000, 50000],
            FNPS: [30000, 30000, 30000],
            FSR: [25000, 25000, 25000],
            COM: [20000, 20000, 20000],
          },
          indicators: [
            {
              code: 'OB4-A1-I1',
              name: 'Giorni tra la domanda e la valutazione multidimensionale',
              kind: 'process',
              unit: 'giorni',
              dataSource: 'Registro del punto unico di accesso',
              frequency: 'semiannual',
              reportedBy: 'ASST di Pavia',
              direction: 'decrease',
              baseline: [60, 2011],
              targets: [45, 30, 20],
            },
          ],
        },
        {
          title: 'Inserimenti lavorativi',
          description:
            'Servizio di inserimento lavorativo distrettuale (SIL): bilancio di competenze, tirocini di inclusione e tutoraggio in cooperative sociali di tipo B e in aziende.',
          lead: 'Cooperativa sociale Lavoro e Futuro (demo)',
          partners: [
            [
              'Consorzio Sociale Pavese',
              'Titolarità del servizio, borse tirocinio e monitoraggio',
            ],
            [
              'Cooperativa sociale Il Ponte (demo)',
              'Posti di tirocinio nel laboratorio di assemblaggio',
            ],
            [
              'Fondazione Comunitaria del Ticino (demo)',
              'Borse lavoro aggiuntive per i giovani all’uscita dalla scuola',
            ],
          ],
          start: '2012-01-01',
          end: '2014-12-31',
          milestones: [
            ['Convenzione SIL rinnovata', '2012-01-31', true],
            ['Accordo con le associazioni di categoria', '2013-04-30', false],
          ],
          targetGroups: [['DIS', 60]],
          status: 'inProgress',
          budget: {
            FSR: [90000, 90000, 90000],
            COM: [60000, 60000, 60000],
            PRIV: [10000, 10000, 10000],
          },
          indicators: [
            {
              code: 'OB4-A2-I1',
              name: 'Tirocini di inclusione avviati',
              kind: 'output',
              unit: 'persone',
              dataSource: 'Registro tirocini del SIL',
              frequency: 'annual',
              reportedBy: 'Cooperativa sociale Lavoro e Futuro (demo)',
              direction: 'increase',
              baseline: [22, 2011],
              targets: [26, 30, 34],
            },
          ],
        },
        {
          title: 'Domiciliarità e sollievo per persone con disabilità grave',
          description:
            'Voucher per l’assistenza educativa e tutelare a domicilio (misura B2) e soggiorni di sollievo per le famiglie di persone con disabilità grave.',
          lead: 'Consorzio Sociale Pavese',
          partners: [
            [
              'Cooperativa sociale Aurora (demo)',
              'Erogazione dei voucher di assistenza domiciliare',
            ],
            [
              'Associazione Famiglie Insieme (demo)',
              'Fine settimana di sollievo e gruppi per fratelli e sorelle',
            ],
          ],
          start: '2012-03-01',
          end: '2014-12-31',
          milestones: [
            ['Bando dei voucher disabilità 2012', '2012-04-30', true],
            ['Primo fine settimana di sollievo', '2012-11-17', false],
          ],
          targetGroups: [['DIS', 70]],
          status: 'inProgress',
          budget: {
            FNA: [80000, 80000, 80000],
            FSR: [60000, 60000, 60000],
            COM: [100000, 100000, 100000],
            COMP: [20000, 20000, 20000],
          },
          indicators: [],
        },
      ],
    },
  ],
};
