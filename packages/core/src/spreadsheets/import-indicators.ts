import { createIndicatorInput } from '../indicators/indicator';
import { countRow, diff } from './diff';
import type { Fields, ImportChanges, SheetCounts } from './import-result';
import { parseTargets } from './list-cells';
import { recordById, type PlanLookups } from './lookups';
import type { RowReader } from './read';

/** Rows of the indicators sheet: each owned by an objective (by code) or an action (by id). */

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** stands for the owner's id while checking the fields with the schema */
const someId = '00000000-0000-4000-8000-000000000000';

export function readIndicatorRow(
  r: RowReader,
  look: PlanLookups,
  changes: ImportChanges,
  count: SheetCounts,
): void {
  const existing = recordById(r, look.indicatorById);
  const objectiveCode = r.text('objectiveCode', 20) || null;
  const actionId = r.text('actionId', 40) || null;
  if ((objectiveCode === null) === (actionId === null)) r.fail('objectiveCode', 'ownerRequired');
  else if (objectiveCode && !look.knowsObjective(objectiveCode))
    r.fail('objectiveCode', 'unknownObjective', { value: objectiveCode });
  else if (actionId && (!uuidRe.test(actionId) || !look.actionById.has(actionId)))
    r.fail('actionId', 'unknownAction', { value: actionId });
  const fields = {
    code: r.text('code', 20),
    name: r.text('name', 300, true),
    kind: r.choice('kind'),
    unit: r.text('unit', 60),
    dataSource: r.text('dataSource', 300),
    frequency: r.choice('frequency'),
    reportedBy: r.text('reportedBy', 300),
    direction: r.choice('direction'),
    baselineValue: r.number('baselineValue', false),
    baselineYear: r.number('baselineYear', true),
    targets: r.list('targets', parseTargets),
    partialPercent: r.number('partialPercent', true, true) ?? 0,
    achievedPercent: r.number('achievedPercent', true, true) ?? 0,
  };
  for (const t of fields.targets) look.checkYear(r, 'targets', t.year);
  r.zodIssues(
    createIndicatorInput.safeParse({
      ...fields,
      objectiveId: objectiveCode ? someId : null,
      actionId: actionId ? someId : null,
    }),
    (p) => {
      const k = String(p[0] ?? 'name');
      return k === 'objectiveId' ? 'objectiveCode' : k;
    },
  );
  if (r.errors.length) return;
  const currentCode = existing?.objectiveId
    ? (look.objectives.find((o) => o.id === existing.objectiveId)?.code ?? null)
    : null;
  const changed = existing ? diff(existing as unknown as Fields, fields) : {};
  const moved = currentCode !== objectiveCode || existing?.actionId !== actionId;
  countRow(
    count,
    r,
    existing && { version: existing.version, summary: { name: existing.name } },
    Object.keys(changed).length > 0 || moved,
    {
      update: () =>
        changes.indicators.update.push({
          id: existing!.id,
          owner: moved ? { objectiveCode, actionId } : null,
          fields: changed,
        }),
      create: () => changes.indicators.create.push({ objectiveCode, actionId, fields }),
    },
  );
}
