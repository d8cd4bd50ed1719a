import {
  auditChanges,
  auditSubject,
  formatDateTime,
  formatMoney,
  formatNumber,
  type AuditEvent,
  type AuditFieldChange,
  type AuditValue,
  type Locale,
} from '@pdz/core';
import { choiceKey, isMessageKey, type MessageKey, type Vars } from '../../i18n';

/**
 * An event of the activity log in words: who did what to which item, and each field it changed
 * from which value to which, in the reader's language. Core says what changed; this says it.
 */
export interface Words {
  t: (key: MessageKey, vars?: Vars) => string;
  locale: Locale;
  /** names of the district's organizations and municipalities, by id */
  names: ReadonlyMap<string, string>;
}

/** A field's label: the item type's own name for it, else the general one, else its key. */
export function fieldLabel(entityType: string, field: string, w: Words): string {
  for (const key of [`audit.field.${entityType}.${field}`, `audit.field.${field}`]) {
    if (isMessageKey(key)) return w.t(key);
  }
  return field;
}

/** `2013-01-15` as 15/01/2013, whatever the reader's time zone. */
function day(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const longText = 160;

/** A name or a text as each language quotes it: «…» in Italian, “…” in English. */
function quote(text: string, locale: Locale): string {
  return locale === 'it' ? `«${text}»` : `“${text}”`;
}

function quoted(text: string, long: boolean, locale: Locale): string {
  const shown = long && text.length > longText ? `${text.slice(0, longText).trimEnd()}…` : text;
  return quote(shown, locale);
}

function decimal(value: number, locale: Locale): string {
  if (Number.isInteger(value)) return formatNumber(value, locale);
  return new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value);
}

export function valueText(entityType: string, v: AuditValue, w: Words): string {
  switch (v.kind) {
    case 'empty':
    case 'absent':
      return '—';
    case 'text':
      return quoted(v.text, v.long, w.locale);
    case 'code':
      return v.code;
    case 'number':
      return decimal(v.value, w.locale);
    case 'year':
      return String(v.value);
    case 'percent':
      return w.t('audit.value.percent', { value: decimal(v.value, w.locale) });
    case 'money':
      return formatMoney(v.cents, w.locale);
    case 'date':
      return day(v.iso);
    case 'dateTime':
      return formatDateTime(v.iso);
    case 'boolean':
      return w.t(v.value ? 'common.yes' : 'common.no');
    case 'choice': {
      const key = choiceKey(v.set, v.value);
      return key ? w.t(key) : v.value;
    }
    case 'ref': {
      const name = w.names.get(v.id);
      if (name) return name;
      return w.t(`audit.value.ref.${v.to ?? 'unknown'}`);
    }
    case 'list': {
      if (v.items.length > 0 && v.items.every((i) => i.kind === 'ref' && !w.names.has(i.id))) {
        return w.t('audit.value.items', { count: v.items.length });
      }
      return v.items.map((i) => valueText(entityType, i, w)).join('; ');
    }
    case 'row': {
      const [first, ...rest] = v.parts;
      if (!first) return '—';
      const head = valueText(entityType, first.value, w);
      if (rest.length === 0) return head;
      const details = rest.map(
        (p) => `${fieldLabel(entityType, p.field, w)}: ${valueText(entityType, p.value, w)}`,
      );
      return `${head} (${details.join(', ')})`;
    }
  }
}

const unresolved = (v: AuditValue, w: Words) =>
  (v.kind === 'ref' && !w.names.has(v.id)) ||
  (v.kind === 'list' && v.items.some((i) => i.kind === 'ref' && !w.names.has(i.id)));

/** One change as a line: "Titolo: da «A» a «B»"; of a new or deleted item, its value. */
export function changeText(
  entityType: string,
  c: AuditFieldChange,
  w: Words,
  wholeRecord = false,
): string {
  const field = fieldLabel(entityType, c.field, w);
  const before = valueText(entityType, c.before, w);
  const after = valueText(entityType, c.after, w);
  if (wholeRecord || c.before.kind === 'absent' || c.after.kind === 'absent') {
    const shown = c.after.kind === 'empty' || c.after.kind === 'absent' ? before : after;
    return w.t('audit.change.value', { field, value: shown });
  }
  if (c.before.kind !== 'empty' && c.after.kind !== 'empty') {
    if (c.field === 'order' && unresolved(c.after, w)) {
      return w.t('audit.change.orderUnnamed', { field });
    }
    if (c.before.kind === 'ref' && unresolved(c.before, w) && unresolved(c.after, w)) {
      return w.t('audit.change.otherChoice', { field });
    }
    return w.t('audit.change.both', { field, before, after });
  }
  if (c.before.kind === 'empty') return w.t('audit.change.added', { field, after });
  return w.t('audit.change.removed', { field, before });
}

/** Items whose name reads without quotes: a source and a year, a year. */
const plainNames = new Set([
  'availability',
  'allocation',
  'social_worker_staff',
  'municipalShareRule',
]);

export function itemText(event: Pick<AuditEvent, 'entityType' | 'before' | 'after'>, w: Words) {
  const s = auditSubject(event);
  if (!s.name && !s.code) return w.t('audit.item.unknown');
  if (plainNames.has(s.type)) return s.name ?? s.code ?? '';
  return quote([s.code, s.name].filter(Boolean).join(' – '), w.locale);
}

export interface DescribedEvent {
  sentence: string;
  /** the fields changed, each in words */
  changes: string[];
  /** true when the lines are the values of a new or deleted item, not changes */
  wholeRecord: boolean;
  item: string;
}

export function describeEvent(e: AuditEvent, w: Words): DescribedEvent {
  const subject = auditSubject(e);
  const item = itemText(e, w);
  const actor = e.actor?.name ?? w.t('audit.system');
  const ofAction = e.action === 'budget.allocation_changed' && subject.context;
  const key = ofAction
    ? 'audit.sentence.budget.allocation_changed.ofAction'
    : `audit.sentence.${e.action}`;
  // money is named by its source and year: «della fonte FNPS per il 2013»
  const record = { ...(e.before as object | null), ...(e.after as object | null) } as {
    sourceCode?: unknown;
    year?: unknown;
  };
  const vars = {
    actor,
    item,
    context: subject.context ?? '',
    source: String(record.sourceCode ?? '—'),
    year: String(record.year ?? '—'),
  };
  const sentence = isMessageKey(key)
    ? w.t(key, vars)
    : w.t('audit.sentence.unknown', { actor, item, action: e.action });
  const wholeRecord = e.before === null || e.after === null;
  const changes = auditChanges(e).map((c) => changeText(e.entityType, c, w, wholeRecord));
  return { sentence, changes, wholeRecord, item };
}
