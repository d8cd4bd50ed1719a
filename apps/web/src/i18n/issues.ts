import { PLAIN_TEXT_FORMAT, formatNumber, gradingMessages, percentMessage } from '@pdz/core';
import type { MessageKey, Vars } from './catalogues';

/**
 * A refused value in words: the field by its label, the limit it broke and how to put it right.
 * The issue comes from core's zod schemas (checked in the browser) or from the server's problem
 * document, which carries the same code and limits.
 */
export interface IssueLike {
  code?: string | undefined;
  message: string;
  origin?: string | undefined;
  minimum?: number | bigint | undefined;
  maximum?: number | bigint | undefined;
  inclusive?: boolean | undefined;
  format?: string | undefined;
  expected?: string | undefined;
  values?: readonly unknown[] | undefined;
  /** what was sent, measured like the limit: a text's length, a list's size */
  actual?: number | undefined;
  /** unrecognized_keys: the fields the schema does not take */
  keys?: readonly string[] | undefined;
}

type T = (key: MessageKey, vars?: Vars) => string;

/** Messages core and the server give in English, by their words. */
const knownMessages: Record<string, MessageKey> = {
  required: 'validation.required',
  'required for CSV': 'validation.required',
  'endYear must not precede startYear': 'validation.endBeforeStart',
  'a planning round lasts at most six years': 'validation.periodTooLong',
  'capital letters, digits, - and _ only': 'validation.codeFormat',
  'already exists in this classification': 'classifications.duplicate',
  'listed twice': 'validation.listedTwice',
  'not an organization of this district': 'validation.notOrganization',
  'not a municipality of this district': 'validation.notMunicipality',
  'not a municipality of the district': 'validation.notMunicipality',
  'unknown municipality': 'validation.notMunicipality',
  'not found in this plan': 'validation.notInPlan',
  'not an action of this plan': 'validation.notInPlan',
  'not a funding source of the catalogue': 'validation.unknownCode',
  'endDate must not precede startDate': 'validation.endDateBeforeStart',
  'startDate must not follow endDate': 'validation.endDateBeforeStart',
  'toPercent must not be below fromPercent': 'validation.gradingOrder',
  'at most two decimals': 'validation.decimals',
  'not an e-mail address': 'validation.email',
  'an address starting with https://': 'validation.url',
  'an http(s) address or nothing': 'validation.urlOrEmpty',
  'postal code: 5 digits': 'validation.postalCode',
  'a date needs an authorization status': 'validation.dateNeedsAuthorization',
  'this provider already has a service with this name': 'validation.serviceNameTaken',
  'a plan for this period already exists': 'validation.planPeriodTaken',
  'already exists in this district': 'validation.nameTaken',
  'achievedPercent must not be below partialPercent': 'validation.thresholdsOrder',
  'one target per year': 'validation.oneTargetPerYear',
  'an indicator belongs to one objective or one action': 'validation.indicatorOwner',
  'must be 0–10000 basis points': 'validation.basisPoints',
  'to must not precede from': 'validation.toBeforeFrom',
  'must not be before startsOn': 'monitoring.issue.endBeforeStart',
  'must be in the same year as endsOn': 'monitoring.issue.sameYear',
  'must not be before endsOn': 'monitoring.issue.dueBeforeEnd',
  'an objective has no money of its own: report it on its actions':
    'monitoring.issue.objectiveMoney',
  'must not be more than committed': 'monitoring.issue.paidOverCommitted',
  [percentMessage]: 'validation.percent',
  [gradingMessages.empty]: 'sheet.error.gradingEmpty',
  [gradingMessages.start]: 'sheet.error.gradingStart',
  [gradingMessages.end]: 'sheet.error.gradingEnd',
  [gradingMessages.ascending]: 'sheet.error.gradingAscending',
  [gradingMessages.overlap]: 'sheet.error.gradingOverlap',
  [gradingMessages.gap]: 'sheet.error.gradingGap',
};

const num = (v: number | bigint | undefined) => (v === undefined ? undefined : Number(v));

/** Integers as the reader writes them; four digits stay ungrouped (years, 2100). */
function amount(n: number, locale: 'it' | 'en'): string {
  if (Math.abs(n) < 10_000) return String(n).replace('.', locale === 'it' ? ',' : '.');
  return new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB').format(n);
}

