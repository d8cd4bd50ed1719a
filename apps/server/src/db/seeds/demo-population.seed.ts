/**
 * DEMONSTRATION DATA for the needs analysis of the demo district: the population of its 12
 * municipalities 2010–2014 (core generateDemoPopulation: only the 2011 census totals are real),
 * the social workers per year for the LEPS panel, and need statements of the demo plan grounded
 * on those figures and linked to its objectives. Idempotent: each part is written once.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { ageRange, generateDemoPopulation } from '@pdz/core';
import type { Db } from '../client';
import {
  districts,
  municipalities,
  municipalityYearFacts,
  needStatements,
  objectiveNeeds,
  objectives,
  planAreas,
  plans,
  populationCounts,
  populationImports,
  socialWorkerStaff,
} from '../schema/index';
import { demoPlan } from './demo-plan';

const socialWorkers = [
  { year: 2010, permanentFte: 13.5, otherFte: 1 },
  { year: 2011, permanentFte: 14.5, otherFte: 1 },
  { year: 2012, permanentFte: 15, otherFte: 1.5 },
  { year: 2013, permanentFte: 16, otherFte: 2 },
  { year: 2014, permanentFte: 17.5, otherFte: 2.5 },
];

const evidence = (label: string) => ({ label, url: '' });

/** By area code of the demo plan: the needs and the objectives (by code) answering them. */
const needs: Record<
  string,
  { title: string; statement: string; evidence: string[]; objectives: string[] }[]
> = {
  MIN: [
    {
      title: 'Famiglie giovani nei comuni della cintura senza servizi per la prima infanzia',
      statement:
        'I bambini di 0–2 anni sono circa 2.600 nel distretto e crescono a San Martino Siccomario, Cava Manara e Torre d’Isola mentre restano stabili a Pavia: i posti nido e gli spazi gioco sono quasi tutti in città.',
      evidence: [
        'Analisi dei bisogni: fascia 0–2 per comune, 2010–2014 (dati dimostrativi)',
        'Tavolo minori e famiglia, 2011',
      ],
      objectives: ['OB1'],
    },
    {
      title: 'Minori in tutela seguiti da équipe diverse per comune',
      statement:
        'Oltre 13.000 ragazzi di 0–14 anni e una tutela minori organizzata comune per comune: tempi di presa in carico diversi e collocamenti in comunità lontani dal territorio.',
      evidence: ['Analisi dei bisogni: popolazione 0–14 anni (dati dimostrativi)'],
      objectives: ['OB2'],
    },
  ],
  ANZ: [
    {
      title: 'Più grandi anziani che vivono soli',
      statement:
        'L’indice di vecchiaia del distretto passa da 185 a 194 tra il 2010 e il 2014; gli ultraottantacinquenni superano quota 2.800 e le famiglie si fanno più piccole (2,16 componenti in media): cresce chi ha bisogno di aiuto a casa senza un familiare vicino.',
      evidence: [
        'Analisi dei bisogni: indice di vecchiaia e fascia 85+ (dati dimostrativi)',
        'Dimensione media delle famiglie 2014',
      ],
      objectives: ['OB3'],
    },
  ],
  DIS: [
    {
      title: 'Giovani con disabilità all’uscita dalla scuola senza un progetto di vita',
      statement:
        'Ogni anno circa 6.300 giovani di 18–24 anni: per quelli con disabilità la fine della scuola coincide spesso con il rientro in famiglia, senza percorsi verso il lavoro o l’abitare.',
      evidence: ['Analisi dei bisogni: fascia 18–24 anni (dati dimostrativi)'],
      objectives: ['OB4'],
    },
  ],
  POV: [
    {
      title: 'Nuove povertà tra le famiglie con figli',
      statement:
        'Con l’indice di dipendenza strutturale oltre 63 e la crisi del lavoro, aumentano le famiglie con minori che chiedono aiuto per la prima volta ai servizi sociali dei comuni.',
      evidence: [
        'Analisi dei bisogni: indice di dipendenza strutturale (dati dimostrativi)',
        'Tavolo povertà, 2011',
      ],
      objectives: ['OB5'],
    },
  ],
  IMM: [
    {
      title: 'Cittadini stranieri in crescita, servizi di mediazione frammentati',
      statement:
        'I residenti stranieri passano dal 9,6% al 10,6% della popolazione tra il 2010 e il 2014, con quote più alte a Pavia: servono mediazione linguistica e orientamento ai servizi in tutti i comuni.',
      evidence: [
        'Analisi dei bisogni: quota di residenti stranieri per comune (dati dimostrativi)',
      ],
      objectives: ['OB6'],
    },
  ],
  DIP: [
    {
      title: 'Adolescenti esposti a consumi a rischio',
      statement:
        'Circa 3.700 ragazzi di 14–17 anni nel distretto; scuole e oratori segnalano consumi precoci di alcol e gioco d’azzardo, senza un presidio di prevenzione comune.',
      evidence: ['Analisi dei bisogni: fascia 14–17 anni (dati dimostrativi)'],
      objectives: ['OB7'],
    },
  ],
  SMEN: [
    {
      title: 'Persone con disagio psichico isolate dopo le dimissioni',
      statement:
        'Famiglie più piccole e più anziane reggono meno il carico di cura: chi esce da un ricovero psichiatrico torna spesso a casa senza una rete di inclusione sociale.',
      evidence: ['Analisi dei bisogni: famiglie e dimensione media (dati dimostrativi)'],
      objectives: ['OB8'],
    },
  ],
};

