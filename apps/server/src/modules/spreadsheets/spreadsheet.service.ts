import {
  DomainError,
  assertCan,
  assertEditable,
  changeCount,
  planImport,
  planToRows,
  sheetTitles,
  type ImportError,
  type ImportResult,
  type PlanPhase,
  type PlanTree,
  type SheetKey,
  type WorkbookInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import { findAllocation, upsertAllocation } from '../budget/index';
import {
  insertIndicator,
  nextPlanIndicatorPosition,
  updateIndicatorFields,
} from '../indicators/index';
import {
  createContentWrite,
  findPlanTree,
  insertContent,
  updateContent,
  type Scope,
} from '../plan/index';
import { loadSpreadsheetContext } from './spreadsheet.repository';
import {
  UnreadableFile,
  unreadableFileError,
  readCsvSheet,
  readWorkbook,
  writeCsvSheet,
  writeWorkbook,
} from './spreadsheet.files';

export interface SpreadsheetFile {
  body: Buffer;
  filename: string;
  mediaType: string;
}

function rejected(errors: ImportError[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `${errors.length} errors in the file`, {
    details: { problems: errors },
  });
}

/** Rows the file changes that someone else changed since the export: nothing is written. */
function stale(conflicts: ImportError[]): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    `${conflicts.length} rows were changed by someone else since the export`,
    { details: { problems: conflicts } },
  );
}

const unreadable = (e?: UnreadableFile): ImportError => ({
  sheet: null,
  row: null,
  column: null,
  columnLetter: null,
  ...(e ? unreadableFileError(e) : { code: 'unreadableFile' }),
});

/** `piano-2012-2014-obiettivi.csv` */
function fileName(tree: PlanTree, ext: string, sheet?: SheetKey): string {
  const base = `piano-${tree.period.startYear}-${tree.period.endYear}`;
  return `${base}${sheet ? `-${sheetTitles[sheet].toLowerCase()}` : ''}.${ext}`;
}

/**
 * The plan as a spreadsheet: export to every member, import by the plan office, all or nothing.
 * An import that changes nothing writes nothing (the plan version stays as it is).
 */
