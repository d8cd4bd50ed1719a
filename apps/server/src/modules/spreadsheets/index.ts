// The plan as a spreadsheet: objectives, actions, allocations and indicators exported as XLSX or
// CSV and imported whole or not at all. Owns no table: it reads and writes the plan, the budget
// and the indicators through their indexes, inside the plan's content-write path.
import type { AppModule } from '../../platform/module';
import { registerSpreadsheetRoutes } from './spreadsheet.routes';

export const spreadsheetsModule: AppModule = {
  name: 'spreadsheets',
  register: registerSpreadsheetRoutes,
};
