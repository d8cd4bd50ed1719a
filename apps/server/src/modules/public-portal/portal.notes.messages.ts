import type { Locale } from '@pdz/core';
import type { LegalText } from './portal.legal.types';

/** The legal notes: licence of the content and open data, the software's licence, no warranty. */
const it: LegalText = {
  title: 'Note legali',
  intro: [
    'Queste note dicono come potete riusare i contenuti e i dati del portale e a quali condizioni è distribuito il programma con cui è fatto.',
  ],
  sections: [
    {
      heading: 'Contenuti e dati aperti',
      blocks: [
        'I piani, le schede dei servizi e gli altri contenuti del portale sono pubblicati dagli enti dei distretti. Per il Codice dell’amministrazione digitale (articolo 52, comma 2, del decreto legislativo 82/2005) i dati e i documenti che le pubbliche amministrazioni pubblicano senza una licenza diversa sono dati di tipo aperto: salvo diversa indicazione, su questo portale sono rilasciati con licenza [Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)](https://creativecommons.org/licenses/by/4.0/deed.it), quella indicata dalle linee guida sui dati aperti. Potete copiarli, distribuirli e riusarli, anche a fini commerciali, citando la fonte (l’ente e il distretto) e indicando se li avete modificati.',
        'I dati dei servizi sono pubblicati anche in un formato che altri programmi possono leggere, lo standard internazionale Open Referral (HSDS 3.0): [dati aperti dei servizi](/api/hsds/services).',
        'Nomi, stemmi e loghi degli enti restano dei rispettivi titolari.',
      ],
    },
    {
      heading: 'Il testo che fa fede',
      blocks: [
        'Di ogni piano fa fede il testo approvato con l’atto indicato nella sua pagina. L’impronta digitale mostrata con ogni piano permette di verificare che il testo pubblicato sia proprio quello approvato. Le pagine segnate come «Dati dimostrativi» hanno contenuti inventati a scopo di prova e non hanno alcun valore.',
      ],
    },
    {
      heading: 'Il programma',
      blocks: [
        'Il portale è realizzato con Piano di Zona, un programma libero distribuito con la [Licenza pubblica dell’Unione europea (EUPL) versione 1.2](https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:32017D0863): chiunque può usarlo, studiarlo, modificarlo e ridistribuirlo alle condizioni della licenza.',
        'Usa componenti di altri autori con le loro licenze libere, tra cui Bootstrap Italia (licenza BSD a 3 clausole), i caratteri Titillium Web e Lora (SIL Open Font License 1.1) e Roboto Mono (licenza Apache 2.0).',
      ],
    },
    {
      heading: 'Nessuna garanzia',
      blocks: [
        'Il programma è fornito «così com’è», senza garanzie di alcun tipo, come stabiliscono gli articoli 7 e 8 della licenza EUPL. Gli enti curano i contenuti che pubblicano, ma, nei limiti consentiti dalla legge, non rispondono di danni derivanti dall’uso delle informazioni del portale o dall’impossibilità di consultarlo.',
        'I collegamenti verso altri siti sono offerti per comodità: gli enti non rispondono dei loro contenuti.',
      ],
    },
  ],
  updated: 'Note aggiornate il 6 dicembre 2026.',
};

const en: LegalText = {
  title: 'Legal notes',
  intro: [
    'These notes say how you may reuse the content and data of the portal, and on what terms the software it is built with is distributed.',
  ],
  sections: [
    {
      heading: 'Content and open data',
      blocks: [
        'The plans, the service pages and the other content of the portal are published by the bodies of the districts. Under the Italian Digital Administration Code (article 52(2) of Legislative Decree 82/2005), data and documents that public administrations publish without another licence are open data: unless stated otherwise, on this portal they are released under the [Creative Commons Attribution 4.0 International licence (CC BY 4.0)](https://creativecommons.org/licenses/by/4.0/), the one the open data guidelines name. You may copy, distribute and reuse them, commercially too, crediting the source (the body and the district) and saying whether you changed them.',
        'The data on services are also published in a format other programs can read, the international Open Referral standard (HSDS 3.0): [open data on services](/api/hsds/services).',
        'Names, coats of arms and logos of the bodies remain their owners’.',
      ],
    },
    {
      heading: 'The authentic text',
      blocks: [
        'For each plan, the authentic text is the one approved by the act named on its page. The digital fingerprint shown with each plan lets anyone check that the text published is the one approved. Pages marked as “Demonstration data” have content invented for testing and have no value at all.',
      ],
    },
    {
      heading: 'The software',
      blocks: [
        'The portal is built with Piano di Zona, free software distributed under the [European Union Public Licence (EUPL) version 1.2](https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017D0863): anyone may use, study, change and redistribute it on the terms of the licence.',
        'It uses components by other authors under their own free licences, among them Bootstrap Italia (3-clause BSD licence), the Titillium Web and Lora fonts (SIL Open Font License 1.1) and Roboto Mono (Apache License 2.0).',
      ],
    },
    {
      heading: 'No warranty',
      blocks: [
        'The software is provided “as is”, without warranty of any kind, as articles 7 and 8 of the EUPL state. The bodies take care of the content they publish but, to the extent the law allows, are not liable for damage arising from the use of the portal’s information or from being unable to consult it.',
        'Links to other websites are offered for convenience: the bodies are not responsible for their content.',
      ],
    },
  ],
  updated: 'Notes updated on 6 December 2026.',
};

export const legalNotes: Record<Locale, LegalText> = { it, en };
