import { useCallback, useMemo } from 'react';
import type { PlanTree } from '@pdz/core';
import { useFormat, useI18n } from '../../../i18n';
import { describeProblem, namesOf, type Problem } from './describe';
import { useFundingSources } from '../queries';

/** Turns the plan's problems into sentences and links in the reader's language. */
export function useDescribeProblem(plan: PlanTree) {
  const { t, locale } = useI18n();
  const format = useFormat();
  const sources = useFundingSources();
  const names = useMemo(() => namesOf(plan), [plan]);
  const base = `/districts/${plan.districtId}/plans/${plan.id}`;
  const items = sources.data?.items;
  const sourceLabel = useCallback(
    (code: string) => {
      const item = items?.find((s) => s.code === code);
      if (!item) return code;
      return locale === 'en' ? item.labelEn : item.labelIt;
    },
    [items, locale],
  );
  return useCallback(
    (p: Problem) => describeProblem(p, { base, plan, t, money: format.money, sourceLabel }, names),
    [base, plan, t, format, sourceLabel, names],
  );
}
