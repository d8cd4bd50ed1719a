import {
  DomainError,
  assertCan,
  can,
  readReportWorkbook,
  reportSheetKeys,
  reportSheetTitles,
  reportWorkbookRows,
  type ReportFrame,
  type ReportImportError,
  type ReportSheetKey,
  type ReportSheetInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { recordAudit } from '../../platform/audit';
import type { SessionActor } from '../../platform/sessions';
import {
  findSheet,
  loadWorkbook,
  newWorkbook,
  sheetRows,
  UnreadableFile,
  unreadableFileError,
} from '../../platform/workbook';
import type { Scope } from '../plan/index';
import * as repo from './monitoring.repository';
import { recorded } from './report.writes';

type Audit = (
  e: Omit<Parameters<typeof recordAudit>[1], 'districtId' | 'actor' | 'requestId'>,
) => Promise<void>;

interface Deps {
  periodOrThrow(tx: Db, scope: Scope, id: string, lock?: 'share'): Promise<repo.PeriodRow>;
  framesOf(scope: Scope, period: repo.PeriodRow): Promise<ReportFrame[]>;
  rightsOf(actor: SessionActor, scope: Scope): Promise<(f: ReportFrame) => boolean>;
  audit(tx: Db, actor: SessionActor, scope: Scope, requestId: string | undefined): Audit;
}

const widths: Record<ReportSheetKey, number[]> = {
  reports: [10, 48, 30, 16, 14, 60, 10],
  measures: [10, 12, 48, 18, 12, 16, 40],
  spending: [10, 14, 16, 16, 16],
};
/** the columns a user fills in (the others help the reader) */
const writable: Record<ReportSheetKey, number[]> = {
  reports: [3, 4, 5],
  measures: [5, 6],
  spending: [3, 4],
};

const refused = (problems: ReportImportError[]) =>
  new DomainError('VALIDATION_FAILED', `${problems.length} errors in the file`, {
    details: { problems },
  });

/** A workbook per user and period to report in bulk, and its import: all reports or none. */
export function createReportWorkbook(db: Db, deps: Deps) {
  return {
    async exportWorkbook(actor: SessionActor, scope: Scope, periodId: string) {
      assertCan(actor, 'monitoring.report', { districtId: scope.districtId });
      const period = await deps.periodOrThrow(db, scope, periodId);
      const right = await deps.rightsOf(actor, scope);
      const frames = (await deps.framesOf(scope, period)).filter(right);
      const reports = (await repo.listReports(db, period.id)).map(repo.toReport);
      const rows = reportWorkbookRows(frames, reports);
      const wb = await newWorkbook();
      for (const key of reportSheetKeys) {
        const ws = wb.addWorksheet(reportSheetTitles[key], {
          views: [{ state: 'frozen', ySplit: 1 }],
        });
        rows[key].forEach((r) => ws.addRow(r));
        ws.getRow(1).font = { bold: true };
        widths[key].forEach((w, i) => {
          const column = ws.getColumn(i + 1);
          column.width = w;
          // money has two decimals
          if (key === 'spending' && i >= 2) column.numFmt = '#,##0.00';
        });
        // the header of each column to fill in stands out
        for (const i of writable[key]) {
          ws.getRow(1).getCell(i + 1).fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: 'FFFFF2CC' },
          };
        }
      }
      const body = Buffer.from(await wb.xlsx.writeBuffer());
      const slug = period.label
        .normalize('NFD')
        .replace(/[^\w\s-]/g, '')
        .trim()
        .toLowerCase()
        .replace(/\s+/g, '-');
      return { body, filename: `monitoraggio-${slug || period.endsOn}.xlsx` };
    },

    async importWorkbook(
      actor: SessionActor,
      scope: Scope,
      periodId: string,
      body: Buffer,
      requestId?: string,
    ) {
      const district = { districtId: scope.districtId };
      assertCan(actor, 'monitoring.report', district);
      const planOffice = can(actor, 'monitoring.manage', district);
      let sheets: Partial<Record<ReportSheetKey, ReportSheetInput>>;
      try {
        const wb = await loadWorkbook(body);
        sheets = {};
        for (const key of reportSheetKeys) {
          const ws = findSheet(wb, reportSheetTitles[key]);
          if (ws) sheets[key] = sheetRows(ws);
        }
      } catch (e) {
        if (!(e instanceof UnreadableFile)) throw e;
        throw refused([
          { sheet: null, row: null, column: null, columnLetter: null, ...unreadableFileError(e) },
        ]);
      }
      const right = await deps.rightsOf(actor, scope);
      return db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        const period = await deps.periodOrThrow(tx, scope, periodId, 'share');
        if (period.status === 'closed') {
          throw new DomainError('PERIOD_CLOSED', 'the period is closed: its reports are locked');
        }
        const frames = await deps.framesOf(scope, period);
        const current = await repo.listReports(tx, period.id);
        const reports = current.map(repo.toReport);
        const plan = readReportWorkbook(sheets, frames, reports, { mayReport: right, planOffice });
        if (plan.errors.length > 0) throw refused(plan.errors);
        if (plan.conflicts.length > 0) {
          throw new DomainError(
            'VERSION_CONFLICT',
            `${plan.conflicts.length} reports were changed by someone else since the file was made`,
            { details: { problems: plan.conflicts } },
          );
        }
        const audit = deps.audit(tx, actor, scope, requestId);
        for (const { frame, input } of plan.saves) {
          const { version, ...content } = input;
          const row = current.find((r) => r.subjectKind === frame.kind && r.subjectId === frame.id);
          const written = row
            ? await repo.updateReport(
                tx,
                row.id,
                version,
                { ...content, status: row.status === 'returned' ? 'draft' : (row.status as never) },
                actor.userId,
              )
            : await repo.insertReport(
                tx,
                {
                  districtId: scope.districtId,
                  periodId: period.id,
                  subjectKind: frame.kind,
                  subjectId: frame.id,
                },
                content,
                actor.userId,
              );
          if (!written) {
            throw new DomainError(
              'VERSION_CONFLICT',
              'a report was changed by someone else meanwhile',
            );
          }
          await audit({
            action: 'report.saved',
            entityType: 'report',
            entityId: written.id,
            before: row ? recorded(repo.toReport(row), frame) : undefined,
            after: recorded(repo.toReport(written), frame),
          });
        }
        return { written: plan.saves.length, unchanged: plan.unchanged };
      });
    },
  };
}
