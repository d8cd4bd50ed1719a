import { indicatorContracts, type Indicator, type Locale } from '@pdz/core';
import { decimalForInput, parseDecimal, type I18n, type MessageKey } from '../../i18n';
import { labelFor, type FieldErrors, type FieldLabels, type validate } from '../../ui/formErrors';

/** The indicator form's values as text, read back into a request body with their messages. */
export type Values = Record<string, string>;
export type Owner = { objectiveId: string } | { actionId: string };
export type T = I18n['t'];

export const createSchema = indicatorContracts.create.body!;
export const updateSchema = indicatorContracts.update.body!;
export const targetField = (year: number) => `target-${year}`;
export const fieldNames = [
  'name',
  'code',
  'kind',
  'unit',
  'dataSource',
  'frequency',
  'reportedBy',
  'direction',
  'baselineValue',
  'baselineYear',
  'partialPercent',
  'achievedPercent',
] as const;

/** The years the form asks a target for: the plan's, plus any other year already set. */
export function formYears(planYears: number[], indicator?: Indicator): number[] {
  const extra = (indicator?.targets ?? []).map((t) => t.year);
  return [...new Set([...planYears, ...extra])].sort((a, b) => a - b);
}

export function valuesOf(ind: Indicator | undefined, years: number[], locale: Locale): Values {
  const v: Values = {
    name: ind?.name ?? '',
    code: ind?.code ?? '',
    kind: ind?.kind ?? 'output',
    unit: ind?.unit ?? '',
    dataSource: ind?.dataSource ?? '',
    frequency: ind?.frequency ?? 'annual',
    reportedBy: ind?.reportedBy ?? '',
    direction: ind?.direction ?? 'increase',
    baselineValue: decimalForInput(ind?.baselineValue, locale),
    baselineYear: ind?.baselineYear == null ? '' : String(ind.baselineYear),
    partialPercent: String(ind?.partialPercent ?? 60),
    achievedPercent: String(ind?.achievedPercent ?? 100),
  };
  for (const y of years) {
    v[targetField(y)] = decimalForInput(ind?.targets.find((t) => t.year === y)?.value, locale);
  }
  return v;
}

/** Form values → request body, or the messages of the fields that cannot be read. */
export function readValues(
  values: Values,
  years: number[],
  locale: Locale,
  t: T,
  labels: FieldLabels,
) {
  const errors: FieldErrors = {};
  const field = (name: string) => labelFor(labels, name);
  const number = (name: string) => {
    const n = parseDecimal(values[name] ?? '', locale);
    if (n !== null && Number.isNaN(n)) {
      errors[name] = t('indicators.invalidNumber', { field: field(name) });
    }
    return n;
  };
  const whole = (name: string, message: MessageKey, pattern: RegExp) => {
    const s = (values[name] ?? '').trim();
    if (s === '') return null;
    if (!pattern.test(s)) errors[name] = t(message, { field: field(name) });
    return Number(s);
  };
  const targets: { year: number; value: number }[] = [];
  for (const year of years) {
    const value = number(targetField(year));
    if (value !== null) targets.push({ year, value });
  }
  const partial = whole('partialPercent', 'indicators.invalidPercent', /^\d{1,4}$/);
  const achieved = whole('achievedPercent', 'indicators.invalidPercent', /^\d{1,4}$/);
  if (partial === null) {
    errors.partialPercent = t('indicators.invalidPercent', { field: field('partialPercent') });
  }
  if (achieved === null) {
    errors.achievedPercent = t('indicators.invalidPercent', { field: field('achievedPercent') });
  }
  if (partial !== null && achieved !== null && achieved < partial && !errors.achievedPercent) {
    errors.achievedPercent = t('indicators.thresholdsOrder');
  }
  const input = {
    name: values.name ?? '',
    code: values.code ?? '',
    kind: values.kind,
    unit: values.unit ?? '',
    dataSource: values.dataSource ?? '',
    frequency: values.frequency,
    reportedBy: values.reportedBy ?? '',
    direction: values.direction,
    baselineValue: number('baselineValue'),
    baselineYear: whole('baselineYear', 'validation.yearFormat', /^\d{4}$/),
    targets,
    partialPercent: partial ?? 0,
    achievedPercent: achieved ?? 0,
  };
  return { input, targets, errors };
}

/** Schema messages keyed by form field (`targets.1.value` → the field of that target's year). */
export function schemaErrors(
  result: ReturnType<typeof validate>,
  targets: { year: number }[],
): FieldErrors {
  if (result.ok) return {};
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(result.errors)) {
    const m = /^targets\.(\d+)/.exec(path);
    const year = m ? targets[Number(m[1])]?.year : undefined;
    out[year !== undefined ? targetField(year) : path] ??= message;
  }
  return out;
}
