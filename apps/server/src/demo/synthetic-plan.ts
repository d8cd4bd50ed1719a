/**
 * A large synthetic plan for the scale benchmark (`npm run bench`, "Large plan"): by default 7
 * areas, 100 objectives with every sheet field, 500 actions with lead and partners, 5,000
 * allocations, 42 availability cells, 500 indicators, the nine standard chapters and a municipal
 * share rule, in a district that already exists (it uses the district's organizations and
 * municipalities). The content is invented and deterministic: the same sizes and seed give the
 * same plan (ids aside). A few source × year cells are allocated beyond what is available, some
 * indicators miss a year's target and a few actions have no lead, so the coherence panel has a
 * few dozen problems, as a real draft would.
 *
 * Everything goes in with a handful of multi-row inserts in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, max } from 'drizzle-orm';
import {
  defaultGrading,
  indicatorFrequencies,
  indicatorKinds,
  objectiveKinds,
  standardChapterBody,
  standardChapters,
  workStatuses,
} from '@pdz/core';
import type { Db } from '../db/client';
import {
  actions,
  allocations,
  chapters,
  fundingAvailability,
  indicators,
  municipalities,
  municipalShareRules,
  objectives,
  organizations,
  planAreas,
  plans,
} from '../db/schema/index';
import {
  START_YEAR,
  END_YEAR,
  YEARS,
  AREAS,
  SOURCES,
  MACRO_AREAS,
  USER_AREAS,
  LEPS,
  SECTORS,
  PROFILES,
  ROLES,
  TOPICS,
  VERBS,
  SERVICES,
  euro,
  isoDate,
  prng,
  defaultSyntheticPlanSizes,
  syntheticPlanTitle,
  type SyntheticPlanOptions,
  type SyntheticPlanCounts,
} from './synthetic-plan.data';

/** multi-row inserts in slices, well below PostgreSQL's 65,535 parameters per statement */
async function insertAll<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>, per = 2000) {
  for (let i = 0; i < rows.length; i += per) await insert(rows.slice(i, i + per));
}

export {
  defaultSyntheticPlanSizes,
  syntheticPlanTitle,
  type SyntheticPlanCounts,
  type SyntheticPlanOptions,
  type SyntheticPlanSizes,
} from './synthetic-plan.data';

/**
 * Seeds the synthetic plan in `districtId` (which must exist and have organizations). If a plan
 * with the same title is already there it is left as it is and `created` is false.
 */
