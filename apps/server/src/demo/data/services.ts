/**
 * About 45 believable services of the demo Pavia district (DEMONSTRATION DATA: names, places,
 * addresses, contacts and capacities are invented): nurseries, day centres, home care, a social
 * secretariat desk in every municipality, youth centres, employment inclusion, listening centre,
 * dormitory… Idempotent: providers and services are looked up by their natural keys.
 */
import type { ServiceInput } from '@pdz/core';

export const demoProviders: { name: string; kind: string; taxCode?: string; registryNumber?: string }[] = [
  {
    name: 'Cooperativa sociale Aurora (demo)',
    kind: 'thirdSector',
    taxCode: '01234560189',
    registryNumber: 'RUNTS 100231',
  },
  {
    name: 'Cooperativa sociale Il Ponte (demo)',
    kind: 'thirdSector',
    taxCode: '01987650185',
    registryNumber: 'RUNTS 100118',
  },
  {
    name: 'Associazione Famiglie Insieme (demo)',
    kind: 'thirdSector',
    registryNumber: 'RUNTS 100342',
  },
  {
    name: 'Associazione Centro di Ascolto San Michele (demo)',
    kind: 'thirdSector',
    registryNumber: 'RUNTS 100560',
  },
  { name: 'Associazione Porta Aperta (demo)', kind: 'thirdSector', registryNumber: 'RUNTS 100877' },
  { name: 'Fondazione Santa Margherita (demo)', kind: 'private', taxCode: '80012340187' },
  { name: 'Il Girotondo S.r.l. (demo)', kind: 'private', taxCode: '02345670180' },
  { name: 'Volontari del Ticino ODV (demo)', kind: 'thirdSector', registryNumber: 'RUNTS 101502' },
];

export const ALL = '*';
export type ServiceRow = [
  name: string,
  provider: string,
  town: string,
  address: string,
  served: string,
  areas: string,
  istat: string,
  cisis: string,
  facility: string,
  capacity: number | null,
  auth: ServiceInput['authorization'],
  authDate: string,
  eligibility: string,
  costs: string,
  phone: string,
  hours: string,
  status?: ServiceInput['status'],
  description?: string,
];

const PONTE = 'Cooperativa sociale Il Ponte (demo)';
const AURORA = 'Cooperativa sociale Aurora (demo)';
const PORTA = 'Associazione Porta Aperta (demo)';
const CSP = 'Consorzio Sociale Pavese';
const FAMIGLIE = 'Associazione Famiglie Insieme (demo)';
export const weekdays = 'lunedì–venerdì 9:00–12:30';

