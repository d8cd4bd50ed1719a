import { updateObjectiveInput } from '@pdz/core';
import { recordFieldHook } from '../useSheetField';

/** One field of the objective sheet, checked by its part of the objective's update schema. */
export const useObjectiveField = recordFieldHook(updateObjectiveInput.shape);
