// The chapters of the plan document benchmark's synthetic plan: long, plausible Italian prose
// written as a district office would write it (sections and subsections, bullet and numbered
// lists, bold and italic, links, one Markdown table per chapter) around the live-table markers
// the standard chapters start with. Invented and deterministic: the same random source gives the
// same text.
import { liveTableMarker, standardChapters, type LiveTableName } from '@pdz/core';

/** the random draws the prose needs (scripts/bench/document-plan.ts passes its seeded PRNG) */
export interface Draws {
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
}

/** how much text each chapter gets: sections × paragraphs of ~110 words, plus lists and a table */
export interface ProseSize {
  sections: number;
  paragraphsPerSection: number;
}

const TOWNS = ['Pavia', 'Cava Manara', 'San Martino Siccomario', 'Zinasco', 'Sommo', 'Zerbolò'];
const THEMES = [
  'la domiciliarità degli anziani',
  'il sostegno alla genitorialità',
  'l’inclusione lavorativa',
  'il contrasto all’isolamento',
  'l’accesso ai servizi',
  'l’emergenza abitativa',
  'la presa in carico integrata',
  'la mediazione culturale',
  'l’autonomia delle persone con disabilità',
];
const ACTORS = [
  'l’ufficio di piano',
  'l’assemblea dei sindaci',
  'il tavolo del terzo settore',
  'l’ASST',
  'l’ATS',
  'i servizi sociali comunali',
  'le cooperative sociali',
];
const SECTION_TITLES = [
  'Il quadro di partenza',
  'Le scelte del triennio',
  'Gli strumenti e le risorse',
  'Il lavoro con la rete',
  'I punti di attenzione',
  'Gli esiti attesi',
  'Le modalità di verifica',
];
const SUBSECTION_TITLES = [
  'Il ruolo dei comuni',
  'Le persone coinvolte',
  'Le criticità emerse',
  'Un caso esemplare',
];
const LINKS = [
  ['Regione Lombardia', 'https://www.regione.lombardia.it/'],
  ['ISTAT', 'https://www.istat.it/'],
  ['Ministero del Lavoro e delle Politiche Sociali', 'https://www.lavoro.gov.it/'],
  ['Gazzetta Ufficiale', 'https://www.gazzettaufficiale.it/'],
] as const;

