import { z } from 'zod';

/** The message of a percent out of its rule (stable: the web words it by this text). */
export const percentMessage = 'a whole percent from 0 to 100';

/**
 * A percent the plan is graded by (an indicator's thresholds, the bounds of an objective's
 * grading ranges): a whole number from 0 to 100, on every path that writes one.
 */
export const percentSchema = z
  .number()
  .int(percentMessage)
  .min(0, percentMessage)
  .max(100, percentMessage);