export function createSpreadsheetService(db: Db) {
  const { inEditablePlan, endOf } = createContentWrite(db);

  async function treeOrThrow(d: Db, scope: Scope): Promise<PlanTree> {
    const tree = await findPlanTree(d, scope.districtId, scope.planId);
    if (!tree) throw new DomainError('NOT_FOUND');
    return tree;
  }

  async function parse(format: 'xlsx' | 'csv', sheet: SheetKey | undefined, body: unknown) {
    if (!Buffer.isBuffer(body) || body.length === 0) throw rejected([unreadable()]);
    try {
      if (format === 'csv') return { [sheet!]: readCsvSheet(body) } as WorkbookInput;
      return await readWorkbook(body);
    } catch (e) {
      if (e instanceof UnreadableFile) throw rejected([unreadable(e)]);
      throw e;
    }
  }

  async function apply(tx: Db, scope: Scope, tree: PlanTree, input: WorkbookInput) {
    const ctx = await loadSpreadsheetContext(tx, scope, tree);
    const plan = planImport(ctx, input);
    if (plan.errors.length) throw rejected(plan.errors);
    if (plan.conflicts.length) throw stale(plan.conflicts);
    const { changes } = plan;
    const objectiveIdByCode = new Map(
      tree.areas.flatMap((a) => a.objectives).map((o) => [o.code, o.id]),
    );
    const versionOf = new Map<string, number>();
    for (const a of tree.areas)
      for (const o of a.objectives) {
        versionOf.set(o.id, o.version);
        for (const ac of o.actions) versionOf.set(ac.id, ac.version);
      }

    for (const o of changes.objectives.create) {
      const position = await endOf(tx, scope, 'area', o.areaId);
      const row = await insertContent(tx, 'objective', {
        ...scope,
        ...(o.fields as object),
        title: String(o.fields.title),
        code: o.code,
        areaId: o.areaId,
        position,
      });
      objectiveIdByCode.set(o.code, row.id);
    }
    for (const o of changes.objectives.update) {
      const set: Record<string, unknown> = { ...o.fields };
      if (typeof set.areaId === 'string') {
        set.position = await endOf(tx, scope, 'area', set.areaId);
      }
      await updateContent(tx, 'objective', o.id, versionOf.get(o.id)!, set);
    }
    for (const a of changes.actions.create) {
      const objectiveId = objectiveIdByCode.get(a.objectiveCode)!;
      const position = await endOf(tx, scope, 'objective', objectiveId);
      await insertContent(tx, 'action', {
        ...scope,
        ...(a.fields as object),
        title: String(a.fields.title),
        objectiveId,
        position,
      });
    }
    for (const a of changes.actions.update) {
      const set: Record<string, unknown> = { ...a.fields };
      if (a.objectiveCode !== null) {
        const objectiveId = objectiveIdByCode.get(a.objectiveCode)!;
        set.objectiveId = objectiveId;
        set.position = await endOf(tx, scope, 'objective', objectiveId);
      }
      await updateContent(tx, 'action', a.id, versionOf.get(a.id)!, set);
    }
    for (const al of changes.allocations.upsert) {
      const existing = await findAllocation(tx, al.actionId, al.sourceCode, al.year);
      await upsertAllocation(
        tx,
        {
          ...scope,
          actionId: al.actionId,
          sourceCode: al.sourceCode,
          year: al.year,
          amount: al.amount,
        },
        existing,
      );
    }
    let position = await nextPlanIndicatorPosition(tx, scope.planId);
    for (const i of changes.indicators.create) {
      await insertIndicator(tx, {
        ...scope,
        ...(i.fields as object),
        name: String(i.fields.name),
        kind: String(i.fields.kind),
        frequency: String(i.fields.frequency),
        objectiveId: i.objectiveCode ? objectiveIdByCode.get(i.objectiveCode)! : null,
        actionId: i.actionId,
        position: position++,
      });
    }
    for (const i of changes.indicators.update) {
      const owner = i.owner
        ? {
            objectiveId: i.owner.objectiveCode
              ? objectiveIdByCode.get(i.owner.objectiveCode)!
              : null,
            actionId: i.owner.actionId,
          }
        : {};
      await updateIndicatorFields(tx, scope, i.id, { ...i.fields, ...owner });
    }
    return plan.counts;
  }

  return {
    async export(
      actor: SessionActor,
      scope: Scope,
      query: { format: 'xlsx' | 'csv'; sheet?: SheetKey | undefined },
    ): Promise<SpreadsheetFile> {
      assertCan(actor, 'plan.read', { districtId: scope.districtId });
      const tree = await treeOrThrow(db, scope);
      const ctx = await loadSpreadsheetContext(db, scope, tree);
      const rows = planToRows(ctx);
      if (query.format === 'csv') {
        return {
          body: writeCsvSheet(rows, query.sheet!),
          filename: fileName(tree, 'csv', query.sheet),
          mediaType: 'text/csv; charset=utf-8',
        };
      }
      return {
        body: await writeWorkbook(rows, tree.title, ctx),
        filename: fileName(tree, 'xlsx'),
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
    },

    async import(
      actor: SessionActor,
      scope: Scope,
      query: { format: 'xlsx' | 'csv'; sheet?: SheetKey | undefined },
      body: unknown,
      requestId?: string,
    ): Promise<ImportResult> {
      assertCan(actor, 'plan.edit', { districtId: scope.districtId });
      const tree = await treeOrThrow(db, scope);
      assertEditable(tree.phase as PlanPhase);
      const input = await parse(query.format, query.sheet, body);
      // A first reading outside the transaction: errors and "nothing to change" write nothing.
      const first = planImport(await loadSpreadsheetContext(db, scope, tree), input);
      if (first.errors.length) throw rejected(first.errors);
      if (first.conflicts.length) throw stale(first.conflicts);
      if (changeCount(first.counts) === 0) return { changes: 0, counts: first.counts };
      const counts = await inEditablePlan(actor, scope, requestId, async (tx, plan, audit) => {
        // read again under the plan lock: what is applied is checked against the plan as it is
        const locked = await treeOrThrow(tx, scope);
        const result = await apply(tx, scope, locked, input);
        await audit({
          action: 'plan.imported',
          entityType: 'plan',
          entityId: scope.planId,
          after: { title: plan.title, format: query.format, counts: result },
        });
        return result;
      });
      return { changes: changeCount(counts), counts };
    },
  };
}
