/**
 * Messages of the plan indicators screens. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 */
export const indicatorsIt = {} as const;

export const indicatorsEn: Record<keyof typeof indicatorsIt, string> = {};
