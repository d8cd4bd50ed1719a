import type { Locale } from '@pdz/core';
import type { LegalText } from './portal.legal.types';

/**
 * The accessibility statement, on AgID's model (status of conformity, content that is not
 * accessible, how the statement was prepared, feedback and contacts, enforcement procedure),
 * filled with what is true of this product. {owner}, {email}, {agid} and {site} are facts of the
 * body that publishes the portal (config.ts); [text](address) is a link.
 */
const it: LegalText = {
  title: 'Dichiarazione di accessibilità',
  intro: [
    '{owner} si impegna a rendere il proprio sito web accessibile, conformemente alla legge 9 gennaio 2004, n. 4. La presente dichiarazione di accessibilità si applica al portale pubblico dei Piani di Zona{site}, cioè alle pagine dei distretti, dei piani approvati, della ricerca dei servizi e a queste pagine informative.',
    'La dichiarazione pubblicata dall’ente sul sito di AgID, come chiedono le linee guida, è qui: {agid}.',
  ],
  sections: [
    {
      heading: 'Stato di conformità',
      blocks: [
        'Questo sito web è parzialmente conforme ai requisiti previsti dall’allegato A alla norma UNI CEI EN 301549 (per i siti web, le linee guida WCAG 2.1 al livello AA), in ragione dei casi di non conformità elencati di seguito.',
      ],
    },
    {
      heading: 'Contenuti non accessibili',
      blocks: [
        'I contenuti elencati di seguito non sono del tutto accessibili, per inosservanza della legge 4/2004:',
        [
          'Testi scritti dagli uffici dei distretti. I capitoli dei piani, le descrizioni di obiettivi e azioni e le schede dei servizi sono scritti dagli uffici dei distretti. Il portale ne mantiene la struttura (titoli, elenchi, tabelle con le loro intestazioni), ma non può controllare che i titoli dentro un capitolo seguano un ordine corretto, che le immagini eventualmente inserite abbiano un testo alternativo e che i collegamenti abbiano un testo comprensibile (criteri 1.1.1, 1.3.1 e 2.4.4).',
          'Tabella delle risorse per obiettivo. Quando un capitolo contiene questa tabella, le intestazioni delle colonne sono le sigle dei fondi e il loro nome completo compare solo passando sopra la sigla con il mouse: chi usa la tastiera o uno schermo tattile non lo vede.',
        ],
        'Nessun contenuto è escluso per onere sproporzionato e nessun contenuto del portale è fuori dall’ambito della legge.',
      ],
    },
    {
      heading: 'Redazione della dichiarazione di accessibilità',
      blocks: [
        'La presente dichiarazione è stata redatta il 6 dicembre 2026, con un’autovalutazione di chi sviluppa il programma con cui è fatto il portale:',
        [
          'a ogni modifica del programma, tutte le pagine del portale, in italiano e in inglese, sono controllate con lo strumento automatico axe-core sulle regole WCAG 2.1 di livello A e AA;',
          'le pagine sono provate in un browser reale senza JavaScript, su uno schermo largo 390 pixel come quello di un telefono (nessuna pagina scorre di lato; le tabelle larghe scorrono nel loro riquadro, raggiungibile con la tastiera) e in stampa;',
          'non è stata fatta una verifica completa di tutti i criteri con lettori di schermo e altre tecnologie assistive, né una verifica da parte di terzi.',
        ],
        'La dichiarazione va riesaminata ogni anno entro il 23 settembre.',
      ],
    },
    {
      heading: 'Feedback e recapiti',
      blocks: [
        'Per segnalare un problema di accessibilità, o per chiedere in un formato accessibile un contenuto di questo portale o un allegato di un piano (gli allegati non sono pubblicati qui), scrivete a {email}, indicando la pagina e il problema. L’ente risponde entro 30 giorni.',
        'Ente responsabile: {owner}.',
      ],
    },
    {
      heading: 'Procedura di attuazione',
      blocks: [
        'In caso di risposta insoddisfacente o di mancata risposta, nel termine di trenta giorni, alla segnalazione o alla richiesta, potete rivolgervi al Difensore civico per il digitale istituito presso AgID con il [modulo sul sito di AgID](https://form.agid.gov.it/) (articolo 3-quinquies della legge 4/2004).',
      ],
    },
    {
      heading: 'Informazioni sul sito',
      blocks: [
        'Il portale è fatto di pagine HTML e CSS che funzionano anche senza JavaScript, con lo stile del sistema di design di Designers Italia (Bootstrap Italia); caratteri e icone sono serviti da questo stesso sito. Il programma è Piano di Zona, software libero con licenza EUPL-1.2.',
      ],
    },
  ],
  updated: 'Dichiarazione redatta il 6 dicembre 2026.',
};

