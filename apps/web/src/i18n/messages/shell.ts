/**
 * Messages of the frame around every page: the menu button of the header on a small screen and
 * what a page says when its code could not be loaded. The Italian object defines the keys; the
 * English one must provide the same (the compiler checks it).
 */
export const shellIt = {
  'nav.menu': 'Menu',
  'nav.menuOpen': 'Apri il menu principale',
  'nav.menuClose': 'Chiudi il menu principale',
  'page.loadFailed.title': 'Questa pagina non si è caricata',
  'page.loadFailed.text':
    'Forse è stata pubblicata una nuova versione del Piano di Zona, o la connessione si è interrotta. Ricarica la pagina per continuare: i dati già salvati non vanno persi.',
  'page.crashed.title': 'Questa pagina ha avuto un problema',
  'page.crashed.text':
    'Si è verificato un errore imprevisto. Ricarica la pagina; se il problema si ripete, segnalalo all’Ufficio di Piano.',
  'page.reload': 'Ricarica la pagina',
} as const;

export const shellEn: Record<keyof typeof shellIt, string> = {
  'nav.menu': 'Menu',
  'nav.menuOpen': 'Open the main menu',
  'nav.menuClose': 'Close the main menu',
  'page.loadFailed.title': 'This page did not load',
  'page.loadFailed.text':
    'A new version of Piano di Zona may have been published, or the connection was interrupted. Reload the page to continue: the data already saved is not lost.',
  'page.crashed.title': 'This page ran into a problem',
  'page.crashed.text':
    'An unexpected error occurred. Reload the page; if the problem persists, report it to the plan office.',
  'page.reload': 'Reload the page',
};
