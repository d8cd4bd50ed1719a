import type { MessageKey } from '../../../i18n';

/** The name a reader knows a field of the plan by (as the forms label it). */
const fieldKeys: Record<string, MessageKey> = {
  code: 'sheet.field.code',
  title: 'sheet.field.title',
  description: 'sheet.field.description',
  areaId: 'sheet.field.area',
  objectiveId: 'sheet.field.objective',
  macroAreaCode: 'sheet.field.macroArea',
  kind: 'sheet.field.kind',
  sharedWithOtherDistricts: 'sheet.field.shared',
  need: 'sheet.field.need',
  targetGroups: 'sheet.field.targetGroups',
  lepsCodes: 'sheet.field.leps',
  policyIntegration: 'sheet.field.policyIntegration',
  healthInvolvement: 'sheet.field.health',
  coProgramming: 'sheet.field.coProgramming',
  coDesign: 'sheet.field.coDesign',
  staff: 'sheet.field.staff',
  grading: 'sheet.field.grading',
  status: 'sheet.field.status',
  lead: 'sheet.field.lead',
  partners: 'sheet.field.partners',
  startDate: 'sheet.field.startDate',
  endDate: 'sheet.field.endDate',
  milestones: 'sheet.field.milestones',
  name: 'indicators.field.name',
  unit: 'indicators.field.unit',
  dataSource: 'indicators.field.dataSource',
  frequency: 'indicators.field.frequency',
  reportedBy: 'indicators.field.reportedBy',
  direction: 'indicators.field.direction',
  baselineValue: 'indicators.field.baselineValue',
  baselineYear: 'indicators.field.baselineYear',
  targets: 'indicators.targetsLegend',
  partialPercent: 'indicators.field.partialPercent',
  achievedPercent: 'indicators.field.achievedPercent',
  body: 'comparison.field.body',
};

/** Where the catalogue names a field's coded values (a status, a kind…). */
const choiceKeys: Record<string, string> = {
  status: 'sheet.status',
  frequency: 'indicators.frequency',
  direction: 'indicators.direction',
};

export interface FieldText {
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  has: (key: string) => key is MessageKey;
  number: (n: number) => string;
  date: (iso: string) => string;
}

export function fieldLabel(field: string, x: FieldText): string {
  const key = fieldKeys[field];
  return key ? x.t(key) : field;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A value of a field as a reader reads it: codes named, dates and numbers as on screen. */
export function fieldValue(field: string, json: string, x: FieldText): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return x.t('comparison.empty');
  if (typeof value === 'boolean') return x.t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return x.number(value);
  if (typeof value === 'string') {
    const choice = choiceKeys[field] ? `${choiceKeys[field]}.${value}` : '';
    if (choice && x.has(choice)) return x.t(choice);
    if (isoDate.test(value)) return x.date(value);
    return `«${value}»`;
  }
  if (Array.isArray(value)) {
    if (field === 'targets') {
      return value
        .map((v: { year?: number; value?: number }) => `${v.year}: ${x.number(v.value ?? 0)}`)
        .join('; ');
    }
    if (field === 'milestones') {
      const done = value.filter((m: { done?: boolean }) => m.done).length;
      return x.t('comparison.milestones', { done, count: value.length });
    }
    return x.t('comparison.items', { count: value.length });
  }
  if (typeof value === 'object' && 'name' in (value as object)) {
    return `«${String((value as { name: unknown }).name)}»`;
  }
  return JSON.stringify(value);
}
