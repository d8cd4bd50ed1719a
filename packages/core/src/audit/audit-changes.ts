import type { AuditEvent } from './audit';
import {
  auditChoiceSets,
  auditFieldSpecs,
  auditIgnoredFields,
  auditNamedTwins,
  type AuditChoiceSet,
  type AuditFieldSpec,
  type AuditRefTarget,
} from './audit-fields';

/**
 * An event's record before and after, turned into what a reader wants to know: which fields
 * changed, from which value to which. Values keep their nature (money, day, choice, reference)
 * so that each language writes them its own way; unchanged fields are left out.
 */
export type AuditValue =
  | { kind: 'empty' }
  /** a partial record that does not mention the field (a phase change records only the phase) */
  | { kind: 'absent' }
  | { kind: 'text'; text: string; long: boolean }
  | { kind: 'code'; code: string }
  | { kind: 'number'; value: number }
  | { kind: 'year'; value: number }
  | { kind: 'percent'; value: number }
  | { kind: 'money'; cents: number }
  | { kind: 'date'; iso: string }
  | { kind: 'dateTime'; iso: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'choice'; set: AuditChoiceSet; value: string }
  /** `to` is null when what it points to is not known (an old record of ids) */
  | { kind: 'ref'; to: AuditRefTarget | null; id: string }
  | { kind: 'list'; items: AuditValue[] }
  /** one row of a list: the first part names it (`partners.organizationId`), others qualify it */
  | { kind: 'row'; parts: { field: string; value: AuditValue }[] };

export interface AuditFieldChange {
  /** stable key: `title`, `period.endYear`, `contacts.email`, `partners` */
  field: string;
  before: AuditValue;
  after: AuditValue;
}

/** The item an event is about, as its record names it. */
export interface AuditSubject {
  type: string;
  /** the item's code where it has one (objective OB1, indicator IND3) */
  code: string | null;
  name: string | null;
  /** what the item belongs to, when recorded (the action an allocation finances) */
  context: string | null;
}

type Snapshot = Record<string, unknown>;
const empty: AuditValue = { kind: 'empty' };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isPlainObject(v: unknown): v is Snapshot {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A record as an object: a reorder records bare lists of ids, older events did so too. */
function snapshotOf(raw: unknown): Snapshot | null {
  if (raw === null || raw === undefined) return null;
  if (Array.isArray(raw)) return { order: raw };
  return isPlainObject(raw) ? raw : { value: raw };
}

function specsOf(entityType: string): Record<string, AuditFieldSpec> {
  return (
    (auditFieldSpecs as Record<string, Record<string, AuditFieldSpec> | undefined>)[entityType] ??
    {}
  );
}

/** Nested objects become dotted keys (`contacts.email`) unless the spec takes them whole. */
function flatten(snap: Snapshot, specs: Record<string, AuditFieldSpec>, prefix = '') {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(snap)) {
    const key = prefix + k;
    if (isPlainObject(v) && specs[key] === undefined) {
      for (const [inner, value] of flatten(v, specs, `${key}.`)) out.set(inner, value);
    } else out.set(key, v);
  }
  return out;
}