const en: LegalText = {
  title: 'Accessibility statement',
  intro: [
    '{owner} is committed to making its website accessible, in accordance with Italian Law no. 4 of 9 January 2004. This accessibility statement applies to the public portal of the zone plans{site}, that is to the pages of the districts, of the approved plans, of the service search, and to these information pages.',
    'The statement the body publishes on the website of AgID (the Agency for Digital Italy), as the guidelines require, is here: {agid}.',
  ],
  sections: [
    {
      heading: 'Compliance status',
      blocks: [
        'This website is partially compliant with the requirements of annex A to the standard UNI CEI EN 301549 (for websites, the WCAG 2.1 guidelines at level AA), because of the non-compliances listed below.',
      ],
    },
    {
      heading: 'Non-accessible content',
      blocks: [
        'The content listed below is not fully accessible, because it does not comply with Law 4/2004:',
        [
          'Text written by the district offices. The chapters of the plans, the descriptions of objectives and actions and the service pages are written by the district offices. The portal keeps their structure (headings, lists, tables with their headers) but cannot check that the headings inside a chapter follow a correct order, that any images have a text alternative and that links have understandable text (criteria 1.1.1, 1.3.1 and 2.4.4).',
          'Table of money by objective. When a chapter contains this table, its column headers are the abbreviations of the funds and their full names only appear when the mouse is over an abbreviation: keyboard and touch screen users do not see them.',
        ],
        'No content is excluded as a disproportionate burden, and no content of the portal is outside the scope of the law.',
      ],
    },
    {
      heading: 'Preparation of this statement',
      blocks: [
        'This statement was prepared on 6 December 2026 through a self-assessment by the developers of the software the portal is built with:',
        [
          'at every change of the software, every page of the portal, in Italian and in English, is checked with the automatic tool axe-core against the WCAG 2.1 level A and AA rules;',
          'the pages are tried in a real browser without JavaScript, on a screen 390 pixels wide like a phone’s (no page scrolls sideways; wide tables scroll in their own box, which the keyboard can reach) and in print;',
          'no complete check of every criterion with screen readers and other assistive technologies, and no third-party audit, has been made.',
        ],
        'The statement must be reviewed every year by 23 September.',
      ],
    },
    {
      heading: 'Feedback and contact details',
      blocks: [
        'To report an accessibility problem, or to ask for any content of this portal or an attachment of a plan (attachments are not published here) in an accessible format, write to {email}, naming the page and the problem. The body answers within 30 days.',
        'Body responsible: {owner}.',
      ],
    },
    {
      heading: 'Enforcement procedure',
      blocks: [
        'If the answer is unsatisfactory or there is no answer within thirty days of the report or request, you can turn to the Digital Ombudsman at AgID with the [form on AgID’s website](https://form.agid.gov.it/) (article 3-quinquies of Law 4/2004).',
      ],
    },
    {
      heading: 'About the website',
      blocks: [
        'The portal is made of HTML and CSS pages that also work without JavaScript, in the style of the Designers Italia design system (Bootstrap Italia); fonts and icons are served by this same website. The software is Piano di Zona, free software under the EUPL-1.2 licence.',
      ],
    },
  ],
  updated: 'Statement prepared on 6 December 2026.',
};

export const accessibilityStatement: Record<Locale, LegalText> = { it, en };
