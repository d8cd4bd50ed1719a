import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  budgetContracts,
  buildLiveTables,
  chapterContracts,
  indicatorContracts,
  planContracts,
  type Cents,
  type Chapter,
  type LivePlanData,
  type LiveTable,
  type LiveTableName,
  type Locale,
  municipalShareContracts,
} from '@pdz/core';
import { call } from '../../api/client';
import { usePlanTree } from '../plan/queries';

export const chapterKeys = {
  list: (districtId: string, planId: string) => ['chapters', districtId, planId] as const,
  live: (what: string, districtId: string, planId: string) =>
    ['chapters-live', what, districtId, planId] as const,
};

export function useChapters(districtId: string, planId: string) {
  return useQuery({
    queryKey: chapterKeys.list(districtId, planId),
    queryFn: async () =>
      (await call(chapterContracts.list, { params: { districtId, planId } })).items,
  });
}

/** Keeps the chapter list in the cache in step with a chapter just saved. */
export function useStoreChapter(districtId: string, planId: string) {
  const queryClient = useQueryClient();
  return (chapter: Chapter) =>
    queryClient.setQueryData<Chapter[]>(chapterKeys.list(districtId, planId), (list) =>
      list?.map((c) => (c.id === chapter.id ? chapter : c)),
    );
}

const labelsOf = (items: { code: string; labelIt: string; labelEn: string }[], locale: Locale) =>
  Object.fromEntries(items.map((i) => [i.code, locale === 'en' ? i.labelEn : i.labelIt]));

/**
 * The live tables of the plan with current figures: the tree, the budget, the indicators and the
 * municipal share table. A part that cannot be read (an endpoint absent or refused) leaves out
 * only the tables that need it.
 */
export function useLiveTables(
  districtId: string,
  planId: string,
  locale: Locale,
): {
  tables: Partial<Record<LiveTableName, LiveTable>>;
  loading: boolean;
  partial: boolean;
} {
  const params = { districtId, planId };
  const tree = usePlanTree(districtId, planId);
  const budget = useQuery({
    queryKey: chapterKeys.live('budget', districtId, planId),
    queryFn: () => call(budgetContracts.get, { params }),
  });
  const indicators = useQuery({
    queryKey: chapterKeys.live('indicators', districtId, planId),
    queryFn: () => call(indicatorContracts.list, { params }),
    retry: false,
  });
  const shares = useQuery({
    queryKey: chapterKeys.live('municipal-share', districtId, planId),
    queryFn: () => call(municipalShareContracts.table, { params }),
    retry: false,
  });
  const sources = useQuery({
    queryKey: ['classification', 'fundingSource'],
    queryFn: () => call(planContracts.classification, { params: { scheme: 'fundingSource' } }),
    staleTime: Infinity,
    retry: false,
  });
  const userAreas = useQuery({
    queryKey: ['classification', 'istatUserArea'],
    queryFn: () => call(planContracts.classification, { params: { scheme: 'istatUserArea' } }),
    staleTime: Infinity,
    retry: false,
  });

  const all = [tree, budget, indicators, shares, sources, userAreas];
  const loading = all.some((q) => q.isPending);
  const partial = !loading && all.some((q) => q.isError);

  const tables = useMemo(() => {
    if (!tree.data) return {};
    const share = shares.data;
    const data: LivePlanData = {
      period: tree.data.period,
      areas: tree.data.areas,
      availability: (budget.data?.availability ?? []).map((r) => ({
        ...r,
        amount: r.amount as Cents,
        carryOver: r.carryOver as Cents,
      })),
      allocations: (budget.data?.allocations ?? []).map((r) => ({
        ...r,
        amount: r.amount as Cents,
      })),
      ...(indicators.data ? { indicators: indicators.data.items } : {}),
      ...(share?.rule && share.years[0]?.rows.length
        ? {
            municipalShares: {
              sourceCode: share.rule.sourceCode,
              rule: share.rule.rule,
              municipalities: share.years[0].rows.map((r) => ({
                id: r.municipalityId,
                name: r.name,
                population: r.population,
              })),
            },
          }
        : {}),
      sourceLabels: labelsOf(sources.data?.items ?? [], locale),
      userAreaLabels: labelsOf(userAreas.data?.items ?? [], locale),
    };
    const built = buildLiveTables(data, locale);
    // without the budget the money tables would show zeros that are not true
    if (!budget.data) {
      delete built.budgetBySource;
      delete built.budgetByArea;
      delete built.budgetByObjective;
      delete built.municipalShares;
    }
    if (!share) delete built.municipalShares;
    return built;
  }, [tree.data, budget.data, indicators.data, shares.data, sources.data, userAreas.data, locale]);

  return { tables, loading, partial };
}
