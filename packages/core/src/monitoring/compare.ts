// What changed between two versions of a plan (an approved version and its annual update, or
// any two): items added, removed or changed field by field, money by source × year and by
// action, indicators with their targets, chapters by paragraph. Pure, from two snapshots.
import { canonicalJson } from '../plan/snapshot';
import type { PlanSnapshot } from '../plan/plan-version';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** a field that differs, its values as canonical JSON text (`"a text"`, `12`, `[…]`, `null`) */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface ItemChange {
  kind: ChangeKind;
  id: string;
  /** how a reader names it: the code and title (or name) in the newer version, else the older */
  label: string;
  /** the fields that differ (changed items only) */
  fields: FieldChange[];
}

export interface MoneyCell {
  from: number;
  to: number;
  delta: number;
}

export interface ParagraphChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface ChapterChange extends ItemChange {
  /** the chapter's text, paragraph by paragraph (changed chapters only) */
  paragraphs: ParagraphChange[];
}

export interface PlanComparison {
  plan: FieldChange[];
  areas: ItemChange[];
  objectives: ItemChange[];
  actions: ItemChange[];
  indicators: ItemChange[];
  money: {
    bySourceYear: (MoneyCell & { sourceCode: string; year: number })[];
    byAction: (MoneyCell & { actionId: string; label: string })[];
    total: MoneyCell;
  };
  chapters: ChapterChange[];
}

type Item = { id: string } & Record<string, unknown>;

const json = (v: unknown) => canonicalJson(v ?? null);

/** the fields of two versions of an item that differ, children lists (`skip`) aside */
function fieldChanges(from: Item, to: Item, skip: readonly string[]): FieldChange[] {
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((k) => k !== 'id' && !skip.includes(k))
    .sort();
  return keys
    .map((field) => ({ field, from: json(from[field]), to: json(to[field]) }))
    .filter((c) => c.from !== c.to);
}

/** added, removed and changed items of two lists matched by id, in the newer list's order */
function compareItems<T extends Item>(
  from: readonly T[],
  to: readonly T[],
  label: (item: T) => string,
  skip: readonly string[] = [],
): ItemChange[] {
  const older = new Map(from.map((i) => [i.id, i]));
  const newer = new Set(to.map((i) => i.id));
  const changes: ItemChange[] = [];
  for (const item of to) {
    const before = older.get(item.id);
    if (!before) {
      changes.push({ kind: 'added', id: item.id, label: label(item), fields: [] });
      continue;
    }
    const fields = fieldChanges(before, item, skip);
    if (fields.length > 0)
      changes.push({ kind: 'changed', id: item.id, label: label(item), fields });
  }
  for (const item of from)
    if (!newer.has(item.id))
      changes.push({ kind: 'removed', id: item.id, label: label(item), fields: [] });
  return changes;
}

// each with the id of its parent, so that a move shows as a change
const objectivesOf = (s: PlanSnapshot) =>
  s.areas.flatMap((a) => a.objectives.map((o) => ({ ...o, areaId: a.id })));
const actionsOf = (s: PlanSnapshot) =>
  objectivesOf(s).flatMap((o) => o.actions.map((a) => ({ ...a, objectiveId: o.id })));
const indicatorsOf = (s: PlanSnapshot) =>
  objectivesOf(s).flatMap((o) => [
    ...(o.indicators ?? []),
    ...o.actions.flatMap((a) => a.indicators ?? []),
  ]);

const cell = (from: number, to: number): MoneyCell => ({ from, to, delta: to - from });

function compareMoney(from: PlanSnapshot, to: PlanSnapshot): PlanComparison['money'] {
  const sum = (
    s: PlanSnapshot,
    key: (a: { actionId: string; sourceCode: string; year: number }) => string,
  ) => {
    const m = new Map<string, number>();
    for (const a of s.budget?.allocations ?? []) m.set(key(a), (m.get(key(a)) ?? 0) + a.amount);
    return m;
  };
  const bySource = (a: { sourceCode: string; year: number }) => `${a.sourceCode}\u0000${a.year}`;
  const [oldCells, newCells] = [sum(from, bySource), sum(to, bySource)];
  const bySourceYear = [...new Set([...oldCells.keys(), ...newCells.keys()])]
    .sort()
    .map((k) => {
      const [sourceCode, year] = k.split('\u0000') as [string, string];
      return {
        sourceCode,
        year: Number(year),
        ...cell(oldCells.get(k) ?? 0, newCells.get(k) ?? 0),
      };
    })
    .filter((c) => c.delta !== 0);
  const [oldActions, newActions] = [sum(from, (a) => a.actionId), sum(to, (a) => a.actionId)];
  const titles = new Map([...actionsOf(from), ...actionsOf(to)].map((a) => [a.id, a.title]));
  const byAction = [...new Set([...oldActions.keys(), ...newActions.keys()])]
    .map((actionId) => ({
      actionId,
      label: titles.get(actionId) ?? actionId,
      ...cell(oldActions.get(actionId) ?? 0, newActions.get(actionId) ?? 0),
    }))
    .filter((c) => c.delta !== 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + v, 0);
  return { bySourceYear, byAction, total: cell(total(oldCells), total(newCells)) };
}

/** a chapter's text in paragraphs: blocks apart by blank lines, trimmed */
export const paragraphsOf = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

/** the paragraphs of two texts, kept, added and removed (longest common subsequence) */
export function diffParagraphs(from: readonly string[], to: readonly string[]): ParagraphChange[] {
  const n = from.length;
  const m = to.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        from[i] === to[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && from[i] === to[j]) {
      out.push({ kind: 'same', text: from[i]! });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push({ kind: 'added', text: to[j++]! });
    } else {
      out.push({ kind: 'removed', text: from[i++]! });
    }
  }
  return out;
}

/** What changed from version `from` to version `to` of a plan. */
export function comparePlanVersions(from: PlanSnapshot, to: PlanSnapshot): PlanComparison {
  const coded = (o: { code?: unknown; title?: unknown; name?: unknown }) =>
    [o.code, o.title ?? o.name].filter((x) => typeof x === 'string' && x).join(' – ');
  const chapters = compareItems(from.chapters ?? [], to.chapters ?? [], (c) => c.title).map(
    (change): ChapterChange => {
      if (change.kind !== 'changed') return { ...change, paragraphs: [] };
      const before = (from.chapters ?? []).find((c) => c.id === change.id)!;
      const after = (to.chapters ?? []).find((c) => c.id === change.id)!;
      return {
        ...change,
        paragraphs: diffParagraphs(paragraphsOf(before.body), paragraphsOf(after.body)),
      };
    },
  );
  return {
    plan: fieldChanges(from.plan, to.plan, []),
    areas: compareItems(from.areas, to.areas, (a) => a.title, ['objectives']),
    objectives: compareItems(objectivesOf(from), objectivesOf(to), coded, [
      'actions',
      'indicators',
    ]),
    actions: compareItems(actionsOf(from), actionsOf(to), (a) => a.title, ['indicators']),
    indicators: compareItems(indicatorsOf(from), indicatorsOf(to), coded),
    money: compareMoney(from, to),
    chapters,
  };
}
