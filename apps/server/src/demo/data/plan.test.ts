import { describe, expect, it } from 'vitest';
import { liveTableNames } from '@pdz/core';
import { demoMunicipalities } from './district';
import { demoOrganizations, demoPlan } from './plan';
import type { DemoAction, DemoIndicator, DemoSource } from './plan.types';

/** The demo plan is what every visitor sees first: its shape must hold together. */

const seededOrganizations = [
  'ATS di Pavia',
  'ASST di Pavia',
  'Regione Lombardia',
  'Consorzio Sociale Pavese',
  'Cooperativa sociale Il Ponte (demo)',
  'Associazione Famiglie Insieme (demo)',
];
const municipalities = demoMunicipalities.map((m) => `Comune di ${m.name}`);
const knownOrganizations = new Set([
  ...demoOrganizations.map((o) => o.name),
  ...seededOrganizations,
  ...municipalities,
]);

const objectives = demoPlan.areas.flatMap((a) => a.objectives);
const actions: DemoAction[] = objectives.flatMap((o) => o.actions);
const indicators: DemoIndicator[] = [
  ...objectives.flatMap((o) => o.indicators),
  ...actions.flatMap((a) => a.indicators),
];

const totalsBySource = (): Record<string, [number, number, number]> => {
  const totals: Record<string, [number, number, number]> = {};
  for (const action of actions)
    for (const [source, amounts] of Object.entries(action.budget)) {
      const row = (totals[source] ??= [0, 0, 0]);
      amounts.forEach((amount, i) => (row[i]! += amount));
    }
  return totals;
};

