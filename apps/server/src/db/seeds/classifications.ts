import type { Db } from '../client';
import { classificationItems } from '../schema/index';

type Item = [code: string, labelIt: string, labelEn: string];

/**
 * Reference classifications, seeded once and extendable as data. Areas of intervention are those
 * named by L. 328/2000 and the national plans; the regional macro-areas are those of Lombardy's
 * guidelines as far as known (some are not verified against the official texts: they are rows a user can edit).
 */
const schemes: Record<string, { edition: string; items: Item[] }> = {
  interventionArea: {
    edition: 'L328-2000',
    items: [
      ['MIN', 'Minori, giovani e famiglia', 'Minors, young people and families'],
      ['ANZ', 'Anziani', 'Older people'],
      ['DIP', 'Dipendenze', 'Addictions'],
      ['SMEN', 'Salute mentale', 'Mental health'],
      ['DIS', 'Disabilità', 'Disability'],
      ['IMM', 'Immigrazione', 'Immigration'],
      ['POV', 'Povertà ed emarginazione', 'Poverty and social exclusion'],
    ],
  },
  regionalMacroArea: {
    edition: 'LOM-2021',
    items: [
      ['POV', 'Contrasto alla povertà', 'Fighting poverty'],
      ['CASA', 'Politiche abitative', 'Housing policies'],
      ['DOM', 'Domiciliarità', 'Home-based care'],
      ['ANZ', 'Anziani', 'Older people'],
      ['DIS', 'Disabilità', 'Disability'],
      ['GIOV', 'Politiche giovanili e per i minori', 'Youth and minors policies'],
      ['LAV', 'Lavoro e inclusione attiva', 'Work and active inclusion'],
      ['FAM', 'Famiglia', 'Family'],
      ['DIG', 'Digitalizzazione', 'Digitalisation'],
    ],
  },
  istatUserArea: {
    edition: 'ISTAT',
    items: [
      ['FAM', 'Famiglia e minori', 'Family and minors'],
      ['DIS', 'Disabili', 'People with disabilities'],
      ['ADD', 'Dipendenze', 'Addictions'],
      ['ELD', 'Anziani', 'Older people'],
      ['IMMNOM', 'Immigrati, Rom, Sinti e Caminanti', 'Immigrants, Roma, Sinti and Caminanti'],
      [
        'POV',
        'Povertà, disagio adulti e senza dimora',
        'Poverty, adults in hardship and homeless people',
      ],
      ['MULBEN', 'Multiutenza', 'Multiple user groups'],
    ],
  },
  fundingSource: {
    edition: 'CAT-2024',
    items: [
      ['FNPS', 'Fondo nazionale per le politiche sociali', 'National social policy fund'],
      ['FSR', 'Fondo sociale regionale', 'Regional social fund'],
      [
        'FNA',
        'Fondo nazionale per le non autosufficienze (misure B1/B2)',
        'National fund for non-self-sufficiency (measures B1/B2)',
      ],
      ['FPOV-SERV', 'Fondo povertà – quota servizi', 'Poverty fund – services quota'],
      ['FPOV-EXT', 'Fondo povertà – quota povertà estrema', 'Poverty fund – extreme poverty quota'],
      ['DDN', 'Dopo di noi (L. 112/2016)', '“After us” fund (Law 112/2016)'],
      ['PNRR-M5C2', 'PNRR Missione 5 Componente 2', 'Recovery plan Mission 5 Component 2'],
      ['FSE-PNI', 'FSE+ / PN Inclusione', 'ESF+ / National Inclusion Programme'],
      ['FAM', 'Fondi per la famiglia', 'Family funds'],
      ['AVD', 'Fondi antiviolenza', 'Anti-violence funds'],
      ['COM', 'Risorse proprie dei comuni', 'Municipalities’ own resources'],
      ['SAN', 'Quota sanitaria (ATS/ASST)', 'Health-system share (ATS/ASST)'],
      ['COMP', 'Compartecipazione degli utenti (ISEE)', 'Users’ co-payment (ISEE-based)'],
      ['PRIV', 'Risorse private e di fondazioni', 'Private and foundation money'],
    ],
  },
  leps: {
    edition: 'PNISS-2021',
    items: [
      [
        'SSP',
        'Servizio sociale professionale (1 assistente sociale ogni 5.000 residenti)',
        'Professional social service (1 social worker per 5,000 residents)',
      ],
      ['PIS', 'Pronto intervento sociale', 'Social emergency service'],
      [
        'SUP',
        'Supervisione del personale dei servizi sociali',
        'Supervision of social services staff',
      ],
      ['DIM', 'Dimissioni protette', 'Protected hospital discharge'],
      [
        'PIPPI',
        'Prevenzione dell’allontanamento familiare (P.I.P.P.I.)',
        'Preventing children’s removal (P.I.P.P.I.)',
      ],
      [
        'RES',
        'Residenza fittizia per le persone senza dimora',
        'Registered address for homeless people',
      ],
      ['PUA', 'Punto unico di accesso', 'Single access point'],
    ],
  },
  policySector: {
    edition: 'L328-2000',
    items: [
      ['HEALTH', 'Sanità', 'Health'],
      ['EDU', 'Istruzione', 'Education'],
      ['TRAIN', 'Formazione', 'Training'],
      ['WORK', 'Lavoro', 'Work'],
      ['HOUSING', 'Casa', 'Housing'],
      ['TRANSPORT', 'Trasporti', 'Transport'],
      ['CULTURE', 'Cultura', 'Culture'],
      ['URBAN', 'Urbanistica', 'Urban planning'],
      ['LEISURE', 'Tempo libero', 'Leisure'],
      ['ENV', 'Ambiente', 'Environment'],
      ['COMMS', 'Comunicazione', 'Communications'],
    ],
  },
  staffProfile: {
    edition: 'CAT-2024',
    items: [
      ['AS', 'Assistente sociale', 'Social worker'],
      ['EDU', 'Educatore professionale', 'Professional educator'],
      ['PSI', 'Psicologo', 'Psychologist'],
      ['OSS', 'Operatore socio-sanitario', 'Social-health care worker'],
      ['MED', 'Mediatore linguistico-culturale', 'Cultural mediator'],
      ['AMM', 'Amministrativo', 'Administrative staff'],
      ['COORD', 'Coordinatore', 'Coordinator'],
    ],
  },
  // The network of services (rete d'offerta). ISTAT categories follow the "Indagine sugli
  // interventi e servizi sociali dei comuni" and the CISIS nomenclature; codes are ours (to check
  // against the current edition: they are editable rows).
  istatServiceCategory: {
    edition: 'ISTAT-2013',
    items: [
      [
        'A1',
        'Segretariato sociale e porta unitaria di accesso',
        'Social secretariat and access desk',
      ],
      ['A2', 'Servizio sociale professionale', 'Professional social work'],
      [
        'B1',
        'Integrazione sociale e mediazione culturale',
        'Social integration and cultural mediation',
      ],
      [
        'B2',
        'Sostegno socio-educativo territoriale e domiciliare',
        'Community and home educational support',
      ],
      ['B3', 'Supporto all’inserimento lavorativo', 'Support for job placement'],
      ['B4', 'Pronto intervento sociale', 'Social emergency service'],
      [
        'B5',
        'Centri per le famiglie e sostegno alla genitorialità',
        'Family centres and parenting support',
      ],
      ['B6', 'Ascolto, orientamento e consulenza', 'Listening, guidance and counselling'],
      ['C1', 'Assistenza domiciliare socio-assistenziale', 'Home social care'],
      [
        'C2',
        'Assistenza domiciliare integrata con servizi sanitari',
        'Integrated home health and social care',
      ],
      ['C3', 'Telesoccorso e teleassistenza', 'Telecare and emergency alarms'],
      ['C4', 'Trasporto sociale', 'Social transport'],
      ['D1', 'Contributi economici a integrazione del reddito', 'Income support grants'],
      ['D2', 'Buoni, voucher e assegni di cura', 'Care vouchers and allowances'],
      ['D3', 'Contributi per il pagamento di rette', 'Grants towards fees'],
      ['E1', 'Asili nido', 'Nurseries'],
      ['E2', 'Servizi integrativi per la prima infanzia', 'Early childhood supplementary services'],
      ['E3', 'Centri diurni', 'Day centres'],
      ['E4', 'Centri di aggregazione giovanile e centri sociali', 'Youth and community centres'],
      ['F1', 'Strutture residenziali', 'Residential facilities'],
      ['F2', 'Accoglienza notturna e dormitori', 'Night shelters and dormitories'],
      ['F3', 'Comunità alloggio e gruppi appartamento', 'Sheltered housing and group homes'],
    ],
  },
  cisisMacroLevel: {
    edition: 'CISIS-2013',
    items: [
      ['IS', 'Interventi e servizi', 'Interventions and services'],
      ['TD', 'Trasferimenti in denaro', 'Cash transfers'],
      ['ST', 'Strutture', 'Facilities'],
    ],
  },
  lombardyFacilityType: {
    edition: 'LOM-2008',
    items: [
      ['NIDO', 'Asilo nido', 'Nursery'],
      ['MNIDO', 'Micronido', 'Micro-nursery'],
      ['NFAM', 'Nido famiglia', 'Home-based nursery'],
      ['CPI', 'Centro prima infanzia', 'Early childhood centre'],
      ['CAG', 'Centro di aggregazione giovanile', 'Youth centre'],
      ['CRD', 'Centro ricreativo diurno per minori', 'Recreational day centre for children'],
      ['CEM', 'Comunità educativa per minori', 'Residential community for minors'],
      ['CFAM', 'Comunità familiare', 'Family-type community'],
      ['ALLAUT', 'Alloggio per l’autonomia', 'Housing for independent living'],
      ['ADM', 'Assistenza domiciliare minori', 'Home educational support for minors'],
      ['CSE', 'Centro socio educativo', 'Socio-educational day centre'],
      ['SFA', 'Servizio di formazione all’autonomia', 'Independence training service'],
      [
        'CAD',
        'Comunità alloggio per persone con disabilità',
        'Group home for people with disabilities',
      ],
      [
        'CDD',
        'Centro diurno per persone con disabilità (socio-sanitario)',
        'Day centre for people with disabilities (health and social care)',
      ],
      [
        'CSS',
        'Comunità socio-sanitaria per persone con disabilità',
        'Health and social care community for people with disabilities',
      ],
      ['SAD', 'Servizio di assistenza domiciliare', 'Home care service'],
      ['CDA', 'Centro diurno per anziani', 'Day centre for older people'],
      ['CASA', 'Comunità alloggio sociale per anziani', 'Sheltered housing for older people'],
      ['APA', 'Alloggio protetto per anziani', 'Protected housing for older people'],
      [
        'CDI',
        'Centro diurno integrato (socio-sanitario)',
        'Integrated day centre (health and social care)',
      ],
      [
        'RSA',
        'Residenza sanitario-assistenziale (socio-sanitaria)',
        'Nursing home (health and social care)',
      ],
    ],
  },
};

