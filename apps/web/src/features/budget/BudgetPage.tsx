import { useEffect, useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import {
  budgetSummary,
  isPlanEditable,
  isValidInPeriod,
  periodYears,
  type Allocation,
  type Cents,
  type ClassificationItem,
  type FundingAvailability,
} from '@pdz/core';
import { classificationLabelOf, errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrict, useDistrictAccess } from '../territory/queries';
import { usePlanTree } from '../plan/queries';
import { AllocationGrid } from './AllocationGrid';
import { AvailabilityGrid } from './AvailabilityGrid';
import { allocationKey, availabilityKey, effective, useDrafts, type Drafts } from './drafts';
import { MunicipalShares } from '../municipal-share';
import { problemsByCell } from './problems';
import { useBudget, useCoherence, useFundingSources, type BudgetData } from './queries';
import { SummaryTables } from './SummaryTables';
import './budget.css';

/** The budget as it stands on screen: saved rows with the valid amounts being typed over them. */
function onScreen(budget: BudgetData, drafts: Drafts) {
  const availability = new Map<string, FundingAvailability>();
  for (const a of budget.availability) {
    availability.set(`${a.sourceCode}|${a.year}`, {
      sourceCode: a.sourceCode,
      year: a.year,
      amount: a.amount as Cents,
      carryOver: a.carryOver as Cents,
    });
  }
  const allocations = new Map<string, Allocation>();
  for (const a of budget.allocations) {
    allocations.set(`${a.actionId}|${a.sourceCode}|${a.year}`, {
      actionId: a.actionId,
      sourceCode: a.sourceCode,
      year: a.year,
      amount: a.amount as Cents,
    });
  }
  for (const key of Object.keys(drafts)) {
    const [kind, first, second, third] = key.split('|') as [string, string, string, string];
    if (kind === 'av') {
      const year = Number(second);
      const k = `${first}|${year}`;
      const saved = availability.get(k);
      availability.set(k, {
        sourceCode: first,
        year,
        amount: effective(
          drafts,
          availabilityKey(first, year, 'amount'),
          saved?.amount ?? 0,
        ) as Cents,
        carryOver: effective(
          drafts,
          availabilityKey(first, year, 'carryOver'),
          saved?.carryOver ?? 0,
        ) as Cents,
      });
    } else {
      const year = Number(third);
      const k = `${first}|${second}|${year}`;
      allocations.set(k, {
        actionId: first,
        sourceCode: second,
        year,
        amount: effective(
          drafts,
          allocationKey(first, second, year),
          allocations.get(k)?.amount ?? 0,
        ) as Cents,
      });
    }
  }
  return { availability: [...availability.values()], allocations: [...allocations.values()] };
}

export function BudgetPage() {
  const { districtId = '', planId = '' } = useParams();
  const { t, locale } = useI18n();
  const access = useDistrictAccess(districtId);
  const tree = usePlanTree(districtId, planId);
  const budget = useBudget(districtId, planId);
  const coherence = useCoherence(districtId, planId);
  const sources = useFundingSources();
  const district = useDistrict(districtId);
  const draftState = useDrafts();
  const { hash } = useLocation();
  useDocumentTitle([t('budget.title'), tree.data?.title, t('app.name')]);

  const sourceList: ClassificationItem[] = useMemo(
    () => [...(sources.data?.items ?? [])].sort((a, b) => a.position - b.position),
    [sources.data],
  );
  const sourceLabel = (code: string) => {
    const item = sourceList.find((s) => s.code === code);
    return item ? classificationLabelOf(item, locale) : code;
  };

  const screen = useMemo(
    () => (budget.data ? onScreen(budget.data, draftState.drafts) : null),
    [budget.data, draftState.drafts],
  );

  const loaded = Boolean(tree.data && budget.data && sources.data && district.data);
  // the coherence panel links to a cell (#source-FNPS-2012, #alloc-…) or to #municipal-shares
  useEffect(() => {
    if (!loaded || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    const focusable = target.matches('input, h2') ? target : target.querySelector('input, h2');
    (focusable as HTMLElement | null)?.focus();
  }, [loaded, hash]);

  const pending = [tree, budget, sources, district].find((q) => q.isPending);
  const failed = [tree, budget, sources, district].find((q) => q.isError);
  if (failed) return <Alert kind="danger">{t(errorMessageKey(failed.error))}</Alert>;
  if (pending || access.isLoading || !tree.data || !budget.data || !screen || !district.data)
    return <Loading label={t('app.loading')} />;

  const plan = tree.data;
  const editable = isPlanEditable(plan.phase) && access.can('plan.edit');
  const years = periodYears(plan.period);
  // the sources valid in the plan's years, and any other that already holds money in it
  const held = new Set(budget.data.availability.map((a) => a.sourceCode));
  const offered = sourceList.filter((s) => isValidInPeriod(s, plan.period) || held.has(s.code));
  const order = sourceList.map((s) => s.code);
  const summary = budgetSummary({
    tree: plan,
    ...screen,
    population: district.data.population,
    sourceOrder: order,
    period: plan.period,
  });
  // the allocation grid shows the sources that have money somewhere (or allocations)
  const used = new Set([
    ...screen.availability.filter((a) => a.amount + a.carryOver > 0).map((a) => a.sourceCode),
    ...budget.data.availability.map((a) => a.sourceCode),
    ...screen.allocations.map((a) => a.sourceCode),
  ]);
  const allocationSources = summary.bySourceYear.sources.filter((c) => used.has(c));
  const problems = problemsByCell(coherence.data?.problems ?? []);
  const linkedYear = /^#alloc-.+-(\d{4})$/.exec(hash)?.[1];

  return (
    <>
      <p>{editable ? t('budget.intro') : t('budget.readOnly')}</p>
      <AvailabilityGrid
        districtId={districtId}
        planId={planId}
        sources={offered}
        sourceLabel={sourceLabel}
        years={years}
        budget={budget.data}
        drafts={draftState}
        editable={editable}
        problems={problems.bySource}
      />
      <AllocationGrid
        districtId={districtId}
        planId={planId}
        tree={plan}
        sources={allocationSources}
        sourceLabel={sourceLabel}
        years={years}
        budget={budget.data}
        drafts={draftState}
        editable={editable}
        initialYear={linkedYear ? Number(linkedYear) : undefined}
        bySourceYear={summary.bySourceYear}
        problems={problems.byAllocation}
      />
      <SummaryTables summary={summary} tree={plan} sourceLabel={sourceLabel} />
      <MunicipalShares
        districtId={districtId}
        planId={planId}
        district={district.data}
        sources={offered}
        sourceLabel={sourceLabel}
        editable={editable}
      />
    </>
  );
}
