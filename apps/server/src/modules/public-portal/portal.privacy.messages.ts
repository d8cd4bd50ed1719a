import type { Locale } from '@pdz/core';
import type { LegalText } from './portal.legal.types';

/**
 * The privacy notice (GDPR art. 13) of the portal as it is: no cookies and no tracking for
 * citizens, only the server's request log. {controllers} are the districts' lead bodies;
 * {email}, {dpo} and {retention} are facts of the body that publishes the portal (config.ts).
 */
const it: LegalText = {
  title: 'Informativa privacy',
  intro: [
    'Questa informativa spiega, come chiede l’articolo 13 del Regolamento (UE) 2016/679 sulla protezione dei dati personali (GDPR), quali dati personali tratta questo portale quando lo consultate e quali sono i vostri diritti.',
  ],
  sections: [
    {
      heading: 'Chi tratta i dati',
      blocks: [
        'Titolare del trattamento è l’ente capofila del distretto, che pubblica il portale per conto dei comuni: {controllers}. Potete scrivere all’ente a {email}.',
        'Responsabile della protezione dei dati dell’ente: {dpo}.',
      ],
    },
    {
      heading: 'Quali dati trattiamo',
      blocks: [
        [
          'Il portale non chiede di registrarsi e non usa cookie né altri strumenti di tracciamento per chi lo consulta: non ci sono statistiche di visita, pubblicità, pulsanti dei social network o contenuti presi da altri siti (anche caratteri e icone sono serviti da questo sito).',
          'Come ogni sito web, il server annota ogni richiesta in un registro tecnico (log): l’indirizzo IP da cui arriva, la data e l’ora, l’indirizzo della pagina chiesta e l’esito. L’indirizzo della pagina comprende le parole cercate nella ricerca dei servizi e il comune scelto: non scrivete nella ricerca dati personali vostri o di altre persone.',
          'L’area riservata agli operatori usa un cookie tecnico, necessario per restare collegati: non riguarda chi consulta il portale.',
        ],
      ],
    },
    {
      heading: 'Perché e su quale base',
      blocks: [
        'Il registro serve a far funzionare il portale, a proteggerlo da abusi e attacchi e a risolvere i guasti. La base giuridica è l’esecuzione di un compito di interesse pubblico (articolo 6, paragrafo 1, lettera e del GDPR): informare i cittadini sui servizi sociali del territorio e sulla loro programmazione (legge 328/2000). I dati non sono usati per profilare nessuno né per decisioni automatiche.',
      ],
    },
    {
      heading: 'Per quanto tempo',
      blocks: ['Le righe del registro sono conservate per {retention} giorni e poi cancellate.'],
    },
    {
      heading: 'Chi può vedere i dati',
      blocks: [
        'Solo il personale autorizzato dell’ente e il fornitore che gestisce il server per suo conto, nominato responsabile del trattamento (articolo 28 del GDPR). Il portale non invia dati ad altri siti e i dati non sono diffusi.',
      ],
    },
    {
      heading: 'I vostri diritti',
      blocks: [
        'Potete chiedere all’ente l’accesso ai vostri dati, la loro rettifica o cancellazione, la limitazione del trattamento, e opporvi al trattamento (articoli da 15 a 21 del GDPR), scrivendo a {email}.',
        'Se ritenete che il trattamento violi il GDPR, potete presentare reclamo al [Garante per la protezione dei dati personali](https://www.garanteprivacy.it/).',
      ],
    },
  ],
  updated: 'Informativa aggiornata il 6 dicembre 2026.',
};

const en: LegalText = {
  title: 'Privacy notice',
  intro: [
    'This notice explains, as article 13 of Regulation (EU) 2016/679 on the protection of personal data (GDPR) requires, which personal data this portal processes when you read it, and what your rights are.',
  ],
  sections: [
    {
      heading: 'Who processes the data',
      blocks: [
        'The controller is the lead body of the district, which publishes the portal on behalf of the municipalities: {controllers}. You can write to the body at {email}.',
        'The body’s data protection officer: {dpo}.',
      ],
    },
    {
      heading: 'What data we process',
      blocks: [
        [
          'The portal does not ask you to register and uses no cookies or other tracking tools for its readers: there are no visit statistics, advertising, social network buttons or content taken from other websites (fonts and icons too are served by this website).',
          'Like every website, the server notes each request in a technical log: the IP address it comes from, the date and time, the address of the page asked for and the result. The page address includes the words searched for in the service search and the municipality chosen: do not type personal data about yourself or others into the search.',
          'The staff area uses a technical cookie, needed to stay signed in: it does not concern the portal’s readers.',
        ],
      ],
    },
    {
      heading: 'Why, and on what basis',
      blocks: [
        'The log is needed to run the portal, protect it from abuse and attacks and fix faults. The legal basis is the performance of a task carried out in the public interest (article 6(1)(e) GDPR): informing citizens about the social services of their area and how they are planned (Italian Law 328/2000). The data are not used to profile anyone or for automated decisions.',
      ],
    },
    {
      heading: 'For how long',
      blocks: ['Log lines are kept for {retention} days and then deleted.'],
    },
    {
      heading: 'Who can see the data',
      blocks: [
        'Only the body’s authorised staff and the provider that runs the server on its behalf, appointed as processor (article 28 GDPR). The portal sends no data to other websites and the data are not disclosed.',
      ],
    },
    {
      heading: 'Your rights',
      blocks: [
        'You can ask the body for access to your data, their rectification or erasure, restriction of processing, and object to processing (articles 15 to 21 GDPR), by writing to {email}.',
        'If you believe the processing breaches the GDPR, you can lodge a complaint with the Italian data protection authority, the [Garante per la protezione dei dati personali](https://www.garanteprivacy.it/).',
      ],
    },
  ],
  updated: 'Notice updated on 6 December 2026.',
};

export const privacyNotice: Record<Locale, LegalText> = { it, en };
