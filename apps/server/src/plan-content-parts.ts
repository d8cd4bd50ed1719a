import type { PlanContentPart } from './modules/plan/index';
import { budgetPart } from './modules/budget/index';
import { municipalSharePart } from './modules/municipal-share/index';
import { indicatorsPart } from './modules/indicators/index';
import { chaptersPart } from './modules/chapters/index';

/**
 * The parts of a plan's content that other modules own, as the plan module reads them for the
 * coherence rules and approval. A module that adds content to the plan adds its part here.
 */
export const planContentParts: readonly PlanContentPart[] = [
  budgetPart,
  municipalSharePart,
  indicatorsPart,
  chaptersPart,
];
