/**
 * Messages of the plan coherence screens. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 */
export const coherenceIt = {} as const;

export const coherenceEn: Record<keyof typeof coherenceIt, string> = {};
