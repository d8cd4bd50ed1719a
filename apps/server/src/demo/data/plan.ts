/**
 * The demo plan 2012–2014 of the Distretto sociale di Pavia (12 municipalities, about 100,000
 * inhabitants). Its structure follows what such a plan contains; every organization marked
 * "(demo)", every objective, action, figure and text is invented demonstration data.
 */
import type { DemoOrganization, DemoPlan } from './plan.types';

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

const UDP = 'Consorzio Sociale Pavese – Ufficio di Piano';
const TUTELA = 'Consorzio Sociale Pavese – Servizio tutela minori';
const CARTELLA = 'Cartella sociale informatizzata';

export const demoPlan: DemoPlan = {
  title: 'Piano di Zona 2012–2014',
  startYear: 2012,
  endYear: 2014,
  carryOver: {
    FNPS: [0, 38000, 21500],
    FSR: [0, 24000, 12000],
    FNA: [0, 15500, 0],
  },
  areas: [
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
  ],
  chapters: [
    {
      kind: 'normativeFramework',
      title: 'Quadro normativo',
      body: `### Il quadro nazionale

La **legge 8 novembre 2000, n. 328** (“Legge quadro per la realizzazione del sistema integrato di interventi e servizi sociali”) affida ai comuni associati negli ambiti territoriali il compito di programmare i servizi sociali attraverso il **Piano di Zona** (art. 19), adottato con un accordo di programma con l’azienda sanitaria e aperto alla partecipazione del terzo settore. Completano il quadro:

- la L. 104/1992 sull’integrazione delle persone con disabilità e la L. 68/1999 sul collocamento mirato;
- la L. 184/1983 sull’affidamento familiare e l’adozione;
- la L. 381/1991 sulle cooperative sociali;
- il D.Lgs. 267/2000, che all’art. 30 regola le convenzioni tra enti locali per la gestione associata dei servizi;
- il D.Lgs. 109/1998 sull’ISEE, riferimento per la compartecipazione degli utenti al costo dei servizi.

### Il quadro regionale

La **L.R. Lombardia 12 marzo 2008, n. 3** disciplina la rete delle unità d’offerta sociali e sociosanitarie e conferma il Piano di Zona come strumento di programmazione dell’ambito distrettuale (art. 18), con l’**Assemblea dei sindaci** come organo politico e l’**Ufficio di Piano** come struttura tecnica. La L.R. 1/2008 riconosce il ruolo del volontariato, della cooperazione sociale e dell’associazionismo.

Le **linee di indirizzo regionali per la programmazione sociale 2012–2014** chiedono ai distretti di:

1. passare dalla gestione della spesa alla **ricomposizione delle risorse** (pubbliche, private e delle famiglie);
2. rafforzare la **gestione associata** dei servizi tra i comuni;
3. integrare la programmazione sociale con quella sociosanitaria dell’azienda sanitaria;
4. dotarsi di un sistema di **indicatori** per valutare i risultati e non solo le attività.

Il presente Piano recepisce queste indicazioni e le traduce in otto obiettivi, descritti nelle schede che seguono.`,
    },
    {
      kind: 'previousEvaluation',
      title: 'Valutazione del Piano di Zona 2009–2011',
      body: `### Cosa è stato fatto

Il Piano 2009–2011 conteneva **14 obiettivi**: a fine triennio l’Ufficio di Piano ne ha giudicati **9 raggiunti**, **3 parzialmente raggiunti** e **2 non raggiunti**, applicando la stessa scala di valutazione usata in questo Piano (sotto il 50 % del risultato atteso: non raggiunto; dal 50 all’89 %: parzialmente raggiunto; dal 90 %: raggiunto).

Tra i risultati più significativi:

- l’avvio della **cartella sociale informatizzata**, oggi in uso in 10 comuni su 12;
- l’accreditamento distrettuale dei nidi e micronidi, con criteri di qualità comuni;
- il **fondo di solidarietà** per i collocamenti dei minori in comunità, sperimentato da sette comuni;
- il servizio di inserimento lavorativo, che ha attivato 61 tirocini nel triennio.

### Cosa non ha funzionato

Sono rimasti **non raggiunti** l’obiettivo di un regolamento unico per i contributi economici, bloccato dalle differenze tra i bilanci comunali, e quello di un punto unico di accesso con l’azienda sanitaria, per il quale mancava un protocollo firmato. L’integrazione tra assistenza domiciliare sociale e sanitaria è rimasta **parziale**: le valutazioni congiunte hanno riguardato il 18 % dei casi.

### Le lezioni per il nuovo triennio

- gli obiettivi devono avere **indicatori misurabili** con un valore di partenza e un traguardo annuale;
- i servizi affidati alla gestione associata funzionano meglio quando le regole (accesso, tariffe, criteri) sono **uguali in tutti i comuni**;
- la collaborazione con la sanità richiede **protocolli firmati**, con tempi e responsabilità chiari;
- il terzo settore chiede di partecipare anche alla **progettazione** dei servizi, non solo alla loro gestione.

Il nuovo Piano riprende i due obiettivi non raggiunti (OB4 e OB5) e ne fa due priorità del triennio.`,
    },
    {
      kind: 'contextAndNeeds',
      title: 'Contesto e bisogni del territorio',
      body: `### Il territorio

Il Distretto sociale di Pavia comprende **12 comuni** e, al censimento 2011, **99.958 abitanti**. Il capoluogo, con 68.280 residenti, raccoglie oltre due terzi della popolazione; gli altri comuni vanno dai 6.586 abitanti di Cava Manara ai 502 di Mezzana Rabattone, e sette hanno meno di 5.000 abitanti.

### La popolazione

- **Anziani**: gli ultrasessantacinquenni sono il 23,6 % dei residenti e gli ultrasettantacinquenni 11.900; l’indice di vecchiaia è **186** (Lombardia 141). Il 41 % degli ultrasettantacinquenni vive solo.
- **Minori e famiglie**: i minori sono 14.870 (14,9 %), i bambini sotto i tre anni 2.640. I nuclei monogenitoriali sono cresciuti del 12 % in cinque anni.
- **Stranieri**: i residenti stranieri sono 9.240, il **9,2 %** della popolazione (10,6 % a Pavia); gli alunni con cittadinanza non italiana sono il 12,4 %.
- **Lavoro**: la disoccupazione provinciale è salita dal 3,9 % del 2008 al 6,3 % del 2011; le ore di cassa integrazione sono triplicate.

### I bisogni emersi

Dall’analisi dei dati dei servizi e dai **tavoli di consultazione** con il terzo settore (sei incontri tra settembre e novembre 2011, 74 partecipanti) sono emersi cinque bisogni prioritari:

1. sostenere a casa un numero crescente di anziani soli e non autosufficienti;
2. rispondere alle nuove povertà di famiglie colpite dalla crisi, anche con un problema abitativo;
3. rendere uniformi tra i comuni l’accesso e le regole dei servizi, a partire dalla tutela minori;
4. accompagnare le persone con disabilità e con disagio psichico verso l’autonomia e il lavoro;
5. raggiungere i genitori dei comuni più piccoli, oggi privi di servizi di sostegno.

### Gli obiettivi del Piano

La tabella seguente riassume gli obiettivi che rispondono a questi bisogni.

{{tabella:objectives}}`,
    },
    {
      kind: 'servicesSupply',
      title: 'L’offerta dei servizi',
      body: `### Le unità d’offerta sociali

Al 31 dicembre 2011 il registro distrettuale contava:

- **14 nidi e micronidi** per 560 posti, 9 dei quali a Pavia, e 3 centri prima infanzia;
- **3 comunità educative** per minori (24 posti) e 2 comunità familiari;
- **2 centri di aggregazione giovanile** e un servizio di educativa di strada attivo solo a Pavia;
- **1 centro socio-educativo** (CSE, 30 posti) e **1 servizio di formazione all’autonomia** per persone con disabilità;
- **1 dormitorio invernale** (20 posti) e un centro di ascolto gestito dal volontariato.

### Le unità d’offerta sociosanitarie

- **6 residenze sanitarie per anziani** (780 posti letto) e **3 centri diurni integrati** (75 posti);
- **2 centri diurni per disabili** (CDD, 60 posti) e 1 residenza sanitaria per disabili;
- i **consultori familiari** dell’ASST a Pavia e a San Martino Siccomario;
- **2 centri psico-sociali** e 4 posti di residenzialità leggera per la salute mentale;
- il **servizio per le dipendenze** dell’ASST con sede a Pavia.

### I servizi sociali comunali

Ogni comune ha un servizio sociale professionale, ma con dotazioni molto diverse: a Pavia lavorano 12 assistenti sociali, mentre cinque comuni condividono un’unica assistente sociale per poche ore a settimana. Nel distretto operano in tutto **15,5 assistenti sociali equivalenti a tempo pieno**, uno ogni 6.450 abitanti circa: l’obiettivo del Piano è avvicinarsi a **uno ogni 5.000** attraverso la gestione associata.

### Il terzo settore

Il registro distrettuale conta **38 organizzazioni** attive nel sociale: 11 cooperative sociali (7 di tipo A e 4 di tipo B), 21 associazioni di volontariato e di promozione sociale, 3 fondazioni e 3 enti religiosi. Molte gestiscono servizi per conto dei comuni; tutte sono state invitate ai tavoli di consultazione.`,
    },
    {
      kind: 'resources',
      title: 'Le risorse',
      body: `### Il quadro complessivo

Per il triennio 2012–2014 il Piano programma circa **12,4 milioni di euro**, poco più di 4 milioni l’anno: **3.990.000 €** nel 2012, **4.207.000 €** nel 2013 e **4.230.000 €** nel 2014, pari a circa **41 € per abitante** l’anno.

Le fonti principali sono:

- le **risorse proprie dei comuni** conferite alla gestione associata (circa il 38 % del totale), soprattutto per la tutela minori e l’assistenza domiciliare;
- il **Fondo sociale regionale** (circa 930.000 € l’anno), destinato al funzionamento delle unità d’offerta;
- il **Fondo nazionale per le politiche sociali** (tra 540.000 e 560.000 € l’anno);
- il **Fondo per le non autosufficienze**, riservato alla domiciliarità di anziani e persone con disabilità (misura B2);
- dal 2013 i **fondi per la famiglia**, per il Centro per le famiglie, i voucher per i nidi e la conciliazione;
- la **quota sanitaria** dell’ASST per le azioni integrate, la **compartecipazione degli utenti** secondo l’ISEE e i contributi della fondazione comunitaria.

I residui dei fondi nazionali e regionali non spesi nel 2012 sono riportati sugli anni successivi e destinati alle stesse aree.

### Risorse per fonte e per anno

{{tabella:budgetBySource}}

### Risorse per area di intervento

{{tabella:budgetByArea}}

### Le quote dei comuni

Le risorse proprie dei comuni sono ripartite secondo la regola approvata dall’Assemblea dei sindaci: in prevalenza **in proporzione agli abitanti** al censimento 2011, con una quota **in parti uguali** che garantisce a tutti i comuni, anche ai più piccoli, l’accesso ai servizi associati. La tabella riporta il riparto aggiornato.

{{tabella:municipalShares}}`,
    },
    {
      kind: 'governance',
      title: 'Governance e assetto organizzativo',
      body: `### Gli organi

- **Assemblea dei sindaci**: approva il Piano, il bilancio delle gestioni associate e la ripartizione delle quote tra i comuni; si riunisce almeno quattro volte l’anno e decide con voto ponderato sulla popolazione.
- **Ente capofila**: il **Consorzio Sociale Pavese** sottoscrive l’accordo di programma per conto dei comuni, gestisce le risorse del Piano e i servizi conferiti.
- **Ufficio di Piano**: struttura tecnica del Consorzio, con un responsabile, due assistenti sociali con funzioni di programmazione e un amministrativo; prepara gli atti, cura il monitoraggio e la rendicontazione alla Regione.
- **Tavolo tecnico**: i responsabili dei servizi sociali dei comuni, riuniti ogni mese.

### La partecipazione

Il terzo settore partecipa attraverso **quattro tavoli tematici** (famiglia e minori, anziani e disabilità, inclusione sociale, salute mentale e dipendenze), aperti a tutte le organizzazioni iscritte al registro distrettuale. I tavoli si riuniscono due volte l’anno per la verifica del Piano e, quando serve, in gruppi di **co-progettazione** su singole azioni.

Le organizzazioni sindacali e le rappresentanze dei cittadini sono consultate prima dell’approvazione del Piano e in occasione dell’aggiornamento annuale.

### La gestione associata

Nel triennio passano alla gestione associata, con convenzione ai sensi dell’art. 30 del D.Lgs. 267/2000:

1. il **servizio tutela minori** (tutti i comuni entro il 2013);
2. l’**assistenza domiciliare** agli anziani e alle persone con disabilità;
3. il **servizio di inserimento lavorativo**;
4. il fondo distrettuale per i **contributi economici** e l’emergenza abitativa.

### L’accordo di programma

L’accordo di programma, sottoscritto dai 12 comuni, dal Consorzio, dall’ATS di Pavia e dall’ASST di Pavia, ha durata triennale; le organizzazioni del terzo settore che partecipano alle azioni vi aderiscono con un atto separato. Il **collegio di vigilanza**, presieduto dal sindaco di Pavia, verifica l’attuazione dell’accordo.`,
    },
    {
      kind: 'socialHealthIntegration',
      title: 'Integrazione socio-sanitaria',
      body: `### Perché integrare

Molti dei bisogni del distretto sono insieme sociali e sanitari: l’anziano fragile dimesso dall’ospedale, il minore che ha bisogno di una valutazione psicologica, la persona con disabilità che cerca un progetto di vita, chi è in cura per una dipendenza o per un disagio psichico. Per queste persone il Piano prevede **percorsi comuni** con l’ATS e l’ASST di Pavia, regolati da protocolli firmati.

### Gli strumenti

- **Punto unico di accesso**: accoglienza e valutazione multidimensionale con un’équipe mista (assistente sociale, medico, infermiere) e una scheda di valutazione unica (OB4).
- **Dimissioni protette**: protocollo provinciale con la centrale di continuità ospedale-territorio dell’ASST e attivazione del servizio domiciliare entro 72 ore (OB3), condiviso con gli altri distretti della provincia.
- **Tutela minori**: psicologi del consultorio e neuropsichiatria infantile nell’équipe distrettuale (OB2).
- **Salute mentale e dipendenze**: progetti individuali costruiti con i centri psico-sociali e con il servizio per le dipendenze (OB7, OB8).

### Le risorse sanitarie

La quota sanitaria destinata alle azioni integrate è di circa **300.000 € l’anno**, a cui si aggiunge il personale sanitario messo a disposizione dall’ASST (psicologi, infermieri, medici dell’équipe di valutazione), non compreso nel bilancio del Piano.

### La governance integrata

La **cabina di regia** tra ATS, ASST e Uffici di Piano della provincia si riunisce ogni tre mesi: verifica i protocolli, scambia i dati sulle persone seguite e prepara gli atti comuni. Il direttore sociosanitario dell’ATS partecipa all’Assemblea dei sindaci quando sono in discussione le azioni integrate.`,
    },
    {
      kind: 'monitoringEvaluation',
      title: 'Monitoraggio e valutazione',
      body: `### Il sistema di indicatori

Ogni obiettivo e circa metà delle azioni hanno uno o più **indicatori**, con:

- il tipo (di **processo**, di **prodotto**, di **risultato** o di **impatto**);
- l’unità di misura, la fonte dei dati e la frequenza di rilevazione;
- il **valore di partenza** (in genere al 2011) e un **traguardo per ciascun anno** del Piano;
- chi è responsabile della rilevazione.

Le fonti principali sono la **cartella sociale informatizzata** del Consorzio, i **flussi SIUSS**, le rilevazioni dell’ATS e le rendicontazioni dei gestori dei servizi.

### La scala di valutazione

Per ogni indicatore il risultato è confrontato con il traguardo dell’anno:

- sotto il **50 %**: non raggiunto;
- dal **50 all’89 %**: parzialmente raggiunto;
- dal **90 %** in su: raggiunto.

Per gli indicatori che devono diminuire (come i giorni di attesa) il confronto è rovesciato. Un obiettivo è raggiunto quando lo sono la maggior parte dei suoi indicatori.

### I tempi

- **ogni sei mesi** l’Ufficio di Piano raccoglie i dati e li presenta al tavolo tecnico;
- **ogni anno**, entro marzo, una relazione all’Assemblea dei sindaci e ai tavoli tematici, con le eventuali modifiche delle azioni e del budget;
- **alla fine del triennio** una valutazione complessiva, base del Piano successivo.

### Gli indicatori del Piano

{{tabella:indicators}}`,
    },
    {
      kind: 'annexes',
      title: 'Allegati',
      body: `### Elenco degli allegati

Fanno parte integrante del Piano i seguenti documenti, depositati presso l’Ufficio di Piano e pubblicati sul sito del Consorzio Sociale Pavese:

1. **Accordo di programma** per l’attuazione del Piano di Zona 2012–2014, sottoscritto dai 12 comuni, dal Consorzio Sociale Pavese, dall’ATS di Pavia e dall’ASST di Pavia;
2. **Verbale dell’Assemblea dei sindaci** di approvazione del Piano;
3. **Relazione sulla consultazione** del terzo settore: calendario dei tavoli, partecipanti e proposte raccolte;
4. **Convenzione per la gestione associata** dei servizi (art. 30 del D.Lgs. 267/2000);
5. **Regolamento distrettuale** per l’accesso ai servizi e la compartecipazione degli utenti secondo l’ISEE;
6. **Regolamento distrettuale dei contributi economici**;
7. **Registro delle unità d’offerta** sociali del distretto al 31 dicembre 2011;
8. **Protocolli d’intesa** con l’ASST di Pavia sul punto unico di accesso, sulle dimissioni protette e sulla tutela minori;
9. **Schede di rendicontazione** della spesa sociale 2009–2011 dei comuni.

### Avvertenza

Gli allegati sono documenti a sé, approvati con atti propri; eventuali modifiche non richiedono una nuova approvazione del Piano, ma sono comunicate all’Assemblea dei sindaci e ai soggetti firmatari dell’accordo di programma.

*Tutti i nomi di organizzazioni seguiti da “(demo)”, le cifre e i testi di questo Piano sono dati dimostrativi inventati.*`,
    },
  ],
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
