/**
 * Messages of the plan chapters screens. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 */
export const chaptersIt = {} as const;

export const chaptersEn: Record<keyof typeof chaptersIt, string> = {};
