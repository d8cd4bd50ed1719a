/**
 * The plan as a spreadsheet: the sheets and their columns, the cells, the rows of an export and
 * the pure import (every error, or the changes to apply). Only these names are public.
 */
export {
  choiceLabels,
  listSyntax,
  sheetColumns,
  sheetTitles,
  spreadsheetSheets,
  versionHeader,
  type ColumnType,
  type SheetColumn,
  type SheetKey,
} from './columns';
export {
  cellText,
  columnLetter,
  formatDecimal,
  formatEuroText,
  formatItalianDate,
  readMoneyCell,
  parseItalianNumber,
  type Cell,
} from './cells';
export {
  formatCodes,
  formatPolicyIntegration,
  formatStaff,
  formatTargetGroups,
  formatTargets,
  parsePolicyIntegration,
  parseStaff,
  parseTargetGroups,
  parseTargets,
} from './list-cells';
export { planToRows, type SheetRows, type SpreadsheetContext } from './export';
export {
  changeCount,
  importErrorCodes,
  importErrorSchema,
  sheetCountsSchema,
  type ImportChanges,
  type ImportCounts,
  type ImportError,
  type ImportErrorCode,
  type ImportPlan,
  type SheetCounts,
  type SheetInput,
  type WorkbookInput,
} from './import-result';
export { planImport } from './plan-import';