describe('demo plan 2012–2014 of the Distretto sociale di Pavia', () => {
  it('covers the seven areas in order with objectives OB1..OB8', () => {
    expect(demoPlan.areas.map((a) => a.code)).toEqual([
      'MIN',
      'ANZ',
      'DIS',
      'POV',
      'IMM',
      'DIP',
      'SMEN',
    ]);
    expect(objectives.map((o) => o.code)).toEqual([
      'OB1',
      'OB2',
      'OB3',
      'OB4',
      'OB5',
      'OB6',
      'OB7',
      'OB8',
    ]);
    expect(demoPlan.areas[0]!.objectives.map((o) => o.code)).toEqual(['OB1', 'OB2']);
    expect(objectives[0]!.title).toBe('Sostenere le famiglie nei compiti di cura ed educazione');
    expect(objectives[0]!.actions[0]!.title).toBe('Centro per le famiglie distrettuale');
  });

  it('has 3–4 actions per objective, 22–28 in all', () => {
    for (const o of objectives) expect(o.actions.length, o.code).toBeGreaterThanOrEqual(3);
    for (const o of objectives) expect(o.actions.length, o.code).toBeLessThanOrEqual(4);
    expect(actions.length).toBeGreaterThanOrEqual(22);
    expect(actions.length).toBeLessThanOrEqual(28);
  });

  it('fills every objective sheet, with one governance and one system objective', () => {
    for (const o of objectives) {
      expect(o.macroArea, o.code).not.toBe('');
      expect(o.need.length, o.code).toBeGreaterThan(150);
      expect(o.targetGroups.length, o.code).toBeGreaterThan(0);
      expect(o.integration.length, o.code).toBeGreaterThanOrEqual(2);
      expect(o.integration.length, o.code).toBeLessThanOrEqual(4);
      expect(o.healthInvolvement, o.code).toMatch(/ATS|ASST/);
      expect(o.staff.length, o.code).toBeGreaterThan(0);
      expect(o.indicators.length, o.code).toBeGreaterThan(0);
    }
    expect(objectives.filter((o) => o.kind === 'governance')).toHaveLength(1);
    expect(objectives.filter((o) => o.kind === 'system')).toHaveLength(1);
    const shared = objectives.filter((o) => o.sharedWithOtherDistricts).length;
    expect(shared).toBeGreaterThanOrEqual(1);
    expect(shared).toBeLessThanOrEqual(2);
  });

  it('names only organizations of the district as lead and partners', () => {
    for (const a of actions) {
      expect(knownOrganizations, a.title).toContain(a.lead);
      expect(a.partners.length, a.title).toBeGreaterThanOrEqual(1);
      expect(a.partners.length, a.title).toBeLessThanOrEqual(4);
      for (const [partner, role] of a.partners) {
        expect(knownOrganizations, `${a.title}: ${partner}`).toContain(partner);
        expect(partner, a.title).not.toBe(a.lead);
        expect(role.length, a.title).toBeGreaterThan(10);
      }
    }
    for (const o of demoOrganizations) expect(o.name).toMatch(/ \(demo\)$/);
  });

  it('keeps dates and milestones inside the plan period, ends after starts', () => {
    const inPeriod = (d: string) => d >= '2012-01-01' && d <= '2014-12-31';
    for (const a of actions) {
      expect(inPeriod(a.start), a.title).toBe(true);
      expect(inPeriod(a.end), a.title).toBe(true);
      expect(a.end >= a.start, a.title).toBe(true);
      expect(a.milestones.length, a.title).toBeGreaterThanOrEqual(1);
      expect(a.milestones.length, a.title).toBeLessThanOrEqual(4);
      for (const [title, due, done] of a.milestones) {
        expect(inPeriod(due), title).toBe(true);
        expect(!Number.isNaN(Date.parse(due)), title).toBe(true);
        // the plan is written in the first half of 2012: only earlier milestones can be done
        if (done) expect(due <= '2012-06-30', title).toBe(true);
      }
    }
  });

  it('funds every action in every year it runs, and in no other year', () => {
    for (const a of actions) {
      const sources = Object.values(a.budget);
      expect(sources.length, a.title).toBeGreaterThan(0);
      for (const [i, year] of [2012, 2013, 2014].entries()) {
        const runs = a.start <= `${year}-12-31` && a.end >= `${year}-01-01`;
        const money = sources.reduce((sum, amounts) => sum + amounts[i]!, 0);
        expect(money > 0, `${a.title} ${year}`).toBe(runs);
      }
      for (const amounts of sources)
        for (const amount of amounts) expect(Number.isInteger(amount) && amount >= 0).toBe(true);
    }
  });

  it('adds up to plausible yearly totals per source for about 100,000 inhabitants', () => {
    const totals = totalsBySource();
    const ranges: Record<DemoSource, [number, number]> = {
      FNPS: [400_000, 650_000],
      FSR: [850_000, 950_000],
      FNA: [350_000, 450_000],
      FAM: [80_000, 120_000],
      COM: [1_500_000, 1_700_000],
      SAN: [250_000, 320_000],
      COMP: [150_000, 200_000],
      PRIV: [60_000, 100_000],
    };
    for (const [source, [min, max]] of Object.entries(ranges)) {
      const yearly = totals[source]!;
      // family funds arrive from 2013
      const counted = source === 'FAM' ? yearly.slice(1) : yearly;
      if (source === 'FAM') expect(yearly[0]).toBe(0);
      for (const amount of counted) {
        expect(amount, source).toBeGreaterThanOrEqual(min);
        expect(amount, source).toBeLessThanOrEqual(max);
      }
    }
    for (const i of [0, 1, 2]) {
      const year = Object.values(totals).reduce((sum, amounts) => sum + amounts[i]!, 0);
      expect(year).toBeGreaterThanOrEqual(3_500_000);
      expect(year).toBeLessThanOrEqual(4_800_000);
    }
  });

  it('uses the non-self-sufficiency fund for home care of elderly and disabled people only', () => {
    for (const a of actions.filter((x) => x.budget.FNA))
      expect(
        a.targetGroups.some(([area]) => area === 'ELD' || area === 'DIS'),
        a.title,
      ).toBe(true);
  });

  it('measures with 26–34 indicators, each with three targets that follow its direction', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(26);
    expect(indicators.length).toBeLessThanOrEqual(34);
    expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
    for (const i of indicators) {
      expect(i.code.length, i.code).toBeLessThanOrEqual(20);
      expect(i.targets, i.code).toHaveLength(3);
      const [t1, t2, t3] = i.targets;
      const last = i.baseline?.[0];
      if (i.direction === 'increase') {
        expect(t1 <= t2 && t2 <= t3, i.code).toBe(true);
        if (last !== undefined) expect(t3 > last, i.code).toBe(true);
      } else {
        expect(t1 >= t2 && t2 >= t3, i.code).toBe(true);
        if (last !== undefined) expect(t3 < last, i.code).toBe(true);
      }
      if (i.baseline) expect([2010, 2011]).toContain(i.baseline[1]);
    }
    const kinds = new Set(indicators.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['impact', 'outcome', 'output', 'process']);
  });

  it('has the nine standard chapters in order, with live tables known to the plan', () => {
    expect(demoPlan.chapters.map((c) => [c.kind, c.title])).toEqual([
      ['normativeFramework', 'Quadro normativo'],
      ['previousEvaluation', 'Valutazione del Piano di Zona 2009–2011'],
      ['contextAndNeeds', 'Contesto e bisogni del territorio'],
      ['servicesSupply', 'L’offerta dei servizi'],
      ['resources', 'Le risorse'],
      ['governance', 'Governance e assetto organizzativo'],
      ['socialHealthIntegration', 'Integrazione socio-sanitaria'],
      ['monitoringEvaluation', 'Monitoraggio e valutazione'],
      ['annexes', 'Allegati'],
    ]);
    const embedded: string[] = [];
    for (const c of demoPlan.chapters) {
      const words = c.body.split(/\s+/).filter(Boolean).length;
      expect(words, c.kind).toBeGreaterThanOrEqual(150);
      expect(words, c.kind).toBeLessThanOrEqual(400);
      for (const line of c.body.split('\n').filter((l) => l.includes('{{'))) {
        const name = /^\{\{tabella:([A-Za-z]+)\}\}$/.exec(line)?.[1];
        expect(liveTableNames as readonly string[], line).toContain(name);
        embedded.push(name!);
      }
    }
    expect(embedded.sort()).toEqual(
      ['budgetByArea', 'budgetBySource', 'indicators', 'municipalShares', 'objectives'].sort(),
    );
  });
});
