/**
 * Messages of the plan sheet screens. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 */
export const sheetIt = {} as const;

export const sheetEn: Record<keyof typeof sheetIt, string> = {};
