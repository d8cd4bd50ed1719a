// The plan as a spreadsheet: export, and import applied whole or not at all with every error.
export { SpreadsheetPage } from './SpreadsheetPage';
