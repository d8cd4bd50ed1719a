import { updateActionInput } from '@pdz/core';
import { recordFieldHook } from '../useSheetField';

/** One field of an action, checked by its part of the action's update schema. */
export const useActionField = recordFieldHook(updateActionInput.shape);
