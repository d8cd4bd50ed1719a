/**
 * Messages of the plan spreadsheet screens. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 */
export const spreadsheetIt = {} as const;

export const spreadsheetEn: Record<keyof typeof spreadsheetIt, string> = {};