function isEmptyRaw(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function inferred(raw: unknown): AuditValue {
  if (isEmptyRaw(raw)) return empty;
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (typeof raw === 'number') return { kind: 'number', value: raw };
  if (typeof raw === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { kind: 'date', iso: raw };
    if (/^\d{4}-\d{2}-\d{2}T/.test(raw)) return { kind: 'dateTime', iso: raw };
    if (uuid.test(raw)) return { kind: 'ref', to: null, id: raw };
    return { kind: 'text', text: raw, long: raw.length > 200 };
  }
  if (Array.isArray(raw)) return { kind: 'list', items: raw.map(inferred) };
  if (isPlainObject(raw)) {
    return {
      kind: 'row',
      parts: Object.entries(raw)
        .filter(([, v]) => !isEmptyRaw(v))
        .map(([field, v]) => ({ field, value: inferred(v) })),
    };
  }
  return { kind: 'text', text: String(raw), long: false };
}

function valueOf(spec: AuditFieldSpec | undefined, raw: unknown, key: string): AuditValue {
  if (isEmptyRaw(raw)) return empty;
  if (spec === undefined) return inferred(raw);
  const num = typeof raw === 'number' ? raw : Number(raw);
  if (typeof spec === 'string') {
    switch (spec) {
      case 'text':
      case 'longText':
        return { kind: 'text', text: String(raw), long: spec === 'longText' };
      case 'code':
        return { kind: 'code', code: String(raw) };
      case 'number':
      case 'decimal':
        return { kind: 'number', value: num };
      case 'year':
        return { kind: 'year', value: num };
      case 'percent':
        return { kind: 'percent', value: num };
      case 'basisPoints':
        return { kind: 'percent', value: num / 100 };
      case 'money':
        return { kind: 'money', cents: num };
      case 'date':
        return { kind: 'date', iso: String(raw) };
      case 'dateTime':
        return { kind: 'dateTime', iso: String(raw) };
      case 'boolean':
        return { kind: 'boolean', value: raw === true };
      case 'named':
        return isPlainObject(raw) && typeof raw.name === 'string'
          ? { kind: 'text', text: raw.name, long: false }
          : inferred(raw);
      default:
        return inferred(raw);
    }
  }
  if ('choice' in spec) {
    const value = String(raw);
    return (auditChoiceSets[spec.choice] as readonly string[]).includes(value)
      ? { kind: 'choice', set: spec.choice, value }
      : { kind: 'code', code: value };
  }
  if ('ref' in spec) return { kind: 'ref', to: spec.ref, id: String(raw) };
  if (!Array.isArray(raw) && !('entries' in spec)) return inferred(raw);
  if ('list' in spec) {
    // an old reorder recorded ids where a new one records titles
    const inner = spec.list;
    return {
      kind: 'list',
      items: (raw as unknown[]).map((item) =>
        typeof item === 'string' && uuid.test(item) && inner === 'text'
          ? { kind: 'ref', to: null, id: item }
          : valueOf(inner, item, key),
      ),
    };
  }
  if ('rows' in spec) {
    return {
      kind: 'list',
      items: (raw as unknown[]).map((row) => {
        if (!isPlainObject(row)) return inferred(row);
        const parts = Object.entries(spec.rows)
          .filter(([part]) => !isEmptyRaw(row[part]))
          .map(([part, partSpec]) => ({
            field: `${key}.${part}`,
            value: valueOf(partSpec, row[part], `${key}.${part}`),
          }));
        return { kind: 'row', parts };
      }),
    };
  }
  if (!isPlainObject(raw)) return inferred(raw);
  const { key: target, value: valueSpec } = spec.entries;
  return {
    kind: 'list',
    items: Object.entries(raw).map(([id, v]) => ({
      kind: 'row',
      parts: [
        { field: `${key}.${target}`, value: { kind: 'ref', to: target, id } },
        { field: `${key}.value`, value: valueOf(valueSpec, v, `${key}.value`) },
      ],
    })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ignored = new Set<string>(auditIgnoredFields);

/** The fields an event changed, in the order the item's form shows them. */
export function auditChanges(
  event: Pick<AuditEvent, 'entityType' | 'before' | 'after'>,
): AuditFieldChange[] {
  const specs = specsOf(event.entityType);
  const before = snapshotOf(event.before);
  const after = snapshotOf(event.after);
  const b = before ? flatten(before, specs) : new Map<string, unknown>();
  const a = after ? flatten(after, specs) : new Map<string, unknown>();
  const known = Object.keys(specs);
  const keys = [...new Set([...known, ...a.keys(), ...b.keys()])].filter(
    (k) => (a.has(k) || b.has(k)) && !ignored.has(k.split('.')[0] ?? k),
  );
  const changes: AuditFieldChange[] = [];
  for (const key of keys) {
    const spec = specs[key];
    if (spec === 'ignore' || spec === 'context') continue;
    const twin = auditNamedTwins[key];
    if (twin && (a.has(twin) || b.has(twin))) continue;
    const was = b.get(key);
    const is = a.get(key);
    if (same(was ?? null, is ?? null) || (isEmptyRaw(was) && isEmptyRaw(is))) continue;
    // a new or deleted item: a box left unticked says nothing
    if ((!before || !after) && (was === false || is === false)) continue;
    const absent = { kind: 'absent' } as const;
    changes.push({
      field: key,
      before: before && after && !b.has(key) ? absent : valueOf(spec, was, key),
      after: before && after && !a.has(key) ? absent : valueOf(spec, is, key),
    });
  }
  return changes;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The item's code and name as its record gives them (after the change, or before a delete). */
export function auditSubject(
  event: Pick<AuditEvent, 'entityType' | 'before' | 'after'>,
): AuditSubject {
  const after = snapshotOf(event.after);
  const before = snapshotOf(event.before);
  const snap: Snapshot = { ...before, ...after };
  const subject = (code: string | null, name: string | null, context: string | null = null) => ({
    type: event.entityType,
    code,
    name,
    context,
  });
  switch (event.entityType) {
    case 'availability':
    case 'allocation': {
      const name = [text(snap.sourceCode), snap.year].filter((p) => p !== null && p !== undefined);
      return subject(null, name.length ? name.join(' ') : null, text(snap.actionTitle));
    }
    case 'municipalShareRule':
      return subject(null, text(snap.sourceCode));
    case 'social_worker_staff':
      return subject(null, typeof snap.year === 'number' ? String(snap.year) : null);
    case 'population_import':
      return subject(null, text(snap.fileName));
    case 'classification':
      return subject(text(snap.code), text(snap.labelIt));
    case 'user':
      return subject(null, text(snap.name) ?? text(snap.email));
    case 'reporting_period':
      return subject(null, text(snap.label));
    default:
      return subject(text(snap.code), text(snap.title) ?? text(snap.name));
  }
}
