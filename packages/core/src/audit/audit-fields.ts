import { organizationKinds, roles } from '../access/roles';
import { chapterKinds } from '../chapters/chapter';
import { indicatorDirections, indicatorFrequencies, indicatorKinds } from '../indicators/indicator';
import { planPhases } from '../plan/plan.lifecycle';
import { objectiveKinds, workStatuses } from '../plan/sheet';
import { populationImportKinds } from '../population/population.contracts';
import { authorizationStatuses, serviceStatuses } from '../service-directory/service';
import { periodStatuses, reportStatuses } from '../monitoring/reporting';
import type { AuditEntityType } from './audit';

/**
 * What each field of a recorded record is, so that the activity log can say it in words: money
 * in euro, dates as days, choices by their name, references by the name of what they point to.
 * Keys are stable: they name the field in every language (the web labels them).
 */
export const auditChoiceSets = {
  phase: planPhases,
  workStatus: workStatuses,
  objectiveKind: objectiveKinds,
  serviceStatus: serviceStatuses,
  authorization: authorizationStatuses,
  chapterKind: chapterKinds,
  indicatorKind: indicatorKinds,
  indicatorFrequency: indicatorFrequencies,
  indicatorDirection: indicatorDirections,
  organizationKind: organizationKinds,
  role: roles,
  populationImportKind: populationImportKinds,
  shareRuleKind: ['perInhabitant', 'fixed', 'mixed'],
  periodStatus: periodStatuses,
  reportStatus: reportStatuses,
} as const satisfies Record<string, readonly string[]>;
export type AuditChoiceSet = keyof typeof auditChoiceSets;

/** What a reference field points to. The web names organizations and municipalities. */
export const auditRefTargets = [
  'organization',
  'municipality',
  'area',
  'objective',
  'action',
  'need',
] as const;
export type AuditRefTarget = (typeof auditRefTargets)[number];

export type AuditFieldSpec =
  | 'text'
  | 'longText'
  | 'code'
  | 'number'
  | 'decimal'
  | 'year'
  | 'percent'
  | 'basisPoints'
  | 'money'
  | 'date'
  | 'dateTime'
  | 'boolean'
  /** an object shown by its name (a service's provider) */
  | 'named'
  /** recorded to name the item, never listed as a change */
  | 'context'
  | 'ignore'
  | { choice: AuditChoiceSet }
  | { ref: AuditRefTarget }
  | { list: AuditFieldSpec }
  /** a list of rows; the first part names the row, the others qualify it */
  | { rows: Record<string, AuditFieldSpec> }
  /** an object whose keys are references (a municipality's fixed share) */
  | { entries: { key: AuditRefTarget; value: AuditFieldSpec } };

/** Bookkeeping that says nothing to the reader. */
export const auditIgnoredFields = [
  'id',
  'version',
  'position',
  'districtId',
  'planId',
  'isDemo',
  'createdAt',
  'updatedAt',
  'importedAt',
  'latestApprovedVersion',
] as const;

/** Lists of ids recorded beside their names: only the names are listed when both are there. */
export const auditNamedTwins: Record<string, string> = { needIds: 'needs' };

const targetGroups = { rows: { userAreaCode: 'code', expected: 'number' } } as const;

const contentFields = {
  title: 'text',
  description: 'longText',
  /** reorders: the titles in their new order */
  order: { list: 'text' },
} as const satisfies Record<string, AuditFieldSpec>;

