import type { MessageKey } from './it';
import { workspaceEn } from './messages/workspace';
import { sheetEn } from './messages/sheet';
import { indicatorsEn } from './messages/indicators';
import { budgetEn } from './messages/budget';
import { chaptersEn } from './messages/chapters';
import { chapterWordEn } from './messages/chapter-word';
import { spreadsheetEn } from './messages/spreadsheet';
import { documentEn } from './messages/document';
import { comparisonEn } from './messages/comparison';
import { coherenceEn } from './messages/coherence';
import { classificationsEn } from './messages/classifications';
import { needsEn } from './messages/needs';
import { servicesEn } from './messages/services';
import { shellEn } from './messages/shell';
import { validationEn } from './messages/validation';
import { auditEn } from './messages/audit';
import { auditFieldsEn } from './messages/audit-fields';
import { auditMonitoringFieldsEn } from './messages/audit-monitoring-fields';
import { monitoringEn } from './messages/monitoring';
import { monitoringReportEn } from './messages/monitoring-report';
import { monitoringWorkbookEn } from './messages/monitoring-workbook';

/** English messages: the compiler refuses a missing or an unknown key. */
export const en: Record<MessageKey, string> = {
  'app.name': 'Piano di Zona',
  'app.tagline': 'Social planning for districts',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.publicPortal': 'Public portal',
  'app.footer': 'Piano di Zona – open-source platform for social districts',
  'app.demoData': 'Demonstration data',
  'app.demoDataNote':
    'This installation holds demonstration data: objectives, actions and amounts are invented.',

  'lang.label': 'Language',
  'lang.it': 'Italiano',
  'lang.en': 'English',
  'lang.switchTo': 'Switch to {language}',

  'nav.label': 'Main menu',
  'nav.district': 'District',
  'nav.plans': 'Plans',
  'nav.audit': 'Activity log',

  'header.user': 'User: {name}',
  'header.roles': 'Role: {roles}',
  'header.logout': 'Sign out',
  'header.district': 'District: {name}',

  'role.planOffice': 'Plan office',
  'role.mayor': 'Mayor',
  'role.partner': 'Third-sector partner',
  'role.healthAgency': 'Health agency (ATS)',
  'role.region': 'Region',
  'role.admin': 'Administrator',

  'orgKind.municipality': 'Municipality',
  'orgKind.healthAgency': 'Health protection agency (ATS)',
  'orgKind.healthProvider': 'Health-care provider (ASST)',
  'orgKind.thirdSector': 'Third-sector body',
  'orgKind.region': 'Region',
  'orgKind.consortium': 'Consortium',
  'orgKind.other': 'Other body',

  'login.title': 'Sign in',
  'login.intro': 'Sign in with the credentials given to you by the plan office.',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.sessionExpired': 'Your session has expired. Sign in again to continue.',
  'login.loggedOut': 'You have signed out of Piano di Zona.',
  'login.wrongCredentials': 'Wrong e-mail or password.',
  'login.locked':
    'Too many failed attempts: the account is locked. Retry in {minutes, plural, one {# minute} other {# minutes}}.',
  'login.lockedNoTime': 'Too many failed attempts: the account is temporarily locked.',
  'login.rateLimited':
    'Too many requests in a short time. Wait {seconds, plural, one {# second} other {# seconds}} and retry.',
  'login.demoTitle': 'Demonstration accounts',
  'login.demoIntro': 'Demonstration install: every account uses the password',
  'login.demoAccount': 'Account',
  'login.demoRole': 'Role',
  'login.demoUse': 'Use',
  'login.demoUseAccount': 'Use the account {email}',
  'login.demoCaption': 'Demonstration accounts and roles',

  'error.VALIDATION_FAILED': 'Some data are not valid: correct the fields marked.',
  'error.UNAUTHENTICATED': 'You need to sign in to continue.',
  'error.INVALID_CREDENTIALS': 'Wrong e-mail or password.',
  'error.SESSION_EXPIRED': 'Your session has expired. Sign in again.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.CSRF_INVALID': 'The request was refused for security reasons. Reload the page and retry.',
  'error.NOT_FOUND': 'Not found: it may have been deleted.',
  'error.VERSION_CONFLICT':
    'Someone else changed these data in the meantime. Your changes have not been saved.',
  'error.PLAN_NOT_EDITABLE': 'The plan cannot be edited in its current phase.',
  'error.INVALID_TRANSITION': 'This change of phase is not possible now.',
  'error.PLAN_INCOHERENT':
    'The plan cannot be approved while it has blocking problems: see the coherence panel.',
  'error.PERIOD_CLOSED': 'The monitoring period is closed: its data can no longer be changed.',
  'error.DUPLICATE': 'An item with these data already exists.',
  'error.PAYLOAD_TOO_LARGE': 'The file or data sent are larger than the maximum allowed.',
  'error.URI_TOO_LONG': 'The address requested is too long.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'The format of the data sent is not accepted.',
  'error.HEADERS_TOO_LARGE': 'The request is too large: its address or headers are too long.',
  'error.ACCOUNT_LOCKED': 'The account is temporarily locked.',
  'error.RATE_LIMITED': 'Too many requests in a short time. Wait and retry.',
  'error.INTERNAL': 'A server error occurred. Retry later.',
  'error.SERVICE_UNAVAILABLE': 'The service is not available right now. Retry shortly.',
  'error.NETWORK_ERROR': 'The server does not answer. Check the connection and retry.',
  'error.retry': 'Retry',

  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.add': 'Add',
  'common.moveUp': 'Move up',
  'common.moveDown': 'Move down',
  'common.saved': 'Changes saved.',
  'common.deleted': '“{name}” deleted.',
  'common.moved': '“{name}” moved to position {position} of {total}.',
  'common.none': '—',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.close': 'Close',

  'node.target': '{kind} “{name}”',

  'conflict.title': 'Conflicting change',
  'conflict.current': 'Values saved now:',
  'conflict.useCurrent': 'Load the current values',
  'conflict.keepMine': 'Keep my changes',
  'conflict.keptMine':
    'Your changes are still in the form: saving will replace the current values.',

  'home.title': 'Choose the district',
  'home.none': 'Your account does not belong to any district.',

  'district.titleLabel': 'Social district',
  'district.region': 'Region',
  'district.leadBody': 'Lead body',
  'district.population': 'Resident population',
  'district.istatCode': 'District code',
  'district.municipalities': 'Municipalities of the district',
  'district.municipalitiesCaption': 'Municipalities of the district with population in {year}',
  'district.municipalitiesCaptionNoYear': 'Municipalities of the district with resident population',
  'district.col.istat': 'ISTAT code',
  'district.col.name': 'Municipality',
  'district.col.province': 'Province',
  'district.col.population': 'Population',
  'district.total': 'Total',
  'district.organizations': 'Organizations',
  'district.organizationsCaption': 'Organizations of the district and their kind',
  'district.col.organization': 'Organization',
  'district.col.identifiers': 'Tax code and registry',
  'district.taxCode': 'Tax code {code}',
  'district.registryNumber': 'Registry {number}',
  'district.col.kind': 'Kind',
  'district.noOrganizations': 'No organization registered.',

  'plans.title': 'Plans',
  'plans.caption': 'Social plans of the district',
  'plans.col.title': 'Title',
  'plans.col.period': 'Planning period',
  'plans.col.phase': 'Phase',
  'plans.col.latest': 'Latest approved version',
  'plans.none': 'No plans yet.',
  'plans.versionN': 'version {number}',
  'plans.noVersion': 'none',
  'plans.new': 'New plan',
  'plans.newIntro':
    'Start a new Piano di Zona for a planning period: usually three years, at most six.',
  'plans.field.title': 'Plan title',
  'plans.field.startYear': 'Start year',
  'plans.field.endYear': 'End year',
  'plans.create': 'Create the plan',
  'plans.created': 'Plan “{title}” created.',

  'phase.startUp': 'Start-up',
  'phase.knowledge': 'Knowledge',
  'phase.concertation': 'Concertation',
  'phase.drafting': 'Drafting',
  'phase.approved': 'Approved',
  'phase.agreement': 'Program agreement',
  'phase.inForce': 'In force',
  'phase.monitoring': 'Monitoring',
  'phase.updating': 'Annual update',
  'phase.evaluation': 'Evaluation',
  'phase.closed': 'Closed',
  'phase.label': 'Phase: {phase}',

  'transition.advance': 'Move to phase “{phase}”',
  'transition.approve': 'Approve the plan',
  'transition.openRevision': 'Open an annual update',
  'transition.signAgreement': 'Record the program agreement',
  'transition.enterIntoForce': 'Put into force',
  'transition.startMonitoring': 'Start monitoring',
  'transition.startEvaluation': 'Start evaluation',
  'transition.close': 'Close the plan',
  'transition.done': 'The plan is now in phase “{phase}”.',
  'transition.title': 'Phase actions',

  'approve.title': 'Confirm the approval',
  'approve.explain':
    'Approving freezes the current content of the plan as a new approved version with its SHA-256 fingerprint. It can no longer be changed.',
  'approve.resolution': 'Resolution of the Assembly of Mayors (optional)',
  'approve.resolutionHint': 'For example: Resolution no. 3 of 26/03/2012',
  'approve.confirm': 'Approve and freeze the version',
  'approve.decisionDate': 'Date of the resolution',
  'approve.decisionDateHint': 'The day the Assembly of Mayors approved the plan, as dd/mm/yyyy.',
  'approve.decisionDateInvalid': 'Write the date as dd/mm/yyyy, for example 26/03/2012.',
  'approve.decisionDateFuture': 'The date of the resolution cannot be later than today ({today}).',

  'plan.demo': 'Demonstration data',
  'plan.period': 'Planning period {period}',
  'plan.readOnly': 'The plan is read-only in its current phase.',
  'plan.versions': 'Approved versions',
  'plan.versionsCaption': 'Approved (frozen) versions of the plan',
  'plan.noVersions': 'No approved version.',
  'plan.col.number': 'Version',
  'plan.col.approvedAt': 'Date of the resolution',
  'plan.col.approvedBy': 'Approved by',
  'plan.col.resolution': 'Resolution',
  'plan.col.hash': 'SHA-256 fingerprint',
  'plan.hashFull': 'Full fingerprint: {hash}',
  'plan.viewVersion': 'View version {number}',
  'plan.content': 'Areas, objectives and actions',
  'plan.empty': 'The plan has no areas of intervention yet.',

  'area.label': 'Area',
  'area.add': 'Add area',
  'area.new': 'New area of intervention',
  'area.edit': 'Edit area',
  'area.classification': 'Area of intervention',
  'area.classificationNone': 'None (free area)',
  'area.title': 'Area title',
  'area.description': 'Description',
  'area.noObjectives': 'No objectives in this area.',
  'area.deleteConfirm':
    'Delete the area “{title}”? {objectives, plural, =0 {It holds no objectives.} one {Its objective will be deleted too{actions, plural, =0 {.} one {, with its action.} other {, with its # actions.}}} other {Its # objectives will be deleted too{actions, plural, =0 {.} one {, with the one action they hold.} other {, with # actions in all.}}}}',

  'objective.label': 'Objective',
  'objective.add': 'Add objective',
  'objective.new': 'New objective',
  'objective.edit': 'Edit objective',
  'objective.code': 'Code',
  'objective.title': 'Objective title',
  'objective.description': 'Description',
  'objective.noActions': 'No actions for this objective.',
  'objective.deleteConfirm':
    'Delete the objective “{title}”?{actions, plural, =0 {} one { Its action will be deleted too.} other { Its # actions will be deleted too.}}',

  'action.label': 'Action',
  'action.add': 'Add action',
  'action.new': 'New action',
  'action.edit': 'Edit action',
  'action.title': 'Action title',
  'action.description': 'Description',
  'action.deleteConfirm': 'Delete the action “{title}”?',

  'version.title': '{plan} – version {number}',
  'version.frozen':
    'Approved, frozen version: the content is read-only and matches the fingerprint shown.',
  'version.approvedAt': 'Approved on',
  'version.enteredAt': 'Entered in the platform on',
  'version.approvedBy': 'Approved by',
  'version.resolution': 'Resolution',
  'version.hash': 'SHA-256 fingerprint',
  'version.back': 'Back to the plan',

  'notFound.title': 'Page not found',
  'notFound.text': 'The page you are looking for does not exist or has moved.',
  'notFound.home': 'Back to the home page',
  ...workspaceEn,
  ...sheetEn,
  ...indicatorsEn,
  ...budgetEn,
  ...chaptersEn,
  ...chapterWordEn,
  ...spreadsheetEn,
  ...documentEn,
  ...comparisonEn,
  ...coherenceEn,
  ...classificationsEn,
  ...needsEn,
  ...servicesEn,
  ...shellEn,
  ...validationEn,
  ...auditEn,
  ...auditFieldsEn,
  ...auditMonitoringFieldsEn,
  ...monitoringEn,
  ...monitoringReportEn,
  ...monitoringWorkbookEn,
};
