import {
  DomainError,
  assertCan,
  divideRoundHalfUp,
  isDomainError,
  periodYears,
  splitMunicipalShare,
  totalAvailable,
  type Cents,
  type FieldIssue,
  type MunicipalShareCheck,
  type MunicipalShareRule,
  type MunicipalShareSettings,
  type MunicipalShareTable,
  type Period,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import { fundingSourceIssue } from '../classifications/index';
import * as budget from '../budget/index';
import { conflict, createContentWrite, findPlan, type Scope } from '../plan/index';
import * as shares from './municipal-share.repository';

const FULL = 10_000;

/** The money of the rule's source in each year of the period (availability + carry-over). */
async function totalsByYear(db: Db, scope: Scope, sourceCode: string, period: Period) {
  const availability = await budget.listAvailability(db, scope.districtId, scope.planId);
  return periodYears(period).map((year) => ({
    year,
    total: availability
      .filter((a) => a.sourceCode === sourceCode && a.year === year)
      .reduce((s, a) => s + totalAvailable(a as never), 0) as Cents,
  }));
}

/**
 * What the municipal share gives each municipality per year, as the coherence rules check it
 * (MUNICIPAL_SHARES_MISMATCH). When the stored rule no longer fits the district (a fixed share
 * names a municipality since removed, or the population is zero) the parts are computed as the
 * rule says for the municipalities there are, and so no longer add up to the total.
 */
export async function municipalShareChecks(
  db: Db,
  plan: { districtId: string; id: string; period: Period },
): Promise<MunicipalShareCheck[]> {
  const scope = { districtId: plan.districtId, planId: plan.id };
  const row = await shares.findRule(db, scope.districtId, scope.planId);
  if (!row) return [];
  const { sourceCode, rule } = shares.toRule(row);
  const towns = await shares.listMunicipalities(db, scope.districtId);
  const years = await totalsByYear(db, scope, sourceCode, plan.period);
  return years.map(({ year, total }) => {
    try {
      const parts = splitMunicipalShare(total, towns, rule).map((r) => r.amount);
      return { year, total, parts };
    } catch (e) {
      if (!isDomainError(e)) throw e;
      return { year, total, parts: literalParts(total, towns, rule) };
    }
  });
}

/**
 * The rule's table: for each year of the period, the source's money split among the district's
 * municipalities; a rule that no longer fits the district gives no years and says why. The
 * municipalities come with it (the frozen version records their ISTAT codes).
 */
export async function municipalShareTableOf(db: Db, scope: Scope, period: Period) {
  const towns = await shares.listMunicipalities(db, scope.districtId);
  const row = await shares.findRule(db, scope.districtId, scope.planId);
  if (!row) return { table: { rule: null, years: [], issues: [] } as MunicipalShareTable, towns };
  const rule = shares.toRule(row);
  const years = await totalsByYear(db, scope, rule.sourceCode, period);
  try {
    const table: MunicipalShareTable = {
      rule,
      issues: [],
      years: years.map(({ year, total }) => ({
        year,
        total,
        rows: splitMunicipalShare(total, towns, rule.rule).map((r, i) => ({
          municipalityId: r.id,
          name: towns[i]!.name,
          population: towns[i]!.population,
          byPopulation: r.byPopulation,
          equalPart: r.equalPart,
          fixedPart: r.fixedPart,
          amount: r.amount,
        })),
      })),
    };
    return { table, towns };
  } catch (e) {
    if (!isDomainError(e) || e.code !== 'VALIDATION_FAILED') throw e;
    return { table: { rule, years: [], issues: e.issues ?? [] } as MunicipalShareTable, towns };
  }
}

/** Each municipality's part rounded on its own, with no correction of the sum. */
function literalParts(
  total: number,
  towns: readonly { id: string; population: number }[],
  rule: MunicipalShareRule,
): Cents[] {
  if (rule.kind === 'fixed') {
    return towns.map((m) => divideRoundHalfUp(total * (rule.shares[m.id] ?? 0), FULL) as Cents);
  }
  const population = towns.reduce((s, m) => s + m.population, 0);
  if (population <= 0) return towns.map(() => 0 as Cents);
  return towns.map((m) => divideRoundHalfUp(total * m.population, population) as Cents);
}

function invalid(issues: FieldIssue[]): DomainError {
  return new DomainError('VALIDATION_FAILED', issues.map((i) => i.message).join('; '), { issues });
}

/**
 * The municipal share (quota dei Comuni): which funding source is the municipalities' part of
 * the budget and how it is split among them; and the resulting table per year.
 */
export function createMunicipalShareService(db: Db) {
  const { inEditablePlan } = createContentWrite(db);

  async function planOrThrow(actor: SessionActor, scope: Scope) {
    assertCan(actor, 'plan.read', { districtId: scope.districtId });
    const plan = await findPlan(db, scope.districtId, scope.planId);
    if (!plan) throw new DomainError('NOT_FOUND');
    return plan;
  }

  return {
    async readRule(actor: SessionActor, scope: Scope) {
      await planOrThrow(actor, scope);
      const row = await shares.findRule(db, scope.districtId, scope.planId);
      return { rule: row ? shares.toRule(row) : null };
    },

    async setRule(
      actor: SessionActor,
      scope: Scope,
      input: MunicipalShareSettings & { version: number | null },
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, plan, audit) => {
        const issues: FieldIssue[] = [];
        const source = await fundingSourceIssue(tx, input.sourceCode, {
          period: { startYear: plan.startYear, endYear: plan.endYear },
        });
        if (source) issues.push(source);
        if (input.rule.kind === 'fixed') {
          const known = new Set(
            (await shares.listMunicipalities(tx, scope.districtId)).map((m) => m.id),
          );
          let sum = 0;
          for (const [id, bp] of Object.entries(input.rule.shares)) {
            if (!known.has(id)) {
              issues.push({
                field: `body.rule.shares.${id}`,
                message: 'not a municipality of the district',
              });
            }
            sum += bp;
          }
          if (sum !== FULL) {
            issues.push({
              field: 'body.rule.shares',
              message: `the shares add up to ${sum / 100} % instead of 100 %`,
            });
          }
        }
        if (issues.length > 0) throw invalid(issues);

        const existing = await shares.findRule(tx, scope.districtId, scope.planId);
        if ((existing?.version ?? null) !== input.version) {
          throw conflict(existing ? shares.toRule(existing) : null);
        }
        const row = await shares.saveRule(tx, scope, input, existing);
        await audit({
          action: 'budget.municipal_share_changed',
          entityType: 'municipalShareRule',
          entityId: row.id,
          before: existing ? shares.toRule(existing) : null,
          after: shares.toRule(row),
        });
        return shares.toRule(row);
      });
    },

    async table(actor: SessionActor, scope: Scope): Promise<MunicipalShareTable> {
      const plan = await planOrThrow(actor, scope);
      return (await municipalShareTableOf(db, scope, plan.period)).table;
    },
  };
}
