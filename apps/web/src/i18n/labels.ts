import type { AuditChoiceSet, ClassificationItem, Locale } from '@pdz/core';
import { isMessageKey, type MessageKey } from './catalogues';

/** A catalogue item's name in the reader's language. */
export function classificationLabelOf(item: ClassificationItem, locale: Locale): string {
  return locale === 'en' ? item.labelEn : item.labelIt;
}

/** Where the catalogue names the values of each choice the activity log shows. */
const choiceKeys: Record<AuditChoiceSet, string> = {
  phase: 'phase',
  workStatus: 'sheet.status',
  objectiveKind: 'sheet.kind',
  serviceStatus: 'services.status',
  authorization: 'services.auth',
  chapterKind: 'chapters.kind',
  indicatorKind: 'indicators.kind',
  indicatorFrequency: 'indicators.frequency',
  indicatorDirection: 'indicators.direction',
  organizationKind: 'orgKind',
  role: 'role',
  populationImportKind: 'population.import.kind',
  shareRuleKind: 'budget.shares.kind',
  periodStatus: 'audit.periodStatus',
  reportStatus: 'audit.reportStatus',
};

/** The message key naming one value of a choice (a phase, a status…), if the catalogue has it. */
export function choiceKey(set: AuditChoiceSet, value: string): MessageKey | null {
  const key = `${choiceKeys[set]}.${value}`;
  return isMessageKey(key) ? key : null;
}
