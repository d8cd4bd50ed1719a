import { workspaceIt } from './messages/workspace';
import { sheetIt } from './messages/sheet';
import { indicatorsIt } from './messages/indicators';
import { budgetIt } from './messages/budget';
import { chaptersIt } from './messages/chapters';
import { chapterWordIt } from './messages/chapter-word';
import { spreadsheetIt } from './messages/spreadsheet';
import { documentIt } from './messages/document';
import { comparisonIt } from './messages/comparison';
import { coherenceIt } from './messages/coherence';
import { classificationsIt } from './messages/classifications';
import { needsIt } from './messages/needs';
import { servicesIt } from './messages/services';
import { shellIt } from './messages/shell';
import { validationIt } from './messages/validation';
import { auditIt } from './messages/audit';
import { auditFieldsIt } from './messages/audit-fields';
import { auditMonitoringFieldsIt } from './messages/audit-monitoring-fields';
import { monitoringIt } from './messages/monitoring';
import { monitoringReportIt } from './messages/monitoring-report';
import { monitoringWorkbookIt } from './messages/monitoring-workbook';
/**
 * Italian messages: the reference catalogue. Its keys define `MessageKey`; the English one must
 * provide exactly the same keys (checked by the compiler and by a test). `{name}` is replaced.
 */