export async function seedSyntheticPlan(
  db: Db,
  districtId: string,
  options: SyntheticPlanOptions = {},
): Promise<{ planId: string; created: boolean; counts: SyntheticPlanCounts }> {
  const sizes = { ...defaultSyntheticPlanSizes, ...options };
  const title = options.title ?? syntheticPlanTitle;
  const rnd = prng(options.seed ?? 20240101);

  return db.transaction(async (txHandle) => {
    const tx = txHandle as unknown as Db;
    const found = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.districtId, districtId), eq(plans.title, title)));
    if (found[0]) {
      const none = { areas: 0, objectives: 0, actions: 0, allocations: 0, availability: 0 };
      return {
        planId: found[0].id,
        created: false,
        counts: { ...none, indicators: 0, chapters: 0 },
      };
    }
    const orgIds = (
      await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.districtId, districtId))
        .orderBy(organizations.name)
    ).map((o) => o.id);
    if (orgIds.length === 0) throw new Error('the district has no organizations');
    const [population] = await tx
      .select({ year: max(municipalities.populationYear) })
      .from(municipalities)
      .where(eq(municipalities.districtId, districtId));

    const planId = randomUUID();
    const scoped = { districtId, planId };
    await tx.insert(plans).values({
      id: planId,
      districtId,
      title,
      startYear: START_YEAR,
      endYear: END_YEAR,
      phase: 'drafting',
    });

    const areaRows = AREAS.map(([code, areaTitle], position) => ({
      ...scoped,
      id: randomUUID(),
      classificationCode: code,
      title: areaTitle,
      description: `Area ${areaTitle.toLowerCase()} del piano sintetico.`,
      position,
    }));

    const objectiveRows: (typeof objectives.$inferInsert)[] = [];
    const actionRows: (typeof actions.$inferInsert)[] = [];
    const indicatorRows: (typeof indicators.$inferInsert)[] = [];
    const allocationRows: (typeof allocations.$inferInsert)[] = [];
    const perArea = new Map<string, number>();
    let actionCount = 0;

    const indicator = (
      owner: { objectiveId: string } | { actionId: string },
      code: string,
      position: number,
    ): typeof indicators.$inferInsert => {
      const n = indicatorRows.length;
      const direction = rnd.next() < 0.8 ? 'increase' : 'decrease';
      const base = rnd.int(10, 500);
      const step = Math.max(1, Math.round(base * 0.1));
      const targets = YEARS.map((year, k) => ({
        year,
        value: direction === 'increase' ? base + step * (k + 1) : base - step * (k + 1),
      }));
      // one indicator in twenty misses a year's target (INDICATOR_WITHOUT_TARGETS)
      if (n % 20 === 7) targets.splice(rnd.int(0, 2), 1);
      return {
        ...scoped,
        objectiveId: 'objectiveId' in owner ? owner.objectiveId : null,
        actionId: 'actionId' in owner ? owner.actionId : null,
        code,
        name: `${rnd.pick(['Numero di', 'Quota di', 'Tempo medio per'])} ${rnd.pick(TOPICS)} (${code})`,
        kind: rnd.pick(indicatorKinds),
        unit: rnd.pick(['persone', 'ore', '%', 'giorni', 'progetti']),
        dataSource: rnd.pick(['Cartella sociale', 'Rilevazione ATS', 'Registro dei comuni']),
        frequency: rnd.pick(indicatorFrequencies),
        reportedBy: rnd.pick(['Ufficio di piano', 'Ente capofila', 'ATS']),
        direction,
        baselineValue: rnd.next() < 0.85 ? base : null,
        baselineYear: rnd.next() < 0.85 ? START_YEAR - 1 : null,
        targets,
        position,
      };
    };

    for (let oi = 0; oi < sizes.objectives; oi++) {
      const area = areaRows[oi % areaRows.length]!;
      const position = perArea.get(area.id) ?? 0;
      perArea.set(area.id, position + 1);
      const objectiveId = randomUUID();
      const topic = rnd.pick(TOPICS);
      const code = `OB${oi + 1}`;
      objectiveRows.push({
        ...scoped,
        id: objectiveId,
        areaId: area.id,
        code,
        title: `${rnd.pick(VERBS)} ${topic} – obiettivo ${oi + 1}`,
        description: `Obiettivo ${oi + 1} dell’area ${area.title.toLowerCase()}: ${topic} nei comuni del distretto, con criteri di accesso comuni e un monitoraggio semestrale.`,
        position,
        macroAreaCode: rnd.pick(MACRO_AREAS),
        kind: rnd.pick(objectiveKinds),
        sharedWithOtherDistricts: rnd.next() < 0.2,
        need: `Le segnalazioni sul tema ${topic} sono cresciute del ${rnd.int(5, 40)} % nel triennio precedente; i servizi esistenti coprono solo una parte della domanda e con tempi di attesa diversi da comune a comune.`,
        targetGroups: rnd.some(USER_AREAS, rnd.int(1, 3)).map((userAreaCode) => ({
          userAreaCode,
          expected: rnd.next() < 0.9 ? rnd.int(20, 2000) : null,
        })),
        lepsCodes: rnd.some(LEPS, rnd.int(0, 2)),
        policyIntegration: rnd.some(SECTORS, rnd.int(1, 2)).map((sectorCode) => ({
          sectorCode,
          note: 'Protocollo operativo e tavolo di coordinamento trimestrale.',
        })),
        healthInvolvement: 'Valutazione multidimensionale con l’ASST e presa in carico condivisa.',
        coProgramming: rnd.next() < 0.5,
        coDesign: rnd.next() < 0.4,
        staff: rnd.some(PROFILES, rnd.int(1, 3)).map((profileCode) => ({
          profileCode,
          // quarters, exact in binary: core's two-decimals check refuses values such as 1.1
          fte: rnd.int(1, 16) / 4,
        })),
        grading: defaultGrading,
        status: rnd.pick(workStatuses.slice(0, 2)),
      });

      const objectiveActions: string[] = [];
      for (let xi = 0; xi < sizes.actionsPerObjective; xi++) {
        const actionId = randomUUID();
        objectiveActions.push(actionId);
        const n = actionCount++;
        const startYear = rnd.pick(YEARS.slice(0, 2));
        const lead = rnd.pick(orgIds);
        actionRows.push({
          ...scoped,
          id: actionId,
          objectiveId,
          title: `${rnd.pick(SERVICES)} ${rnd.pick(TOPICS)} ${code}.${xi + 1}`,
          description:
            'Attivazione del servizio in tutti i comuni del distretto, con accesso unico, criteri comuni e un referente per ogni comune.',
          position: xi,
          // one action in a hundred has no lead yet (ACTION_WITHOUT_LEAD)
          leadOrganizationId: n % 100 === 42 ? null : lead,
          partners: rnd
            .some(
              orgIds.filter((id) => id !== lead),
              rnd.int(1, 3),
            )
            .map((organizationId) => ({ organizationId, role: rnd.pick(ROLES) })),
          startDate: isoDate(startYear, rnd.int(1, 12), 1),
          endDate: isoDate(END_YEAR, 12, 31),
          milestones: [
            { title: 'Avvio del servizio', dueDate: isoDate(startYear, 12, 31), done: false },
            { title: 'Verifica intermedia', dueDate: isoDate(START_YEAR + 1, 6, 30), done: false },
            { title: 'Rendicontazione finale', dueDate: isoDate(END_YEAR, 12, 31), done: false },
          ],
          targetGroups: rnd.some(USER_AREAS, rnd.int(1, 2)).map((userAreaCode) => ({
            userAreaCode,
            expected: rnd.int(5, 400),
          })),
          status: rnd.pick(workStatuses.slice(0, 2)),
        });

        // 3 sources in every year, a fourth in some years
        const [s1, s2, s3, s4] = rnd.some(SOURCES, 4) as [string, string, string, string];
        const extra = Math.max(0, Math.min(3, sizes.allocationsPerAction - 9));
        const extraYears = rnd.some(YEARS, extra);
        for (const sourceCode of [s1, s2, s3])
          for (const year of YEARS)
            allocationRows.push({
              ...scoped,
              actionId,
              sourceCode,
              year,
              amount: euro(rnd.int(10, 400) * 100),
            });
        for (const year of extraYears)
          allocationRows.push({
            ...scoped,
            actionId,
            sourceCode: s4,
            year,
            amount: euro(rnd.int(5, 100) * 100),
          });
      }

      const perObjective = Math.min(2, sizes.indicatorsPerObjective);
      for (let k = 0; k < perObjective; k++)
        indicatorRows.push(indicator({ objectiveId }, `${code}.I${k + 1}`, k));
      for (let k = perObjective; k < sizes.indicatorsPerObjective; k++) {
        const actionId = objectiveActions[(k - perObjective) % objectiveActions.length];
        if (!actionId) break;
        indicatorRows.push(indicator({ actionId }, `${code}.I${k + 1}`, k));
      }
    }

    // availability: what is allocated plus 2–10 %, rounded up to 5.000 €, except one cell in
    // six, allocated beyond what is available (ALLOCATION_EXCEEDS_AVAILABILITY)
    const allocated = new Map<string, number>();
    for (const al of allocationRows) {
      const key = `${al.sourceCode}|${al.year}`;
      allocated.set(key, (allocated.get(key) ?? 0) + al.amount);
    }
    const availabilityRows = [...allocated.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, cents], i) => {
        const [sourceCode, year] = key.split('|') as [string, string];
        const factor = i % 6 === 3 ? 0.9 : 1 + rnd.int(2, 10) / 100;
        const total = Math.ceil((cents * factor) / euro(5000)) * euro(5000);
        const carryOver = rnd.next() < 0.3 ? Math.min(total, euro(rnd.int(1, 20) * 1000)) : 0;
        return { ...scoped, sourceCode, year: Number(year), amount: total - carryOver, carryOver };
      });

    const chapterRows = standardChapters.map((c, position) => ({
      ...scoped,
      kind: c.kind,
      title: c.title,
      body: [
        `Il capitolo «${c.title}» del piano sintetico.`,
        'Il distretto ha condiviso questo testo con i comuni, l’ATS e il terzo settore nel tavolo di sistema; '.repeat(
          8,
        ),
        standardChapterBody(c.tables),
      ]
        .filter(Boolean)
        .join('\n\n'),
      position,
    }));

    await tx.insert(planAreas).values(areaRows);
    await insertAll(objectiveRows, (s) => tx.insert(objectives).values(s), 1000);
    await insertAll(actionRows, (s) => tx.insert(actions).values(s), 1000);
    await insertAll(allocationRows, (s) => tx.insert(allocations).values(s), 2500);
    await tx.insert(fundingAvailability).values(availabilityRows);
    await insertAll(indicatorRows, (s) => tx.insert(indicators).values(s), 1000);
    await tx.insert(chapters).values(chapterRows);
    await tx.insert(municipalShareRules).values({
      ...scoped,
      sourceCode: 'COM',
      populationYear: population?.year ?? START_YEAR - 1,
      kind: 'mixed',
      populationBasisPoints: 7000,
    });

    return {
      planId,
      created: true,
      counts: {
        areas: areaRows.length,
        objectives: objectiveRows.length,
        actions: actionRows.length,
        allocations: allocationRows.length,
        availability: availabilityRows.length,
        indicators: indicatorRows.length,
        chapters: chapterRows.length,
      },
    };
  });
}
