import type { SnapshotMunicipalShare } from '@pdz/core';
import type { PlanContentPart } from '../plan/index';
import { municipalShareChecks, municipalShareTableOf } from './municipal-share.service';

/**
 * The municipal share as the plan reads it: the parts per year for the coherence rules, and for
 * an approved version the rule with the municipalities and the table as computed at approval.
 */
export const municipalSharePart: PlanContentPart = {
  name: 'municipal-share',
  coherence: async (db, tree) => ({ municipalShares: await municipalShareChecks(db, tree) }),
  async freeze(db, tree) {
    const scope = { districtId: tree.districtId, planId: tree.id };
    const { table, towns } = await municipalShareTableOf(db, scope, tree.period);
    if (!table.rule || towns.length === 0) return { budget: { municipalShare: null } };
    const istat = new Map(towns.map((m) => [m.id, m.istatCode]));
    const frozen: SnapshotMunicipalShare = {
      sourceCode: table.rule.sourceCode,
      populationYear: table.rule.populationYear,
      rule: table.rule.rule,
      municipalities: towns,
      // a rule that no longer fits the district (coherence blocks approval then) freezes no rows
      rows: table.years.flatMap(({ year, rows }) =>
        rows.map((r) => ({
          year,
          istatCode: istat.get(r.municipalityId) ?? '',
          name: r.name,
          population: r.population,
          amount: r.amount,
          byPopulation: r.byPopulation,
          equalPart: r.equalPart,
          fixedPart: r.fixedPart,
        })),
      ),
    };
    return { budget: { municipalShare: frozen } };
  },
};