export const it = {
  'app.name': 'Piano di Zona',
  'app.tagline': 'Programmazione sociale di ambito',
  'app.skipToContent': 'Vai al contenuto principale',
  'app.loading': 'Caricamento in corso…',
  'app.publicPortal': 'Portale pubblico',
  'app.footer': 'Piano di Zona – piattaforma open source per gli ambiti territoriali sociali',
  'app.demoData': 'Dati dimostrativi',
  'app.demoDataNote':
    'Questa installazione contiene dati dimostrativi: obiettivi, azioni e importi sono inventati.',

  'lang.label': 'Lingua',
  'lang.it': 'Italiano',
  'lang.en': 'English',
  'lang.switchTo': 'Passa a {language}',

  'nav.label': 'Menu principale',
  'nav.district': 'Distretto',
  'nav.plans': 'Piani',
  'nav.audit': 'Registro attività',

  'header.user': 'Utente: {name}',
  'header.roles': 'Ruolo: {roles}',
  'header.logout': 'Esci',
  'header.district': 'Distretto: {name}',

  'role.planOffice': 'Ufficio di Piano',
  'role.mayor': 'Sindaco',
  'role.partner': 'Terzo settore',
  'role.healthAgency': 'ATS',
  'role.region': 'Regione',
  'role.admin': 'Amministratore',

  'orgKind.municipality': 'Comune',
  'orgKind.healthAgency': 'Agenzia di tutela della salute (ATS)',
  'orgKind.healthProvider': 'Azienda socio-sanitaria (ASST)',
  'orgKind.thirdSector': 'Ente del Terzo Settore',
  'orgKind.region': 'Regione',
  'orgKind.consortium': 'Consorzio',
  'orgKind.other': 'Altro ente',

  'login.title': 'Accedi',
  'login.intro': 'Accedi con le credenziali fornite dall’Ufficio di Piano.',
  'login.email': 'Indirizzo e-mail',
  'login.password': 'Password',
  'login.submit': 'Accedi',
  'login.submitting': 'Accesso in corso…',
  'login.sessionExpired': 'La sessione è scaduta. Accedi di nuovo per continuare.',
  'login.loggedOut': 'Sei uscito dal Piano di Zona.',
  'login.wrongCredentials': 'E-mail o password errate.',
  'login.locked':
    'Troppi tentativi non riusciti: l’account è bloccato. Riprova tra {minutes, plural, one {# minuto} other {# minuti}}.',
  'login.lockedNoTime': 'Troppi tentativi non riusciti: l’account è temporaneamente bloccato.',
  'login.rateLimited':
    'Troppe richieste in poco tempo. Attendi {seconds, plural, one {# secondo} other {# secondi}} e riprova.',
  'login.demoTitle': 'Account dimostrativi',
  'login.demoIntro': 'Installazione dimostrativa: tutti gli account usano la password',
  'login.demoAccount': 'Account',
  'login.demoRole': 'Ruolo',
  'login.demoUse': 'Usa',
  'login.demoUseAccount': 'Usa l’account {email}',
  'login.demoCaption': 'Account dimostrativi e ruoli',

  'error.VALIDATION_FAILED': 'Alcuni dati non sono validi: correggi i campi segnalati.',
  'error.UNAUTHENTICATED': 'Devi accedere per continuare.',
  'error.INVALID_CREDENTIALS': 'E-mail o password errate.',
  'error.SESSION_EXPIRED': 'La sessione è scaduta. Accedi di nuovo.',
  'error.FORBIDDEN': 'Non hai i permessi per questa operazione.',
  'error.CSRF_INVALID':
    'La richiesta non è stata accettata per motivi di sicurezza. Ricarica la pagina e riprova.',
  'error.NOT_FOUND': 'Elemento non trovato: potrebbe essere stato eliminato.',
  'error.VERSION_CONFLICT':
    'Qualcun altro ha modificato questi dati nel frattempo. Le tue modifiche non sono state salvate.',
  'error.PLAN_NOT_EDITABLE': 'Il piano non è modificabile nella fase attuale.',
  'error.INVALID_TRANSITION': 'Questo passaggio di fase non è possibile ora.',
  'error.PLAN_INCOHERENT':
    'Il piano non può essere approvato finché ha problemi bloccanti: vedi il pannello di coerenza.',
  'error.PERIOD_CLOSED':
    'Il periodo di monitoraggio è chiuso: i suoi dati non si possono più modificare.',
  'error.DUPLICATE': 'Esiste già un elemento con questi dati.',
  'error.PAYLOAD_TOO_LARGE': 'Il file o i dati inviati superano la dimensione massima consentita.',
  'error.URI_TOO_LONG': 'L’indirizzo richiesto è troppo lungo.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Il formato dei dati inviati non è accettato.',
  'error.HEADERS_TOO_LARGE':
    'La richiesta è troppo grande: indirizzo o intestazioni troppo lunghi.',
  'error.ACCOUNT_LOCKED': 'L’account è temporaneamente bloccato.',
  'error.RATE_LIMITED': 'Troppe richieste in poco tempo. Attendi e riprova.',
  'error.INTERNAL': 'Si è verificato un errore del server. Riprova più tardi.',
  'error.SERVICE_UNAVAILABLE': 'Il servizio non è disponibile in questo momento. Riprova tra poco.',
  'error.NETWORK_ERROR': 'Il server non risponde. Controlla la connessione e riprova.',
  'error.retry': 'Riprova',

  'common.save': 'Salva',
  'common.saving': 'Salvataggio…',
  'common.cancel': 'Annulla',
  'common.edit': 'Modifica',
  'common.delete': 'Elimina',
  'common.add': 'Aggiungi',
  'common.moveUp': 'Sposta su',
  'common.moveDown': 'Sposta giù',
  'common.saved': 'Modifiche salvate.',
  'common.deleted': '«{name}» eliminato.',
  'common.moved': '«{name}» spostato in posizione {position} di {total}.',
  'common.none': '—',
  'common.yes': 'Sì',
  'common.no': 'No',
  'common.close': 'Chiudi',

  'node.target': '{kind} «{name}»',

  'conflict.title': 'Modifica in conflitto',
  'conflict.current': 'Valori salvati ora:',
  'conflict.useCurrent': 'Carica i valori attuali',
  'conflict.keepMine': 'Mantieni le mie modifiche',
  'conflict.keptMine':
    'Le tue modifiche sono ancora nel modulo: salvando sostituirai i valori attuali.',

  'home.title': 'Scegli il distretto',
  'home.none': 'Il tuo account non è associato ad alcun distretto.',

  'district.titleLabel': 'Distretto sociale',
  'district.region': 'Regione',
  'district.leadBody': 'Ente capofila',
  'district.population': 'Popolazione residente',
  'district.istatCode': 'Codice ambito',
  'district.municipalities': 'Comuni del distretto',
  'district.municipalitiesCaption': 'Comuni del distretto con popolazione al {year}',
  'district.municipalitiesCaptionNoYear': 'Comuni del distretto con popolazione residente',
  'district.col.istat': 'Codice ISTAT',
  'district.col.name': 'Comune',
  'district.col.province': 'Provincia',
  'district.col.population': 'Popolazione',
  'district.total': 'Totale',
  'district.organizations': 'Enti',
  'district.organizationsCaption': 'Enti del distretto e loro tipo',
  'district.col.organization': 'Ente',
  'district.col.identifiers': 'Codice fiscale e registro',
  'district.taxCode': 'C.F. {code}',
  'district.registryNumber': 'Registro {number}',
  'district.col.kind': 'Tipo',
  'district.noOrganizations': 'Nessun ente registrato.',

  'plans.title': 'Piani',
  'plans.caption': 'Piani di zona del distretto',
  'plans.col.title': 'Titolo',
  'plans.col.period': 'Periodo di programmazione',
  'plans.col.phase': 'Fase',
  'plans.col.latest': 'Ultima versione approvata',
  'plans.none': 'Nessun piano ancora.',
  'plans.versionN': 'versione {number}',
  'plans.noVersion': 'nessuna',
  'plans.new': 'Nuovo piano',
  'plans.newIntro':
    'Avvia un nuovo Piano di Zona per un periodo di programmazione: di norma tre anni, al massimo sei.',
  'plans.field.title': 'Titolo del piano',
  'plans.field.startYear': 'Anno di inizio',
  'plans.field.endYear': 'Anno di fine',
  'plans.create': 'Crea il piano',
  'plans.created': 'Piano «{title}» creato.',

  'phase.startUp': 'Avvio',
  'phase.knowledge': 'Conoscenza',
  'phase.concertation': 'Concertazione',
  'phase.drafting': 'Stesura',
  'phase.approved': 'Approvato',
  'phase.agreement': 'Accordo di programma',
  'phase.inForce': 'In vigore',
  'phase.monitoring': 'Monitoraggio',
  'phase.updating': 'Aggiornamento',
  'phase.evaluation': 'Valutazione',
  'phase.closed': 'Concluso',
  'phase.label': 'Fase: {phase}',

  'transition.advance': 'Passa alla fase «{phase}»',
  'transition.approve': 'Approva il piano',
  'transition.openRevision': 'Apri un aggiornamento',
  'transition.signAgreement': 'Registra l’accordo di programma',
  'transition.enterIntoForce': 'Metti in vigore',
  'transition.startMonitoring': 'Avvia il monitoraggio',
  'transition.startEvaluation': 'Avvia la valutazione',
  'transition.close': 'Concludi il piano',
  'transition.done': 'Il piano è ora nella fase «{phase}».',
  'transition.title': 'Azioni sulla fase',

  'approve.title': 'Conferma l’approvazione',
  'approve.explain':
    'Approvando, il contenuto attuale del piano viene congelato in una nuova versione approvata con la sua impronta SHA-256. Non potrà più essere modificato.',
  'approve.resolution': 'Deliberazione dell’Assemblea dei Sindaci (facoltativo)',
  'approve.resolutionHint': 'Ad esempio: Deliberazione n. 3 del 26/03/2012',
  'approve.confirm': 'Approva e congela la versione',
  'approve.decisionDate': 'Data della deliberazione',
  'approve.decisionDateHint':
    'Il giorno in cui l’Assemblea dei Sindaci ha approvato il piano, come gg/mm/aaaa.',
  'approve.decisionDateInvalid': 'Scrivi la data come gg/mm/aaaa, ad esempio 26/03/2012.',
  'approve.decisionDateFuture':
    'La data della deliberazione non può essere successiva a oggi ({today}).',

  'plan.demo': 'Dati dimostrativi',
  'plan.period': 'Periodo di programmazione {period}',
  'plan.readOnly': 'Il piano è in sola lettura nella fase attuale.',
  'plan.versions': 'Versioni approvate',
  'plan.versionsCaption': 'Versioni approvate (congelate) del piano',
  'plan.noVersions': 'Nessuna versione approvata.',
  'plan.col.number': 'Versione',
  'plan.col.approvedAt': 'Data della deliberazione',
  'plan.col.approvedBy': 'Approvata da',
  'plan.col.resolution': 'Deliberazione',
  'plan.col.hash': 'Impronta SHA-256',
  'plan.hashFull': 'Impronta completa: {hash}',
  'plan.viewVersion': 'Visualizza la versione {number}',
  'plan.content': 'Aree, obiettivi e azioni',
  'plan.empty': 'Il piano non contiene ancora aree di intervento.',

  'area.label': 'Area',
  'area.add': 'Aggiungi area',
  'area.new': 'Nuova area di intervento',
  'area.edit': 'Modifica area',
  'area.classification': 'Area di intervento',
  'area.classificationNone': 'Nessuna (area libera)',
  'area.title': 'Titolo dell’area',
  'area.description': 'Descrizione',
  'area.noObjectives': 'Nessun obiettivo in quest’area.',
  'area.deleteConfirm':
    'Eliminare l’area «{title}»? {objectives, plural, =0 {L’area non contiene obiettivi.} one {Sarà eliminato anche l’obiettivo che contiene{actions, plural, =0 {.} one {, con la sua azione.} other {, con le sue # azioni.}}} other {Saranno eliminati anche i # obiettivi che contiene{actions, plural, =0 {.} one {, con l’unica azione presente.} other {, con # azioni in tutto.}}}}',

  'objective.label': 'Obiettivo',
  'objective.add': 'Aggiungi obiettivo',
  'objective.new': 'Nuovo obiettivo',
  'objective.edit': 'Modifica obiettivo',
  'objective.code': 'Codice',
  'objective.title': 'Titolo dell’obiettivo',
  'objective.description': 'Descrizione',
  'objective.noActions': 'Nessuna azione per questo obiettivo.',
  'objective.deleteConfirm':
    'Eliminare l’obiettivo «{title}»?{actions, plural, =0 {} one { Sarà eliminata anche la sua azione.} other { Saranno eliminate anche le sue # azioni.}}',

  'action.label': 'Azione',
  'action.add': 'Aggiungi azione',
  'action.new': 'Nuova azione',
  'action.edit': 'Modifica azione',
  'action.title': 'Titolo dell’azione',
  'action.description': 'Descrizione',
  'action.deleteConfirm': 'Eliminare l’azione «{title}»?',

  'version.title': '{plan} – versione {number}',
  'version.frozen':
    'Versione approvata e congelata: il contenuto è in sola lettura e corrisponde all’impronta indicata.',
  'version.approvedAt': 'Approvata il',
  'version.enteredAt': 'Registrata nella piattaforma il',
  'version.approvedBy': 'Approvata da',
  'version.resolution': 'Deliberazione',
  'version.hash': 'Impronta SHA-256',
  'version.back': 'Torna al piano',

  'notFound.title': 'Pagina non trovata',
  'notFound.text': 'La pagina che cerchi non esiste o è stata spostata.',
  'notFound.home': 'Torna alla pagina iniziale',
  ...workspaceIt,
  ...sheetIt,
  ...indicatorsIt,
  ...budgetIt,
  ...chaptersIt,
  ...chapterWordIt,
  ...spreadsheetIt,
  ...documentIt,
  ...comparisonIt,
  ...coherenceIt,
  ...classificationsIt,
  ...needsIt,
  ...servicesIt,
  ...shellIt,
  ...validationIt,
  ...auditIt,
  ...auditFieldsIt,
  ...auditMonitoringFieldsIt,
  ...monitoringIt,
  ...monitoringReportIt,
  ...monitoringWorkbookIt,
} as const;

export type MessageKey = keyof typeof it;
