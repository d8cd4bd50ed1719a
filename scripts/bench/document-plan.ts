// The synthetic plan of the plan document benchmark, built in memory (no database): a
// `PlanDocumentInput` as the server's document module makes it. 7 areas, 100 objectives with
// every sheet field, 500 actions with lead, partners and dates, 5,000 allocations over 3 years
// from 8 funding sources, 500 indicators with baseline and yearly targets, the nine standard
// chapters in long prose (document-prose.ts) and the demo district's population (12
// municipalities, 5 years) for the demographic charts: about 200 printed pages, most of them
// the objective sheets (about 1.4 pages each) and the two live tables of 100 and 500 rows.
// Invented and deterministic: a seeded PRNG, so every run typesets the same document.
import {
  defaultGrading,
  districtDemography,
  generateDemoPopulation,
  indicatorFrequencies,
  indicatorKinds,
  municipalityDemography,
  objectiveKinds,
  paviaDemoMunicipalities,
  type DocumentDemography,
  type PlanDocumentInput,
  type PlanSnapshot,
  type SnapshotIndicator,
} from '@pdz/core';
// the vocabulary and PRNG of the large plan's seeder: the two synthetic plans read alike
import {
  AREAS,
  LEPS,
  MACRO_AREAS,
  PROFILES,
  ROLES,
  SECTORS,
  SERVICES,
  TOPICS,
  USER_AREAS,
  VERBS,
  YEARS,
  START_YEAR,
  END_YEAR,
  euro,
  isoDate,
  prng,
} from '../../apps/server/src/demo/synthetic-plan.data';
import { LABELS, SOURCES } from './document-labels';
import { syntheticChapters, type ProseSize } from './document-prose';

export const DOCUMENT_SIZES = {
  objectives: 100,
  actionsPerObjective: 5,
  /** 2 on the objective, the others on its actions */
  indicatorsPerObjective: 5,
  /** 3 sources in each of the 3 years, plus a fourth source in one year */
  allocationsPerAction: 10,
  /** ~2,000 words per chapter */
  prose: { sections: 5, paragraphsPerSection: 2 } satisfies ProseSize,
};

type Rnd = ReturnType<typeof prng>;