/**
 * The years a funding source can fund, from its law (migration 0005 sets the same on databases
 * seeded before): FNPS L. 449/1997, FNA L. 296/2006, Dopo di noi L. 112/2016, the poverty fund's
 * quotas D.Lgs. 147/2017, PNRR 2021–2026, FSE+ 2021–2027 (spent until later). Others: not known.
 */
const fundingSourceYears: Record<string, [validFrom: number, validTo: number | null]> = {
  FNPS: [1998, null],
  FNA: [2007, null],
  DDN: [2016, null],
  'FPOV-SERV': [2018, null],
  'FPOV-EXT': [2018, null],
  'PNRR-M5C2': [2021, 2026],
  'FSE-PNI': [2021, null],
};

export async function seedClassifications(db: Db): Promise<void> {
  const rows = Object.entries(schemes).flatMap(([scheme, { edition, items }]) =>
    items.map(([code, labelIt, labelEn], position) => {
      const [validFrom = null, validTo = null] =
        scheme === 'fundingSource' ? (fundingSourceYears[code] ?? []) : [];
      return { scheme, edition, code, labelIt, labelEn, position, validFrom, validTo };
    }),
  );
  await db
    .insert(classificationItems)
    .values(rows)
    // Existing rows are left as they are: users may have corrected a label.
    .onConflictDoNothing();
}
