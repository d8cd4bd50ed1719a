/**
 * Messages of the monitoring screens: reporting periods, where the plan stands in each, and the
 * reports on actions and objectives. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 */
export const monitoringIt = {
  'monitoring.heading': 'Monitoraggio',
  'monitoring.intro':
    'Il monitoraggio si fa per periodi: per ogni periodo, chi guida un’azione racconta che cosa ha fatto, quante persone ha raggiunto, quali valori hanno gli indicatori e quanto ha speso. L’Ufficio di Piano controlla e valida le relazioni.',
  'monitoring.noVersion':
    'Il monitoraggio si fa sulla versione approvata del piano: questo piano non ne ha ancora una.',
  'monitoring.noPeriods': 'Nessun periodo di monitoraggio ancora.',
  'monitoring.periodsList': 'Periodi di monitoraggio, dal più recente',
  'monitoring.backToPeriods': 'Tutti i periodi di monitoraggio',
  'monitoring.backToPeriod': 'Torna al periodo di monitoraggio',
  'monitoring.reloaded': 'I dati sono stati ricaricati: controllali e riprova.',
  'monitoring.error.transition':
    'Lo stato è cambiato nel frattempo e questa operazione ora non è possibile.',
  'monitoring.percent': '{value} %',
  'monitoring.late': 'In ritardo',
  'monitoring.kind.action': 'Azione',
  'monitoring.kind.objective': 'Obiettivo',

  'monitoring.periodStatus.open': 'Aperto',
  'monitoring.periodStatus.closed': 'Chiuso',
  'monitoring.reportStatus.none': 'Da compilare',
  'monitoring.reportStatus.draft': 'Bozza',
  'monitoring.reportStatus.submitted': 'Inviato',
  'monitoring.reportStatus.validated': 'Validato',
  'monitoring.reportStatus.returned': 'Rinviato',
  'monitoring.progress.onTrack': 'In linea',
  'monitoring.progress.atRisk': 'A rischio',
  'monitoring.progress.offTrack': 'Fuori linea',
  'monitoring.progress.noData': 'Nessun dato',

  'monitoring.counts.title': 'Relazioni',
  'monitoring.counts.expected': 'attese',
  'monitoring.counts.validated': 'validate',
  'monitoring.counts.submitted': 'inviate',
  'monitoring.counts.draft': 'in bozza',
  'monitoring.counts.returned': 'rinviate',
  'monitoring.counts.missing': 'mancanti',
  'monitoring.counts.late': 'in ritardo',

  'monitoring.period.heading': 'Periodo «{label}»',
  'monitoring.period.days': 'dal {from} al {to}',
  'monitoring.period.due': 'relazioni entro il {date}',
  'monitoring.period.status': 'Stato del periodo',
  'monitoring.period.version': 'Si riferisce alla versione approvata n. {number} del piano.',
  'monitoring.period.closedNotice':
    'Il periodo è chiuso: le sue relazioni e i suoi dati non si possono più modificare.',
  'monitoring.period.close': 'Chiudi',
  'monitoring.period.closeNamed': 'Chiudi il periodo «{label}»',
  'monitoring.period.closeQuestion': 'Chiudere il periodo «{label}»?',
  'monitoring.period.closeExplain':
    'Dopo la chiusura nessuno potrà più modificare le relazioni del periodo, finché l’Ufficio di Piano non lo riapre.',
  'monitoring.period.closeConfirm': 'Chiudi il periodo',
  'monitoring.period.closed': 'Periodo «{label}» chiuso.',
  'monitoring.period.reopen': 'Riapri',
  'monitoring.period.reopenNamed': 'Riapri il periodo «{label}»',
  'monitoring.period.reason': 'Perché lo riapri?',
  'monitoring.period.reasonHint': 'Il motivo resta nel registro attività.',
  'monitoring.period.reopenConfirm': 'Riapri il periodo',
  'monitoring.period.reopened': 'Periodo «{label}» riaperto.',

  'monitoring.newPeriod.open': 'Apri un nuovo periodo',
  'monitoring.newPeriod.title': 'Nuovo periodo di monitoraggio',
  'monitoring.newPeriod.intro':
    'Il periodo cade tutto in un anno del piano (dal {from} al {to}) e non si sovrappone ad altri periodi.',
  'monitoring.newPeriod.label': 'Nome del periodo',
  'monitoring.newPeriod.labelHint': 'Ad esempio: Primo semestre 2013.',
  'monitoring.newPeriod.startsOn': 'Primo giorno',
  'monitoring.newPeriod.endsOn': 'Ultimo giorno',
  'monitoring.newPeriod.dueOn': 'Relazioni entro il',
  'monitoring.newPeriod.dueHint': 'Il giorno entro cui gli enti inviano le relazioni.',
  'monitoring.newPeriod.submit': 'Apri il periodo',
  'monitoring.newPeriod.created': 'Periodo «{label}» aperto.',

  'monitoring.issue.endBeforeStart':
    'L’ultimo giorno non può venire prima del primo giorno: indica un giorno uguale o successivo.',
  'monitoring.issue.sameYear':
    'Il primo e l’ultimo giorno devono cadere nello stesso anno: un periodo si misura sugli obiettivi di un anno.',
  'monitoring.issue.outsidePlan':
    'Il periodo deve cadere negli anni del piano, dal {from} al {to}: scegli giorni di quegli anni.',
  'monitoring.issue.dueBeforeEnd':
    'Le relazioni non possono scadere prima dell’ultimo giorno del periodo: indica un giorno uguale o successivo.',
  'monitoring.issue.overlaps':
    'Il periodo si sovrappone al periodo «{label}»: scegli giorni che non siano già coperti.',
  'monitoring.issue.notOfSubject':
    'Il campo «{field}» non riguarda questa azione o questo obiettivo: ricarica la pagina e riprova.',
  'monitoring.issue.objectiveMoney':
    'Un obiettivo non ha fondi propri: indica la spesa nelle relazioni delle sue azioni.',
  'monitoring.issue.paidOverCommitted':
    'Il pagato non può superare l’impegnato: correggi uno dei due importi.',

  'monitoring.summary.heading': 'A che punto è il piano nel {year}',
  'monitoring.summary.intro':
    'Il periodo copre il {share} dell’anno {year}: il valore atteso di ogni indicatore è la stessa parte del cammino dal valore di partenza all’obiettivo dell’anno. Contano le relazioni inviate e validate.',
  'monitoring.summary.plan': 'Tutto il piano',
  'monitoring.summary.area': 'Area',
  'monitoring.summary.objective': 'Obiettivo',
  'monitoring.summary.percentOf': '{percent} del valore atteso',
  'monitoring.summary.noIndicators': 'Nessun indicatore per questo obiettivo e le sue azioni.',
  'monitoring.summary.indicatorsCaption': 'Indicatori dell’obiettivo {objective}',

  'monitoring.col.code': 'Codice',
  'monitoring.col.indicator': 'Indicatore',
  'monitoring.col.baseline': 'Valore di partenza',
  'monitoring.col.target': 'Obiettivo {year}',
  'monitoring.col.expected': 'Valore atteso',
  'monitoring.col.measured': 'Valore misurato',
  'monitoring.col.status': 'Andamento',
  'monitoring.col.subject': 'Azione o obiettivo',
  'monitoring.col.lead': 'Ente capofila',
  'monitoring.col.report': 'Relazione',
  'monitoring.col.updatedAt': 'Ultima modifica',
  'monitoring.col.targetGroup': 'Destinatari',
  'monitoring.col.expectedPeople': 'Persone previste',
  'monitoring.col.reached': 'Persone raggiunte',
  'monitoring.col.note': 'Nota',
  'monitoring.col.commands': 'Comandi',

  'monitoring.money.heading': 'Risorse: stanziate, impegnate, pagate',
  'monitoring.money.intro':
    'Quanto il piano ha stanziato per l’anno e quanto le relazioni dicono impegnato e pagato, per fonte di finanziamento.',
  'monitoring.money.caption': 'Risorse {year} per fonte di finanziamento',
  'monitoring.money.none': 'Nessuna risorsa stanziata né spesa per l’anno.',
  'monitoring.money.allocated': 'Stanziato',
  'monitoring.money.committed': 'Impegnato',
  'monitoring.money.paid': 'Pagato',
  'monitoring.money.paidPercent': '% pagato',
  'monitoring.money.unallocated': 'fonte senza stanziamento',

  'monitoring.subjects.heading': 'Relazioni sulle azioni e sugli obiettivi',
  'monitoring.subjects.intro':
    'Ogni azione ha una relazione, compilata dal suo ente capofila; ogni obiettivo ne ha una compilata dall’Ufficio di Piano.',
  'monitoring.subjects.mine': 'Solo i miei: le relazioni che posso compilare',
  'monitoring.subjects.shown':
    '{count, plural, one {# relazione mostrata.} other {# relazioni mostrate.}}',
  'monitoring.subjects.none': 'Il piano non ha azioni né obiettivi su cui fare relazione.',
  'monitoring.subjects.noneMine': 'Non ci sono relazioni che puoi compilare in questo periodo.',
  'monitoring.subjects.caption': 'Obiettivo {objective} e sue azioni',
  'monitoring.subjects.planOffice': 'Ufficio di Piano',
  'monitoring.subjects.noLead': 'Nessun ente capofila indicato',
} as const;