/** a UUID-shaped id from the PRNG (the snapshot only needs distinct strings) */
const idFrom = (r: Rnd) => () => {
  const hex = Array.from({ length: 32 }, () => Math.floor(r.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};

/** the 12 demo municipalities over 5 years, as the server's population module computes them */
function demography(): DocumentDemography {
  const dataset = generateDemoPopulation();
  const codes = paviaDemoMunicipalities.map((m) => m.istatCode).sort();
  const years = districtDemography(dataset, codes).map(({ missingMunicipalities: _, ...y }) => y);
  const latest = years.at(-1)!.year;
  const byCode = new Map(municipalityDemography(dataset).map((m) => [m.istatCode, m]));
  const municipalities = paviaDemoMunicipalities
    .map((m) => ({
      name: m.name,
      indicators: byCode.get(m.istatCode)!.years.find((y) => y.year === latest)!,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
  return { years, municipalities };
}

function indicator(r: Rnd, id: () => string, code: string): SnapshotIndicator {
  const direction = r.next() < 0.8 ? 'increase' : 'decrease';
  const base = r.int(10, 500);
  const step = Math.max(1, Math.round(base * 0.1));
  return {
    id: id(),
    code,
    name: `${r.pick(['Numero di persone raggiunte per', 'Quota di richieste evase per', 'Tempo medio di risposta per'])} ${r.pick(TOPICS)}`,
    kind: r.pick(indicatorKinds),
    unit: r.pick(['persone', 'ore', '%', 'giorni', 'progetti']),
    dataSource: r.pick(['Cartella sociale', 'Rilevazione ATS', 'Registro dei comuni']),
    frequency: r.pick(indicatorFrequencies),
    reportedBy: r.pick(['Ufficio di piano', 'Ente capofila', 'ATS']),
    direction,
    baselineValue: base,
    baselineYear: START_YEAR - 1,
    targets: YEARS.map((year, k) => ({
      year,
      value: direction === 'increase' ? base + step * (k + 1) : base - step * (k + 1),
    })),
    partialPercent: 50,
    achievedPercent: 90,
  };
}

/** The document input of the synthetic plan; `seed` changes every draw. */
export function syntheticDocumentInput(seed = 20250314): PlanDocumentInput {
  const r = prng(seed);
  const id = idFrom(r);
  const demo = demography();
  const towns = paviaDemoMunicipalities.map((m) => m.name);
  const orgs = [
    ...towns.map((t) => `Comune di ${t}`),
    'ASST di Pavia',
    'ATS di Pavia',
    'Azienda speciale consortile Pavia Servizi',
    'Cooperativa sociale Il Ponte',
    'Cooperativa sociale La Rete',
    'Associazione Auser Pavia',
    'Caritas diocesana',
    'Fondazione Comunitaria della Provincia di Pavia',
  ].map((name) => ({ id: id(), name }));
  const allocations: NonNullable<PlanSnapshot['budget']>['allocations'] = [];
  const areas = AREAS.map(([code, title]) => ({
    id: id(),
    classificationCode: code,
    title,
    description: `L’area *${title.toLowerCase()}* raccoglie gli obiettivi che il distretto persegue per queste persone nel triennio ${START_YEAR}–${END_YEAR}, con i servizi comunali, l’ASST e il terzo settore.`,
    objectives: [] as PlanSnapshot['areas'][number]['objectives'],
  }));

  for (let oi = 0; oi < DOCUMENT_SIZES.objectives; oi++) {
    const area = areas[oi % areas.length]!;
    const topic = r.pick(TOPICS);
    const code = `OB${oi + 1}`;
    const indicators = Array.from({ length: 2 }, (_, k) => indicator(r, id, `${code}.I${k + 1}`));
    // an objective draws on a few of the plan's sources; each of its actions on 3 or 4 of them
    const objectiveSources = r.some(SOURCES, 5);
    const actions = Array.from({ length: DOCUMENT_SIZES.actionsPerObjective }, (_, xi) => {
      const lead = r.pick(orgs);
      const startYear = r.pick(YEARS.slice(0, 2));
      const actionId = id();
      const [s1, s2, s3, s4] = r.some(objectiveSources, 4) as [string, string, string, string];
      for (const sourceCode of [s1, s2, s3])
        for (const year of YEARS)
          allocations.push({ actionId, sourceCode, year, amount: euro(r.int(10, 400) * 100) });
      const extra = DOCUMENT_SIZES.allocationsPerAction - 9;
      for (const year of r.some(YEARS, extra))
        allocations.push({ actionId, sourceCode: s4, year, amount: euro(r.int(5, 100) * 100) });
      const k = 2 + xi;
      return {
        id: actionId,
        title: `${r.pick(SERVICES)} per ${r.pick(TOPICS)} ${code}.${xi + 1}`,
        description: `Accesso unico e criteri comuni in tutti i comuni; ${r.pick(['priorità alle persone sole', 'apertura anche il sabato', 'raccordo con la casa di comunità', 'accompagnamento educativo'])}.`,
        lead: { id: lead.id, name: lead.name },
        partners: r
          .some(
            orgs.filter((o) => o.id !== lead.id),
            r.int(1, 2),
          )
          .map((o) => ({ id: o.id, name: o.name, role: r.pick(ROLES) })),
        startDate: isoDate(startYear, r.int(1, 12), 1),
        endDate: isoDate(END_YEAR, 12, 31),
        milestones: [
          { title: 'Avvio del servizio', dueDate: isoDate(startYear, 12, 31), done: false },
          { title: 'Rendicontazione finale', dueDate: isoDate(END_YEAR, 12, 31), done: false },
        ],
        targetGroups: r
          .some(USER_AREAS, r.int(1, 2))
          .map((userAreaCode) => ({ userAreaCode, expected: r.int(5, 400) })),
        status: r.pick(['planned', 'inProgress'] as const),
        indicators:
          k < DOCUMENT_SIZES.indicatorsPerObjective ? [indicator(r, id, `${code}.I${k + 1}`)] : [],
      };
    });
    area.objectives.push({
      id: id(),
      code,
      title: `${r.pick(VERBS)} ${topic} – obiettivo ${oi + 1}`,
      description: `Obiettivo ${oi + 1} dell’area ${area.title.toLowerCase()}: ${topic} nei comuni del distretto, con criteri di accesso comuni e un **monitoraggio semestrale**.`,
      macroAreaCode: r.pick(MACRO_AREAS),
      kind: r.pick(objectiveKinds),
      sharedWithOtherDistricts: r.next() < 0.2,
      need: `Le segnalazioni sul tema ${topic} sono cresciute del ${r.int(5, 40)} % nel triennio precedente; i servizi esistenti coprono solo una parte della domanda, con tempi di attesa diversi da comune a comune e una presenza disomogenea del servizio sociale professionale.`,
      targetGroups: r
        .some(USER_AREAS, r.int(1, 3))
        .map((userAreaCode) => ({ userAreaCode, expected: r.int(20, 2000) })),
      lepsCodes: r.some(LEPS, r.int(1, 2)),
      policyIntegration: r.some(SECTORS, r.int(1, 2)).map((sectorCode) => ({
        sectorCode,
        note: 'Protocollo operativo e tavolo di coordinamento trimestrale.',
      })),
      healthInvolvement: 'Valutazione multidimensionale con l’ASST e presa in carico condivisa.',
      coProgramming: r.next() < 0.5,
      coDesign: r.next() < 0.4,
      staff: r
        .some(PROFILES, r.int(1, 3))
        .map((profileCode) => ({ profileCode, fte: r.int(1, 16) / 4 })),
      grading: defaultGrading,
      status: r.pick(['planned', 'inProgress'] as const),
      indicators,
      actions,
    });
  }

  // what each source has in each year: what is allocated, plus 5 %, rounded up to 5.000 €
  const allocated = new Map<string, number>();
  for (const a of allocations) {
    const key = `${a.sourceCode}|${a.year}`;
    allocated.set(key, (allocated.get(key) ?? 0) + a.amount);
  }
  const availability = [...allocated.entries()].sort().map(([key, cents]) => {
    const [sourceCode, year] = key.split('|') as [string, string];
    const amount = Math.ceil((cents * 1.05) / euro(5000)) * euro(5000);
    return { sourceCode, year: Number(year), amount, carryOver: 0 };
  });
  const residents = demo.municipalities.map((m) => m.indicators.residents);

  return {
    snapshot: {
      format: 'pdz.plan-snapshot/2',
      district: { id: id(), slug: 'pavia', name: 'Distretto di Pavia' },
      plan: {
        id: id(),
        title: 'Piano sintetico (benchmark del documento)',
        period: { startYear: START_YEAR, endYear: END_YEAR },
      },
      areas,
      budget: {
        availability,
        allocations,
        municipalShare: {
          sourceCode: 'COM',
          populationYear: demo.years.at(-1)!.year,
          rule: { kind: 'mixed', populationBasisPoints: 7000 },
          municipalities: demo.municipalities.map((m, i) => ({
            id: id(),
            istatCode: paviaDemoMunicipalities.find((d) => d.name === m.name)!.istatCode,
            name: m.name,
            population: residents[i]!,
          })),
          rows: [],
        },
      },
      chapters: syntheticChapters(r, DOCUMENT_SIZES.prose, id),
    },
    state: { kind: 'draft', madeAt: '2025-03-14T08:30:00.000Z' },
    territory: {
      municipalities: towns,
      leadBody: 'Comune di Pavia',
      population: residents.reduce((s, n) => s + n, 0),
      demography: demo,
    },
    labels: LABELS,
  };
}

/**
 * The same plan after an edit, as a draft is rendered again: the first chapter gains a sentence
 * and the draft's time (printed on every page) moves on by `n` minutes.
 */
export function revised(input: PlanDocumentInput, n: number): PlanDocumentInput {
  const chapters = input.snapshot.chapters ?? [];
  const [first, ...rest] = chapters;
  const madeAt = new Date(Date.parse('2025-03-14T08:30:00.000Z') + n * 60_000).toISOString();
  return {
    ...input,
    state: { kind: 'draft', madeAt },
    snapshot: {
      ...input.snapshot,
      chapters: first
        ? [{ ...first, body: `Revisione ${n} del testo.\n\n${first.body}` }, ...rest]
        : [],
    },
  };
}
