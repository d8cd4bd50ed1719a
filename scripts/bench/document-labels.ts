// The names of the codes the plan document benchmark's synthetic plan uses (document-plan.ts), as
// the classification seed gives them (apps/server/src/db/seeds/classifications.ts): the document
// prints names, not codes.
import type { DocumentLabels } from '@pdz/core';

/** the plan's funding sources, with the names the classification seed gives them */
const SOURCE_LABELS: Record<string, string> = {
  FNPS: 'Fondo nazionale per le politiche sociali',
  FSR: 'Fondo sociale regionale',
  FNA: 'Fondo nazionale per le non autosufficienze (misure B1/B2)',
  'FPOV-SERV': 'Fondo povertà – quota servizi',
  'PNRR-M5C2': 'PNRR Missione 5 Componente 2',
  'FSE-PNI': 'FSE+ / PN Inclusione',
  COM: 'Risorse proprie dei comuni',
  SAN: 'Quota sanitaria (ATS/ASST)',
};
export const SOURCES = Object.keys(SOURCE_LABELS);

/** the other code names the document prints (as seeded in apps/server/src/db/seeds) */
export const LABELS: DocumentLabels = {
  fundingSource: SOURCE_LABELS,
  istatUserArea: {
    FAM: 'Famiglia e minori',
    DIS: 'Disabili',
    ADD: 'Dipendenze',
    ELD: 'Anziani',
    IMMNOM: 'Immigrati, Rom, Sinti e Caminanti',
    POV: 'Povertà, disagio adulti e senza dimora',
    MULBEN: 'Multiutenza',
  },
  regionalMacroArea: {
    POV: 'Contrasto alla povertà',
    CASA: 'Politiche abitative',
    DOM: 'Domiciliarità',
    ANZ: 'Anziani',
    DIS: 'Disabilità',
    GIOV: 'Politiche giovanili e per i minori',
    LAV: 'Lavoro e inclusione attiva',
    FAM: 'Famiglia',
    DIG: 'Digitalizzazione',
  },
  leps: {
    SSP: 'Servizio sociale professionale (1 assistente sociale ogni 5.000 residenti)',
    PIS: 'Pronto intervento sociale',
    SUP: 'Supervisione del personale dei servizi sociali',
    DIM: 'Dimissioni protette',
    PIPPI: 'Prevenzione dell’allontanamento familiare (P.I.P.P.I.)',
    RES: 'Residenza fittizia per le persone senza dimora',
    PUA: 'Punto unico di accesso',
  },
  policySector: {
    HEALTH: 'Sanità',
    EDU: 'Istruzione',
    TRAIN: 'Formazione',
    WORK: 'Lavoro',
    HOUSING: 'Casa',
    TRANSPORT: 'Trasporti',
    CULTURE: 'Cultura',
  },
  staffProfile: {
    AS: 'Assistente sociale',
    EDU: 'Educatore professionale',
    PSI: 'Psicologo',
    OSS: 'Operatore socio-sanitario',
    MED: 'Mediatore linguistico-culturale',
    AMM: 'Amministrativo',
    COORD: 'Coordinatore',
  },
};
