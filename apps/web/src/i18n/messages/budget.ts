/**
 * Messages of the plan budget screens. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 */
export const budgetIt = {} as const;

export const budgetEn: Record<keyof typeof budgetIt, string> = {};
