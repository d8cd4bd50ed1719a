import {
  formatMoneyInput,
  type MunicipalShareRuleRow,
  type MunicipalShareSettings,
} from '@pdz/core';
import { useI18n, type MessageKey } from '../../i18n';

export type Kind = MunicipalShareSettings['rule']['kind'];
export const kinds: Kind[] = ['perInhabitant', 'fixed', 'mixed'];
export const kindLabel: Record<Kind, MessageKey> = {
  perInhabitant: 'budget.shares.kind.perInhabitant',
  fixed: 'budget.shares.kind.fixed',
  mixed: 'budget.shares.kind.mixed',
};

/** How a rule splits, in words (for a mixed rule, with its share by population). */
export function ruleKindText(
  t: ReturnType<typeof useI18n>['t'],
  r: MunicipalShareSettings['rule'],
) {
  return r.kind === 'mixed'
    ? t('budget.shares.mixedRule', { percent: formatMoneyInput(r.populationBasisPoints) })
    : t(kindLabel[r.kind]);
}

/** The rule in one sentence: how it splits, which source, which population year. */
export function RuleText(props: {
  rule: MunicipalShareRuleRow;
  sourceLabel: (code: string) => string;
}) {
  const { t } = useI18n();
  return (
    <p className="fw-semibold">
      {t('budget.shares.rule', {
        kind: ruleKindText(t, props.rule.rule),
        source: `${props.sourceLabel(props.rule.sourceCode)} (${props.rule.sourceCode})`,
        year: props.rule.populationYear,
      })}
    </p>
  );
}