function sized(issue: IssueLike, field: string, t: T, locale: 'it' | 'en'): string | null {
  const min = num(issue.minimum);
  const max = num(issue.maximum);
  // lengths are quantities: grouped as the language groups them (1.245)
  const actual = issue.actual === undefined ? undefined : formatNumber(issue.actual, locale);
  if (issue.origin === 'string') {
    if (issue.code === 'too_small') {
      return min === undefined || min <= 1
        ? t('validation.required', { field })
        : t('validation.tooShort', { field, min });
    }
    if (max === undefined) return null;
    return actual !== undefined
      ? t('validation.tooLongActual', { field, max, actual })
      : t('validation.tooLong', { field, max });
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (issue.code === 'too_small') return t('validation.tooFewItems', { field, min: min ?? 1 });
    if (max === undefined) return null;
    return actual !== undefined
      ? t('validation.tooManyItemsActual', { field, max, actual })
      : t('validation.tooManyItems', { field, max });
  }
  if (issue.origin === 'number' || issue.origin === 'bigint' || issue.origin === undefined) {
    const strict = issue.inclusive === false;
    if (issue.code === 'too_big' && max !== undefined) {
      const key = strict ? 'validation.numberTooBigStrict' : 'validation.numberTooBig';
      return t(key, { field, max: amount(max, locale) });
    }
    if (issue.code === 'too_small' && min !== undefined) {
      const key = strict ? 'validation.numberTooSmallStrict' : 'validation.numberTooSmall';
      return t(key, { field, min: amount(min, locale) });
    }
  }
  return null;
}

/** The fields a body should not have: from the issue, or from the server's message. */
function unknownKeys(issue: IssueLike, locale: 'it' | 'en'): string {
  const keys = issue.keys ?? [...issue.message.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const [open, close] = locale === 'it' ? ['«', '»'] : ['“', '”'];
  return keys.map((k) => `${open}${k}${close}`).join(', ');
}

function formatted(issue: IssueLike, field: string, t: T): string {
  switch (issue.format) {
    case 'email':
      return t('validation.email', { field });
    case 'date':
      return t('validation.date', { field });
    case 'datetime':
      return t('validation.dateTime', { field });
    case 'uuid':
    case 'guid':
      return t('validation.choose', { field });
    case 'url':
      return t('validation.url', { field });
    case PLAIN_TEXT_FORMAT:
      return t('validation.plainText', { field });
    default:
      return t('validation.format', { field });
  }
}

export function issueMessage(
  issue: IssueLike,
  field: string,
  t: T,
  locale: 'it' | 'en' = 'it',
): string {
  const known = knownMessages[issue.message];
  if (known) return t(known, { field });
  if (/^unknown (\w+ )?code/.test(issue.message)) return t('validation.unknownCode', { field });
  const sum = /add up to ([\d.,]+) %/.exec(issue.message);
  if (sum) return t('validation.sharesSum', { sum: sum[1]! });
  const years = /^must be within the plan's years (\d{4})–(\d{4})$/.exec(issue.message);
  if (years) return t('monitoring.issue.outsidePlan', { from: years[1]!, to: years[2]! });
  const overlap = /^overlaps the period "(.*)"$/.exec(issue.message);
  if (overlap) return t('monitoring.issue.overlaps', { label: overlap[1]! });
  if (/^not (an indicator|a milestone|a target group) of this /.test(issue.message)) {
    return t('monitoring.issue.notOfSubject', { field });
  }
  if (/ given twice$/.test(issue.message)) return t('validation.listedTwice', { field });
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      return sized(issue, field, t, locale) ?? t('validation.invalid', { field });
    case 'invalid_format':
      return formatted(issue, field, t);
    case 'unrecognized_keys':
      return t('validation.unknownField', { keys: unknownKeys(issue, locale) });
    case 'invalid_type':
      if (issue.expected === 'int') return t('validation.notInteger', { field });
      if (issue.expected === 'number') return t('validation.notNumber', { field });
      return t('validation.required', { field });
    case 'invalid_value':
      // the values allowed are codes: the list the field offers names them
      return t('validation.choose', { field });
    case 'not_multiple_of':
      return t('validation.decimals', { field });
    default:
      return t('validation.invalid', { field });
  }
}