// prettier-ignore
export const demoServiceRows: ServiceRow[] = [
  ['Asilo nido comunale Il Girasole', 'Comune di Pavia', 'Pavia', 'Via Riviera 24', 'Pavia', 'FAM', 'E1', 'ST', 'NIDO', 60, 'accredited', '2010-09-01', 'Bambini da 3 a 36 mesi residenti a Pavia; graduatoria annuale', 'Retta mensile in base all’ISEE, da 110 a 480 €', '0382 399101', 'lunedì–venerdì 7:30–18:00'],
  ['Asilo nido comunale Arcobaleno', 'Comune di Pavia', 'Pavia', 'Viale Gorizia 8', 'Pavia', 'FAM', 'E1', 'ST', 'NIDO', 48, 'accredited', '2011-01-15', 'Bambini da 3 a 36 mesi residenti a Pavia', 'Retta mensile in base all’ISEE', '0382 399102', 'lunedì–venerdì 7:30–17:30'],
  ['Micronido Piccoli Passi', AURORA, 'Cava Manara', 'Via Roma 15', 'Cava Manara; San Martino Siccomario', 'FAM', 'E1', 'ST', 'MNIDO', 10, 'authorized', '2012-02-01', 'Bambini da 12 a 36 mesi', 'Retta mensile 420 €; voucher regionale “Nidi gratis” per chi ha i requisiti', '0382 552210', 'lunedì–venerdì 8:00–16:30'],
  ['Micronido La Coccinella', 'Il Girotondo S.r.l. (demo)', 'San Martino Siccomario', 'Via Pavia 40', 'San Martino Siccomario; Travacò Siccomario', 'FAM', 'E1', 'ST', 'MNIDO', 10, 'authorized', '2011-09-01', 'Bambini da 6 a 36 mesi', 'Retta mensile 450 €', '0382 490311', 'lunedì–venerdì 7:45–17:00'],
  ['Centro prima infanzia La Tana dei Cuccioli', FAMIGLIE, 'Travacò Siccomario', 'Piazza della Chiesa 3', 'Travacò Siccomario; Sommo', 'FAM', 'E2', 'IS', 'CPI', 15, 'authorized', '2012-03-10', 'Bambini da 12 a 36 mesi con un adulto di riferimento', 'Quota di iscrizione 30 € al mese', '0382 482090', 'martedì e giovedì 9:00–12:00'],
  ['Nido famiglia Casa di Lucia', 'Il Girotondo S.r.l. (demo)', 'Zinasco', 'Via Cavour 7', 'Zinasco; Mezzana Rabattone', 'FAM', 'E2', 'IS', 'NFAM', 5, 'pending', '', 'Bambini da 3 a 36 mesi', 'Retta mensile 380 €', '0382 914400', 'lunedì–venerdì 8:00–14:00'],
  ['Centro diurno disabili Il Mosaico', PONTE, 'Pavia', 'Via Folla di Sotto 12', ALL, 'DIS', 'E3', 'ST', 'CDD', 30, 'accredited', '2009-06-30', 'Persone con disabilità grave dai 18 ai 65 anni; accesso tramite l’équipe di valutazione multidimensionale', 'Quota sociale giornaliera in base all’ISEE (0–28 €); quota sanitaria a carico di Regione', '0382 571020', 'lunedì–venerdì 9:00–16:00'],
  ['Centro socio educativo L’Officina', AURORA, 'Pavia', 'Via Alzaia 31', ALL, 'DIS', 'E3', 'ST', 'CSE', 25, 'accredited', '2010-10-01', 'Persone con disabilità dai 16 ai 65 anni, su progetto del servizio sociale', 'Compartecipazione in base all’ISEE, massimo 15 € al giorno', '0382 552230', 'lunedì–venerdì 8:30–16:00'],
  ['Servizio di formazione all’autonomia Verso l’autonomia', PONTE, 'Cava Manara', 'Via Garibaldi 5', ALL, 'DIS', 'B2', 'IS', 'SFA', 20, 'accredited', '2011-05-12', 'Giovani e adulti con disabilità dai 16 ai 35 anni', 'Gratuito per l’utente; costo a carico dei comuni', '0382 553108', 'lunedì–venerdì 9:00–15:00'],
  ['Comunità alloggio Casa Ticino', PONTE, 'San Martino Siccomario', 'Via dei Mulini 2', ALL, 'DIS', 'F3', 'ST', 'CAD', 10, 'authorized', '2012-01-20', 'Adulti con disabilità senza sostegno familiare', 'Retta giornaliera 95 €, con integrazione comunale in base all’ISEE', '0382 490720', 'Aperta tutto l’anno, 24 ore su 24'],
  ['Centro diurno anziani Il Ritrovo', 'Comune di Pavia', 'Pavia', 'Piazza Petrarca 4', 'Pavia', 'ELD', 'E4', 'ST', 'CDA', 40, 'none', '', 'Persone dai 65 anni residenti a Pavia', 'Gratuito; alcune attività con piccola quota', '0382 399140', 'lunedì–sabato 14:00–18:30'],
  ['Centro diurno integrato Borgo Ticino', 'Fondazione Santa Margherita (demo)', 'Pavia', 'Via Porta Calcinara 9', ALL, 'ELD', 'E3', 'ST', 'CDI', 30, 'accredited', '2008-12-01', 'Anziani parzialmente non autosufficienti che vivono a casa', 'Retta giornaliera 32 €; quota sanitaria a carico di Regione', '0382 381500', 'lunedì–venerdì 8:30–17:30'],
  ['RSA Santa Margherita', 'Fondazione Santa Margherita (demo)', 'Pavia', 'Via Emilia 12', ALL, 'ELD', 'F1', 'ST', 'RSA', 120, 'accredited', '2005-07-01', 'Anziani non autosufficienti; domanda tramite ATS', 'Retta giornaliera da 68 a 82 €', '0382 381501', 'Visite ogni giorno 10:00–12:00 e 15:00–19:00'],
  ['RSA Villa Serena', 'Il Girotondo S.r.l. (demo)', 'Torre d\'Isola', 'Via Bosco Grande 3', ALL, 'ELD', 'F1', 'ST', 'RSA', 80, 'accredited', '2007-03-15', 'Anziani non autosufficienti', 'Retta giornaliera 75 €', '0382 407700', 'Visite ogni giorno 10:00–19:00'],
  ['Assistenza domiciliare (SAD) anziani e disabili', CSP, 'Pavia', 'Via Taramelli 2', ALL, 'ELD; DIS', 'C1', 'IS', 'SAD', null, 'none', '', 'Persone anziane o con disabilità con ridotta autonomia; richiesta al servizio sociale del comune', 'Compartecipazione oraria in base all’ISEE, da 0 a 18 €', '0382 530100', weekdays],
  ['Assistenza domiciliare minori (ADM)', CSP, 'Pavia', 'Via Taramelli 2', ALL, 'FAM', 'B2', 'IS', 'ADM', null, 'none', '', 'Famiglie con minori, su progetto del servizio tutela minori', 'Gratuito', '0382 530101', weekdays],
  ['Telesoccorso', CSP, 'Pavia', 'Via Taramelli 2', ALL, 'ELD; DIS', 'C3', 'IS', '', null, 'none', '', 'Persone sole anziane o fragili', '10 € al mese; gratuito con ISEE sotto 8.000 €', '0382 530102', 'Centrale attiva 24 ore su 24'],
  ['Trasporto sociale', 'Volontari del Ticino ODV (demo)', 'Cava Manara', 'Via Marconi 11', ALL, 'ELD; DIS', 'C4', 'IS', '', null, 'none', '', 'Anziani e persone con disabilità senza mezzi propri, per visite e terapie', 'Offerta libera', '0382 553900', 'Prenotazioni lunedì–venerdì 9:00–12:00'],
  ['Centro di aggregazione giovanile Spazio Giovani', AURORA, 'Pavia', 'Via Ferrini 18', 'Pavia; San Martino Siccomario', 'FAM', 'E4', 'ST', 'CAG', 40, 'authorized', '2010-04-01', 'Ragazze e ragazzi dagli 11 ai 18 anni', 'Gratuito', '0382 552250', 'lunedì–venerdì 14:30–19:00'],
  ['Centro di aggregazione giovanile La Tana', PONTE, 'San Genesio ed Uniti', 'Via Europa 6', 'San Genesio ed Uniti; Sommo; Zinasco', 'FAM', 'E4', 'ST', 'CAG', 25, 'authorized', '2011-09-15', 'Ragazze e ragazzi dagli 11 ai 17 anni', 'Gratuito', '0382 586010', 'martedì–venerdì 15:00–18:30'],
  ['Centro ricreativo estivo', 'Comune di Cava Manara', 'Cava Manara', 'Via Roma 1', 'Cava Manara', 'FAM', 'E4', 'IS', 'CRD', 60, 'none', '', 'Bambini dai 6 agli 11 anni, giugno e luglio', '45 € a settimana, riduzioni per fratelli', '0382 554201', 'Giugno–luglio, lunedì–venerdì 8:00–17:00'],
  ['Servizio inserimento lavorativo (SIL)', CSP, 'Pavia', 'Via Taramelli 2', ALL, 'DIS; POV', 'B3', 'IS', '', null, 'none', '', 'Persone con disabilità o in condizione di svantaggio segnalate dai servizi', 'Gratuito', '0382 530110', 'Su appuntamento, lunedì–giovedì'],
  ['Centro per la famiglia Famiglie al centro', FAMIGLIE, 'Pavia', 'Corso Garibaldi 60', ALL, 'FAM', 'B5', 'IS', '', null, 'none', '', 'Genitori, coppie e famiglie del distretto', 'Gratuito', '0382 301177', 'lunedì, mercoledì e venerdì 9:00–13:00 e 14:00–18:00'],
  ['Consultorio familiare', 'ASST di Pavia', 'Pavia', 'Viale Indipendenza 3', ALL, 'FAM', 'B6', 'IS', '', null, 'accredited', '2004-01-01', 'Donne, coppie, adolescenti e famiglie; accesso diretto', 'Gratuito; alcune prestazioni con ticket', '0382 432600', 'lunedì–venerdì 8:30–16:00'],
  ['Centro di ascolto San Michele', 'Associazione Centro di Ascolto San Michele (demo)', 'Pavia', 'Via San Martino 20', ALL, 'POV; IMMNOM', 'B6', 'IS', '', null, 'none', '', 'Chiunque sia in difficoltà; accesso libero', 'Gratuito', '0382 302030', 'martedì e giovedì 9:30–12:00; sabato 10:00–12:00'],
  ['Dormitorio Casa della Notte', PORTA, 'Pavia', 'Via Lungoticino Visconti 5', ALL, 'POV', 'F2', 'ST', '', 24, 'authorized', '2012-11-01', 'Persone senza dimora, su invio del centro di ascolto o del servizio sociale', 'Gratuito', '0382 302031', 'Ogni sera 19:30–8:00'],
  ['Sportello di mediazione linguistico-culturale', CSP, 'Pavia', 'Via Taramelli 2', ALL, 'IMMNOM', 'B1', 'IS', '', null, 'none', '', 'Cittadini stranieri e servizi che li accolgono', 'Gratuito', '0382 530120', 'mercoledì 9:00–13:00; venerdì 14:00–17:00'],
  ['Pronto intervento sociale', CSP, 'Pavia', 'Via Taramelli 2', ALL, 'MULBEN', 'B4', 'IS', '', null, 'none', '', 'Situazioni di emergenza sociale segnalate da forze dell’ordine, ospedale o comuni', 'Gratuito', '0382 530199', 'Reperibilità 24 ore su 24'],
  ['Contributi economici di sostegno al reddito', 'Comune di Pavia', 'Pavia', 'Piazza del Municipio 2', 'Pavia', 'POV', 'D1', 'TD', '', null, 'none', '', 'Residenti a Pavia con ISEE fino a 6.000 €, su progetto del servizio sociale', 'Gratuito', '0382 399150', 'Su appuntamento'],
  ['Buoni sociali per la cura a domicilio', CSP, 'Pavia', 'Via Taramelli 2', ALL, 'ELD; DIS', 'D2', 'TD', '', null, 'none', '', 'Famiglie che assistono a casa un anziano o una persona con disabilità grave; bando annuale', 'Gratuito', '0382 530130', weekdays],
  ['Comunità educativa Il Faro', AURORA, 'Zerbolò', 'Cascina Sant’Anna 1', ALL, 'FAM', 'F1', 'ST', 'CEM', 8, 'accredited', '2010-02-01', 'Minori allontanati dalla famiglia su provvedimento del Tribunale', 'Retta a carico del comune di residenza', '0382 818200', 'Aperta tutto l’anno, 24 ore su 24'],
  ['Servizio tutela minori', CSP, 'Pavia', 'Via Taramelli 2', ALL, 'FAM', 'A2', 'IS', '', null, 'none', '', 'Minori e famiglie seguiti su mandato dell’autorità giudiziaria', 'Gratuito', '0382 530140', weekdays],
  ['Centro diurno anziani Il Glicine', 'Comune di Sommo', 'Sommo', 'Via Roma 2', 'Sommo; Zinasco', 'ELD', 'E4', 'ST', 'CDA', 20, 'none', '', 'Persone dai 65 anni', 'Gratuito', '0382 484100', 'Chiuso per lavori fino a nuovo avviso', 'suspended'],
  ['Ludoteca Giocamondo', 'Comune di Travacò Siccomario', 'Travacò Siccomario', 'Via Matteotti 9', 'Travacò Siccomario', 'FAM', 'E2', 'IS', '', 30, 'none', '', 'Bambini dai 3 ai 10 anni con un adulto', 'Gratuito', '0382 482100', '', 'closed'],
];
