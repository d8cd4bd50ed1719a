/**
 * DEMONSTRATION DATA for the needs analysis of the demo district: social workers per year for the
 * LEPS panel, and the need statements of the demo plan, grounded on the demo population figures
 * and linked to the objectives (by code) that answer them.
 */
export const demoSocialWorkers = [
  { year: 2010, permanentFte: 13.5, otherFte: 1 },
  { year: 2011, permanentFte: 14.5, otherFte: 1 },
  { year: 2012, permanentFte: 15, otherFte: 1.5 },
  { year: 2013, permanentFte: 16, otherFte: 2 },
  { year: 2014, permanentFte: 17.5, otherFte: 2.5 },
];

/** By area code of the demo plan: the needs and the objectives (by code) answering them. */
export const demoNeeds: Record<
  string,
  { title: string; statement: string; evidence: string[]; objectives: string[] }[]
> = {
  MIN: [
    {
      title: 'Famiglie giovani nei comuni della cintura senza servizi per la prima infanzia',
      statement:
        'I bambini di 0–2 anni sono circa 2.600 nel distretto e crescono a San Martino Siccomario, Cava Manara e Torre d’Isola mentre restano stabili a Pavia: i posti nido e gli spazi gioco sono quasi tutti in città.',
      evidence: [
        'Analisi dei bisogni: fascia 0–2 per comune, 2010–2014 (dati dimostrativi)',
        'Tavolo minori e famiglia, 2011',
      ],
      objectives: ['OB1'],
    },
    {
      title: 'Minori in tutela seguiti da équipe diverse per comune',
      statement:
        'Oltre 13.000 ragazzi di 0–14 anni e una tutela minori organizzata comune per comune: tempi di presa in carico diversi e collocamenti in comunità lontani dal territorio.',
      evidence: ['Analisi dei bisogni: popolazione 0–14 anni (dati dimostrativi)'],
      objectives: ['OB2'],
    },
  ],
  ANZ: [
    {
      title: 'Più grandi anziani che vivono soli',
      statement:
        'L’indice di vecchiaia del distretto passa da 185 a 194 tra il 2010 e il 2014; gli ultraottantacinquenni superano quota 2.800 e le famiglie si fanno più piccole (2,16 componenti in media): cresce chi ha bisogno di aiuto a casa senza un familiare vicino.',
      evidence: [
        'Analisi dei bisogni: indice di vecchiaia e fascia 85+ (dati dimostrativi)',
        'Dimensione media delle famiglie 2014',
      ],
      objectives: ['OB3'],
    },
  ],
  DIS: [
    {
      title: 'Giovani con disabilità all’uscita dalla scuola senza un progetto di vita',
      statement:
        'Ogni anno circa 6.300 giovani di 18–24 anni: per quelli con disabilità la fine della scuola coincide spesso con il rientro in famiglia, senza percorsi verso il lavoro o l’abitare.',
      evidence: ['Analisi dei bisogni: fascia 18–24 anni (dati dimostrativi)'],
      objectives: ['OB4'],
    },
  ],
  POV: [
    {
      title: 'Nuove povertà tra le famiglie con figli',
      statement:
        'Con l’indice di dipendenza strutturale oltre 63 e la crisi del lavoro, aumentano le famiglie con minori che chiedono aiuto per la prima volta ai servizi sociali dei comuni.',
      evidence: [
        'Analisi dei bisogni: indice di dipendenza strutturale (dati dimostrativi)',
        'Tavolo povertà, 2011',
      ],
      objectives: ['OB5'],
    },
  ],
  IMM: [
    {
      title: 'Cittadini stranieri in crescita, servizi di mediazione frammentati',
      statement:
        'I residenti stranieri passano dal 9,6% al 10,6% della popolazione tra il 2010 e il 2014, con quote più alte a Pavia: servono mediazione linguistica e orientamento ai servizi in tutti i comuni.',
      evidence: [
        'Analisi dei bisogni: quota di residenti stranieri per comune (dati dimostrativi)',
      ],
      objectives: ['OB6'],
    },
  ],
  DIP: [
    {
      title: 'Adolescenti esposti a consumi a rischio',
      statement:
        'Circa 3.700 ragazzi di 14–17 anni nel distretto; scuole e oratori segnalano consumi precoci di alcol e gioco d’azzardo, senza un presidio di prevenzione comune.',
      evidence: ['Analisi dei bisogni: fascia 14–17 anni (dati dimostrativi)'],
      objectives: ['OB7'],
    },
  ],
  SMEN: [
    {
      title: 'Persone con disagio psichico isolate dopo le dimissioni',
      statement:
        'Famiglie più piccole e più anziane reggono meno il carico di cura: chi esce da un ricovero psichiatrico torna spesso a casa senza una rete di inclusione sociale.',
      evidence: ['Analisi dei bisogni: famiglie e dimensione media (dati dimostrativi)'],
      objectives: ['OB8'],
    },
  ],
};