export const auditFieldSpecs: Record<AuditEntityType, Record<string, AuditFieldSpec>> = {
  plan: {
    ...contentFields,
    'period.startYear': 'year',
    'period.endYear': 'year',
    phase: { choice: 'phase' },
    /** the phase says it already */
    transition: 'ignore',
    versionNumber: 'number',
    sha256: 'code',
    resolution: 'text',
    decisionDate: 'date',
    format: 'code',
    'counts.objectives.created': 'number',
    'counts.objectives.updated': 'number',
    'counts.objectives.unchanged': 'number',
    'counts.actions.created': 'number',
    'counts.actions.updated': 'number',
    'counts.actions.unchanged': 'number',
    'counts.allocations.created': 'number',
    'counts.allocations.updated': 'number',
    'counts.allocations.unchanged': 'number',
    'counts.indicators.created': 'number',
    'counts.indicators.updated': 'number',
    'counts.indicators.unchanged': 'number',
  },
  area: {
    ...contentFields,
    code: 'code',
    classificationCode: 'code',
    'cascade.objectives': 'number',
    'cascade.actions': 'number',
  },
  objective: {
    ...contentFields,
    areaId: { ref: 'area' },
    code: 'code',
    macroAreaCode: 'code',
    kind: { choice: 'objectiveKind' },
    sharedWithOtherDistricts: 'boolean',
    need: 'longText',
    targetGroups,
    lepsCodes: { list: 'code' },
    policyIntegration: { rows: { sectorCode: 'code', note: 'text' } },
    healthInvolvement: 'longText',
    coProgramming: 'boolean',
    coDesign: 'boolean',
    staff: { rows: { profileCode: 'code', fte: 'decimal' } },
    grading: { rows: { label: 'text', fromPercent: 'percent', toPercent: 'percent' } },
    status: { choice: 'workStatus' },
    needs: { list: 'text' },
    needIds: { list: { ref: 'need' } },
    'cascade.actions': 'number',
  },
  action: {
    ...contentFields,
    objectiveId: { ref: 'objective' },
    leadOrganizationId: { ref: 'organization' },
    partners: { rows: { organizationId: { ref: 'organization' }, role: 'text' } },
    startDate: 'date',
    endDate: 'date',
    milestones: { rows: { title: 'text', dueDate: 'date', done: 'boolean' } },
    targetGroups,
    status: { choice: 'workStatus' },
  },
  availability: { sourceCode: 'code', year: 'year', amount: 'money', carryOver: 'money' },
  allocation: {
    actionId: { ref: 'action' },
    actionTitle: 'context',
    sourceCode: 'code',
    year: 'year',
    amount: 'money',
  },
  municipalShareRule: {
    sourceCode: 'code',
    populationYear: 'year',
    'rule.kind': { choice: 'shareRuleKind' },
    'rule.populationBasisPoints': 'basisPoints',
    'rule.shares': { entries: { key: 'municipality', value: 'basisPoints' } },
  },
  indicator: {
    objectiveId: { ref: 'objective' },
    actionId: { ref: 'action' },
    code: 'code',
    name: 'text',
    kind: { choice: 'indicatorKind' },
    unit: 'text',
    dataSource: 'text',
    frequency: { choice: 'indicatorFrequency' },
    reportedBy: 'text',
    direction: { choice: 'indicatorDirection' },
    baselineValue: 'decimal',
    baselineYear: 'year',
    targets: { rows: { year: 'year', value: 'decimal' } },
    partialPercent: 'percent',
    achievedPercent: 'percent',
  },
  chapter: { kind: { choice: 'chapterKind' }, title: 'text', body: 'longText' },
  need: {
    areaId: { ref: 'area' },
    title: 'text',
    statement: 'longText',
    evidence: { rows: { label: 'text', url: 'text' } },
    objectiveIds: { list: { ref: 'objective' } },
  },
  service: {
    name: 'text',
    description: 'longText',
    provider: 'named',
    municipalityId: { ref: 'municipality' },
    address: 'text',
    postalCode: 'code',
    servedMunicipalityIds: { list: { ref: 'municipality' } },
    userAreaCodes: { list: 'code' },
    istatCategoryCode: 'code',
    cisisLevelCode: 'code',
    facilityTypeCode: 'code',
    capacity: 'number',
    authorization: { choice: 'authorization' },
    authorizationDate: 'date',
    eligibility: 'longText',
    costs: 'longText',
    'contacts.phone': 'text',
    'contacts.email': 'text',
    'contacts.website': 'text',
    openingHours: 'longText',
    status: { choice: 'serviceStatus' },
    created: 'number',
    updated: 'number',
    unchanged: 'number',
  },
  organization: {
    name: 'text',
    kind: { choice: 'organizationKind' },
    taxCode: 'code',
    registryNumber: 'code',
  },
  population_import: {
    kind: { choice: 'populationImportKind' },
    fileName: 'text',
    years: { list: 'year' },
    rows: 'number',
    skippedRows: 'number',
    municipalities: 'number',
  },
  social_worker_staff: { year: 'year', permanentFte: 'decimal', otherFte: 'decimal' },
  district: {
    slug: 'code',
    name: 'text',
    region: 'text',
    leadBody: 'text',
    municipalities: { rows: { name: 'text', istatCode: 'code', population: 'number' } },
  },
  user: {
    email: 'text',
    name: 'text',
    isSystemAdmin: 'boolean',
    role: { choice: 'role' },
    failedAttempts: 'number',
    lockedUntil: 'dateTime',
    ip: 'code',
  },
  classification: {
    scheme: 'code',
    code: 'code',
    labelIt: 'text',
    labelEn: 'text',
    edition: 'text',
  },
  reporting_period: {
    label: 'text',
    startsOn: 'date',
    endsOn: 'date',
    dueOn: 'date',
    planVersion: 'number',
    status: { choice: 'periodStatus' },
    closedAt: 'ignore',
    reason: 'longText',
  },
  report: {
    code: 'context',
    title: 'context',
    subjectKind: 'ignore',
    subjectId: 'ignore',
    periodId: 'ignore',
    status: { choice: 'reportStatus' },
    progress: { choice: 'workStatus' },
    progressPercent: 'percent',
    notes: 'longText',
    milestonesReached: { list: 'text' },
    peopleReached: { rows: { userAreaCode: 'code', count: 'number' } },
    measures: { rows: { indicatorCode: 'code', value: 'decimal', note: 'text' } },
    spending: { rows: { sourceCode: 'code', committed: 'money', paid: 'money' } },
    reviewNote: 'longText',
    updatedBy: 'ignore',
    submittedAt: 'ignore',
    reviewedAt: 'ignore',
  },
};

/** Every field key an event of this type may list, rows' parts included (`partners.role`). */
export function auditFieldKeys(entityType: AuditEntityType): string[] {
  const keys: string[] = [];
  for (const [key, spec] of Object.entries(auditFieldSpecs[entityType])) {
    if (spec === 'ignore' || spec === 'context') continue;
    keys.push(key);
    if (typeof spec === 'object' && 'rows' in spec) {
      for (const part of Object.keys(spec.rows)) keys.push(`${key}.${part}`);
    }
    if (typeof spec === 'object' && 'entries' in spec) {
      keys.push(`${key}.${spec.entries.key}`, `${key}.value`);
    }
  }
  return keys;
}