export const monitoringEn: Record<keyof typeof monitoringIt, string> = {
  'monitoring.heading': 'Monitoring',
  'monitoring.intro':
    'Monitoring is done by periods: for each period, whoever leads an action says what was done, how many people it reached, what the indicators measure and how much was spent. The plan office checks and validates the reports.',
  'monitoring.noVersion':
    'Monitoring works on the approved version of the plan: this plan has none yet.',
  'monitoring.noPeriods': 'No monitoring periods yet.',
  'monitoring.periodsList': 'Monitoring periods, newest first',
  'monitoring.backToPeriods': 'All monitoring periods',
  'monitoring.backToPeriod': 'Back to the monitoring period',
  'monitoring.reloaded': 'The data has been loaded again: check it and try again.',
  'monitoring.error.transition': 'The status changed meanwhile and this is not possible now.',
  'monitoring.percent': '{value}%',
  'monitoring.late': 'Late',
  'monitoring.kind.action': 'Action',
  'monitoring.kind.objective': 'Objective',

  'monitoring.periodStatus.open': 'Open',
  'monitoring.periodStatus.closed': 'Closed',
  'monitoring.reportStatus.none': 'To be written',
  'monitoring.reportStatus.draft': 'Draft',
  'monitoring.reportStatus.submitted': 'Submitted',
  'monitoring.reportStatus.validated': 'Validated',
  'monitoring.reportStatus.returned': 'Sent back',
  'monitoring.progress.onTrack': 'On track',
  'monitoring.progress.atRisk': 'At risk',
  'monitoring.progress.offTrack': 'Off track',
  'monitoring.progress.noData': 'No data',

  'monitoring.counts.title': 'Reports',
  'monitoring.counts.expected': 'expected',
  'monitoring.counts.validated': 'validated',
  'monitoring.counts.submitted': 'submitted',
  'monitoring.counts.draft': 'draft',
  'monitoring.counts.returned': 'sent back',
  'monitoring.counts.missing': 'missing',
  'monitoring.counts.late': 'late',

  'monitoring.period.heading': 'Period “{label}”',
  'monitoring.period.days': 'from {from} to {to}',
  'monitoring.period.due': 'reports due by {date}',
  'monitoring.period.status': 'Period status',
  'monitoring.period.version': 'It refers to approved version {number} of the plan.',
  'monitoring.period.closedNotice':
    'The period is closed: its reports and figures can no longer be changed.',
  'monitoring.period.close': 'Close',
  'monitoring.period.closeNamed': 'Close the period “{label}”',
  'monitoring.period.closeQuestion': 'Close the period “{label}”?',
  'monitoring.period.closeExplain':
    'Once closed, nobody can change the reports of the period until the plan office reopens it.',
  'monitoring.period.closeConfirm': 'Close the period',
  'monitoring.period.closed': 'Period “{label}” closed.',
  'monitoring.period.reopen': 'Reopen',
  'monitoring.period.reopenNamed': 'Reopen the period “{label}”',
  'monitoring.period.reason': 'Why are you reopening it?',
  'monitoring.period.reasonHint': 'The reason is kept in the activity log.',
  'monitoring.period.reopenConfirm': 'Reopen the period',
  'monitoring.period.reopened': 'Period “{label}” reopened.',

  'monitoring.newPeriod.open': 'Open a new period',
  'monitoring.newPeriod.title': 'New monitoring period',
  'monitoring.newPeriod.intro':
    'The period falls within one year of the plan ({from} to {to}) and does not overlap other periods.',
  'monitoring.newPeriod.label': 'Name of the period',
  'monitoring.newPeriod.labelHint': 'For example: First half of 2013.',
  'monitoring.newPeriod.startsOn': 'First day',
  'monitoring.newPeriod.endsOn': 'Last day',
  'monitoring.newPeriod.dueOn': 'Reports due by',
  'monitoring.newPeriod.dueHint': 'The day by which organizations send their reports.',
  'monitoring.newPeriod.submit': 'Open the period',
  'monitoring.newPeriod.created': 'Period “{label}” opened.',

  'monitoring.issue.endBeforeStart':
    'The last day cannot come before the first day: choose the same day or a later one.',
  'monitoring.issue.sameYear':
    'The first and the last day must be in the same year: a period is measured against the targets of one year.',
  'monitoring.issue.outsidePlan':
    'The period must fall within the years of the plan, {from} to {to}: choose days in those years.',
  'monitoring.issue.dueBeforeEnd':
    'Reports cannot be due before the last day of the period: choose the same day or a later one.',
  'monitoring.issue.overlaps':
    'The period overlaps the period “{label}”: choose days that are not already covered.',
  'monitoring.issue.notOfSubject':
    '“{field}” does not belong to this action or objective: reload the page and try again.',
  'monitoring.issue.objectiveMoney':
    'An objective has no money of its own: report spending in the reports of its actions.',
  'monitoring.issue.paidOverCommitted':
    'The amount paid cannot exceed the amount committed: correct one of them.',

  'monitoring.summary.heading': 'Where the plan stands in {year}',
  'monitoring.summary.intro':
    'The period covers {share} of {year}: the expected value of each indicator is the same share of the way from its baseline to the year’s target. Submitted and validated reports count.',
  'monitoring.summary.plan': 'Whole plan',
  'monitoring.summary.area': 'Area',
  'monitoring.summary.objective': 'Objective',
  'monitoring.summary.percentOf': '{percent} of the expected value',
  'monitoring.summary.noIndicators': 'No indicators for this objective and its actions.',
  'monitoring.summary.indicatorsCaption': 'Indicators of objective {objective}',

  'monitoring.col.code': 'Code',
  'monitoring.col.indicator': 'Indicator',
  'monitoring.col.baseline': 'Baseline',
  'monitoring.col.target': 'Target {year}',
  'monitoring.col.expected': 'Expected value',
  'monitoring.col.measured': 'Measured value',
  'monitoring.col.status': 'Progress',
  'monitoring.col.subject': 'Action or objective',
  'monitoring.col.lead': 'Lead organization',
  'monitoring.col.report': 'Report',
  'monitoring.col.updatedAt': 'Last changed',
  'monitoring.col.targetGroup': 'Target group',
  'monitoring.col.expectedPeople': 'People expected',
  'monitoring.col.reached': 'People reached',
  'monitoring.col.note': 'Note',
  'monitoring.col.commands': 'Commands',

  'monitoring.money.heading': 'Money: allocated, committed, paid',
  'monitoring.money.intro':
    'What the plan allocated for the year and what the reports say was committed and paid, by funding source.',
  'monitoring.money.caption': 'Money for {year} by funding source',
  'monitoring.money.none': 'No money allocated or spent for the year.',
  'monitoring.money.allocated': 'Allocated',
  'monitoring.money.committed': 'Committed',
  'monitoring.money.paid': 'Paid',
  'monitoring.money.paidPercent': '% paid',
  'monitoring.money.unallocated': 'source with no allocation',

  'monitoring.subjects.heading': 'Reports on actions and objectives',
  'monitoring.subjects.intro':
    'Each action has a report, written by its lead organization; each objective has one written by the plan office.',
  'monitoring.subjects.mine': 'Mine only: the reports I can write',
  'monitoring.subjects.shown': '{count, plural, one {# report shown.} other {# reports shown.}}',
  'monitoring.subjects.none': 'The plan has no actions or objectives to report on.',
  'monitoring.subjects.noneMine': 'There are no reports you can write in this period.',
  'monitoring.subjects.caption': 'Objective {objective} and its actions',
  'monitoring.subjects.planOffice': 'Plan office',
  'monitoring.subjects.noLead': 'No lead organization set',
};
