import type { DemoArea } from '../plan.types';
import { UDP, TUTELA, CARTELLA } from './shared';

/** The demo plan's area “Minori, giovani e famiglia” (DEMONSTRATION DATA: every name, figure and text invented). */
export const minori: DemoArea = {
  code: 'MIN',
  title: 'Minori, giovani e famiglia',
  description:
    'Sostegno alla genitorialità, tutela dei minori, servizi per la prima infanzia e conciliazione dei tempi di vita e di lavoro.',
  objectives: [
    {
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
    },
    {
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
    },
  ],
};
