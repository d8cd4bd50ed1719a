import { reportMoveAllowed, type ReportStatus } from '@pdz/core';

export interface ReportRights {
  /** the form can be written and saved as a draft */
  save: boolean;
  /** the lead hands it to the plan office (saved first) */
  submit: boolean;
  validate: boolean;
  return: boolean;
}

/**
 * What the reader may do with a report now, by core's rules: nothing in a closed period or on
 * what they may not report on. A report not yet written counts as a draft for the moves that
 * follow a save (submit, validate), since the form saves it first. The plan office validates
 * what it writes rather than handing it to itself.
 */
export function reportRights(input: {
  status: ReportStatus | null;
  planOffice: boolean;
  mayReport: boolean;
  periodOpen: boolean;
}): ReportRights {
  const { status, planOffice, mayReport, periodOpen } = input;
  if (!periodOpen) return { save: false, submit: false, validate: false, return: false };
  const save = mayReport && reportMoveAllowed(status, 'save', planOffice);
  const afterSave = status ?? 'draft';
  return {
    save,
    submit:
      mayReport &&
      !planOffice &&
      reportMoveAllowed(afterSave, 'submit', false) &&
      (status !== null || save),
    validate:
      planOffice && reportMoveAllowed(afterSave, 'validate', true) && (status !== null || save),
    return: planOffice && reportMoveAllowed(status, 'return', true),
  };
}