async function seedPopulation(db: Db, districtId: string) {
  const [any] = await db
    .select({ n: sql<number>`1` })
    .from(populationCounts)
    .where(eq(populationCounts.districtId, districtId))
    .limit(1);
  if (any) return;
  const rows = await db
    .select({ id: municipalities.id, code: municipalities.istatCode })
    .from(municipalities)
    .where(eq(municipalities.districtId, districtId));
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  const data = generateDemoPopulation();
  const counts = data.population.flatMap((c) => {
    const municipalityId = idOf.get(c.istatCode);
    if (!municipalityId) return [];
    const { from, to } = ageRange(c.age);
    return [
      {
        districtId,
        municipalityId,
        year: c.year,
        sex: c.sex,
        ageFrom: from,
        ageTo: to,
        count: c.count,
      },
    ];
  });
  for (let i = 0; i < counts.length; i += 4000) {
    await db.insert(populationCounts).values(counts.slice(i, i + 4000));
  }
  const households = new Map(data.households.map((h) => [`${h.istatCode}|${h.year}`, h]));
  const facts = data.foreignResidents.flatMap((f) => {
    const municipalityId = idOf.get(f.istatCode);
    const h = households.get(`${f.istatCode}|${f.year}`);
    if (!municipalityId) return [];
    return [
      {
        districtId,
        municipalityId,
        year: f.year,
        foreignResidents: f.count,
        households: h?.households ?? null,
        householdMembers: h?.members ?? null,
      },
    ];
  });
  await db.insert(municipalityYearFacts).values(facts).onConflictDoNothing();
  const years = [...new Set(counts.map((c) => c.year))].sort();
  await db.insert(populationImports).values([
    {
      districtId,
      kind: 'population',
      fileName: 'dati-dimostrativi-popolazione.csv',
      years,
      rows: counts.length,
    },
    {
      districtId,
      kind: 'foreign',
      fileName: 'dati-dimostrativi-stranieri.csv',
      years,
      rows: facts.length,
    },
    {
      districtId,
      kind: 'households',
      fileName: 'dati-dimostrativi-famiglie.csv',
      years,
      rows: facts.length,
    },
  ]);
}

async function seedNeeds(db: Db, districtId: string) {
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.districtId, districtId), eq(plans.title, demoPlan.title)));
  if (!plan) return;
  const [any] = await db
    .select({ id: needStatements.id })
    .from(needStatements)
    .where(eq(needStatements.planId, plan.id))
    .limit(1);
  if (any) return;
  const areas = await db
    .select({ id: planAreas.id, code: planAreas.classificationCode })
    .from(planAreas)
    .where(eq(planAreas.planId, plan.id));
  const codes = Object.values(needs).flatMap((list) => list.flatMap((n) => n.objectives));
  const objs = await db
    .select({ id: objectives.id, code: objectives.code })
    .from(objectives)
    .where(and(eq(objectives.planId, plan.id), inArray(objectives.code, codes)));
  const objectiveId = new Map(objs.map((o) => [o.code, o.id]));
  for (const area of areas) {
    for (const [position, n] of (needs[area.code ?? ''] ?? []).entries()) {
      const [row] = await db
        .insert(needStatements)
        .values({
          districtId,
          planId: plan.id,
          areaId: area.id,
          title: n.title,
          statement: n.statement,
          evidence: n.evidence.map(evidence),
          position,
        })
        .returning({ id: needStatements.id });
      const links = n.objectives.flatMap((code) => {
        const id = objectiveId.get(code);
        return id ? [{ districtId, objectiveId: id, needId: row!.id }] : [];
      });
      if (links.length) await db.insert(objectiveNeeds).values(links);
    }
  }
}

export async function seedDemoPopulation(db: Db): Promise<void> {
  const [district] = await db
    .select({ id: districts.id })
    .from(districts)
    .where(eq(districts.slug, 'pavia'));
  if (!district) return;
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    await seedPopulation(tx, district.id);
    await tx
      .insert(socialWorkerStaff)
      .values(socialWorkers.map((s) => ({ districtId: district.id, ...s })))
      .onConflictDoNothing();
    await seedNeeds(tx, district.id);
  });
}
