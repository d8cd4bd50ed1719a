/** Who reports and where the data come from, as the demo plan's indicators name them. */
export const UDP = 'Consorzio Sociale Pavese – Ufficio di Piano';
export const TUTELA = 'Consorzio Sociale Pavese – Servizio tutela minori';
export const CARTELLA = 'Cartella sociale informatizzata';