/** sentence templates: {T} a theme, {C} a town, {A} an actor, {N} a number, {Y} a year */
const SENTENCES = [
  'Nel corso del triennio {A} ha raccolto le segnalazioni dei comuni su {T}, e il quadro che ne emerge è più articolato di quanto le sole statistiche lascino intendere.',
  'A {C} la domanda è cresciuta del {N} per cento rispetto al periodo precedente, soprattutto tra le famiglie con un solo reddito e tra gli anziani che vivono soli.',
  'Il distretto ha scelto di affrontare {T} con criteri di accesso comuni, perché una persona non riceva risposte diverse soltanto in ragione del comune in cui risiede.',
  'Le risorse disponibili non coprono l’intero fabbisogno: per questo il piano indica con chiarezza le priorità e i tempi con cui gli interventi saranno estesi.',
  '{A} si riunisce ogni tre mesi per verificare l’andamento delle azioni, discutere gli scostamenti e proporre correttivi all’assemblea dei sindaci.',
  'L’esperienza maturata a {C} mostra che la presa in carico funziona meglio quando l’assistente sociale e l’operatore sanitario condividono fin dall’inizio il progetto individuale.',
  'Nel {Y} sono state seguite {N} persone, un numero che conferma la necessità di rafforzare il servizio senza disperdere le competenze già presenti sul territorio.',
  'Il coinvolgimento del terzo settore non si limita alla gestione dei servizi: le associazioni partecipano alla lettura dei bisogni e alla definizione degli obiettivi.',
  'Per {T} il piano prevede un monitoraggio semestrale, con indicatori semplici che ogni comune è in grado di rilevare senza aggravi amministrativi.',
  'La frammentazione degli interventi resta il principale rischio: progetti finanziati da fonti diverse tendono a sovrapporsi, mentre alcune aree restano scoperte.',
  'I comuni più piccoli, come {C}, faticano a garantire la continuità del servizio sociale professionale e chiedono che la gestione associata diventi la regola.',
  'L’integrazione con la sanità passa dalle centrali operative territoriali e dalle case di comunità, che nel {Y} hanno iniziato a operare anche nel distretto.',
  'Le famiglie incontrate durante la fase di ascolto hanno segnalato tempi di attesa lunghi e informazioni frammentarie, due aspetti che il piano affronta in modo esplicito.',
  'Ogni azione ha un ente capofila, un calendario e un budget per fonte e per anno, così che sia sempre possibile sapere chi fa che cosa e con quali risorse.',
  'Il confronto con gli altri ambiti della provincia ha permesso di adottare strumenti comuni, dalla scheda di valutazione multidimensionale ai regolamenti di accesso.',
  'Gli operatori hanno partecipato a {N} ore di formazione congiunta, un investimento che ha migliorato il linguaggio comune tra servizi sociali e sanitari.',
  'La lettura dei dati demografici conferma l’invecchiamento della popolazione e la riduzione delle nascite, con effetti diversi nella città e nei comuni della cintura.',
  'A fronte di questi cambiamenti, {A} propone di spostare progressivamente risorse dalle prestazioni economiche ai servizi di prossimità.',
  'La valutazione della precedente triennalità ha evidenziato risultati positivi su {T}, ma anche obiettivi rimasti solo in parte raggiunti per carenza di personale.',
  'Il piano dedica particolare attenzione alle persone che non si rivolgono spontaneamente ai servizi e che vanno cercate dove vivono, studiano e lavorano.',
];
const BULLETS = [
  'un **punto unico di accesso** in ogni comune, con orari coordinati',
  'la *cartella sociale informatizzata* condivisa tra i servizi',
  'un regolamento distrettuale per le prestazioni agevolate',
  'la formazione congiunta di assistenti sociali ed educatori',
  'un report semestrale pubblicato sul sito del distretto',
  'la co-progettazione con gli enti del terzo settore',
  'protocolli operativi con l’ASST per le dimissioni protette',
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(r: Draws): string {
  return capitalise(
    r
      .pick(SENTENCES)
      .replace('{T}', r.pick(THEMES))
      .replace('{C}', r.pick(TOWNS))
      .replace('{A}', r.pick(ACTORS))
      .replace('{N}', String(r.int(4, 380)))
      .replace('{Y}', String(r.int(2020, 2023))),
  );
}

/** a paragraph of four sentences (~110 words), sometimes with a bold, an italic or a link */
function paragraph(r: Draws): string {
  const parts = Array.from({ length: 4 }, () => sentence(r));
  const mark = r.int(0, 5);
  if (mark === 0) parts[1] = `**${parts[1]}**`;
  if (mark === 1) parts[2] = `*${parts[2]}*`;
  if (mark === 2) {
    const [name, href] = r.pick(LINKS);
    parts.push(`Le fonti sono consultabili sul sito di [${name}](${href}).`);
  }
  return parts.join(' ');
}

function bulletList(r: Draws, ordered: boolean): string {
  const n = r.int(4, 6);
  const items = Array.from(
    { length: n },
    (_, i) => `${ordered ? `${i + 1}.` : '-'} ${r.pick(BULLETS)}`,
  );
  return items.join('\n');
}

function markdownTable(r: Draws): string {
  const rows = TOWNS.map(
    (town) =>
      `| ${town} | ${r.int(20, 900)} | ${r.int(2, 60)} | ${r.pick(['in crescita', 'stabile', 'in calo'])} |`,
  );
  return [
    '| Comune | Persone seguite | Tempo medio di attesa (giorni) | Tendenza |',
    '| --- | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

/** one chapter's body: its live tables first, as a standard chapter starts, then the prose */
function chapterBody(r: Draws, n: number, tables: readonly LiveTableName[], size: ProseSize) {
  const out: string[] = tables.map(liveTableMarker);
  out.push(paragraph(r), paragraph(r));
  for (let s = 0; s < size.sections; s++) {
    out.push(`## ${n}.${s + 1} ${SECTION_TITLES[s % SECTION_TITLES.length]}`);
    for (let p = 0; p < size.paragraphsPerSection; p++) out.push(paragraph(r));
    if (s === 0) out.push('Le priorità condivise sono:', bulletList(r, false));
    if (s === 1) out.push('Le fasi di lavoro previste:', bulletList(r, true));
    if (s === 2) out.push(markdownTable(r));
    if (s % 2 === 1) {
      out.push(`### ${SUBSECTION_TITLES[(n + s) % SUBSECTION_TITLES.length]}`, paragraph(r));
    }
  }
  return out.join('\n\n');
}

/** the nine standard chapters, in their usual order, each with its live-table markers */
export function syntheticChapters(r: Draws, size: ProseSize, id: () => string) {
  return standardChapters.map((c, i) => ({
    id: id(),
    kind: c.kind,
    title: c.title,
    body: chapterBody(r, i + 1, c.tables, size),
  }));
}

/** words in a Markdown text, markers and table rules aside (for the report) */
export const wordCount = (text: string) =>
  text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
