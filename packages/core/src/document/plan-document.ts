/**
 * The plan document's model: one pure function from a plan snapshot (the live draft's or a frozen
 * version's) and the territory's figures to the neutral tree that the PDF and DOCX writers render.
 * The order is a real plan's: premessa, the territory and its needs, the previous round, services,
 * governance, integration, the areas with their objective sheets, resources, monitoring, annexes.
 */
import { changesAnnexBlocks, type DocumentChanges } from './changes-annex';
import { liveTablesIn, splitChapterBody } from '../chapters/chapter-render';
import type { ChapterKind } from '../chapters/chapter';
import { buildLiveTable } from '../chapters/live-tables';
import { livePlanDataFromSnapshot } from '../chapters/snapshot-live';
import type { PlanSnapshot } from '../plan/plan-version';
import { formatDate } from '../shared/format';
import type { Locale } from '../shared/money';
import { formatPeriod } from '../shared/period';
import type { Block, PlanDocument } from './document';
import { markdownBlocks } from './markdown-blocks';
import { needsAnalysisBlocks, type DocumentDemography } from './needs-analysis';
import { objectiveSheetBlocks, type DocumentLabels } from './objective-sheets';
import { docTableOf, resourceBlocks } from './resources';
import { documentWords, fill } from './words';

/** Whether the document is of the live draft or of an approved (frozen) version. */
export type DocumentState =
  | { kind: 'draft'; madeAt: string }
  | {
      kind: 'approved';
      number: number;
      sha256: string;
      /** the day the Assembly decided (ISO date) */
      decisionDate: string;
      resolution: string | null;
    };

export interface PlanDocumentInput {
  snapshot: PlanSnapshot;
  state: DocumentState;
  territory: {
    municipalities: string[];
    leadBody: string | null;
    /** residents of the district, for the resources per inhabitant */
    population: number;
    demography: DocumentDemography;
  };
  labels: DocumentLabels;
  /** an update's document: what changed since the version approved before (an annex) */
  changes?: DocumentChanges;
}

/** Where each kind of chapter goes; the generated parts sit between them. */
const chapterRank: Record<ChapterKind, number> = {
  normativeFramework: 10,
  contextAndNeeds: 20,
  previousEvaluation: 30,
  servicesSupply: 40,
  governance: 50,
  socialHealthIntegration: 60,
  resources: 80,
  monitoringEvaluation: 90,
  other: 95,
  annexes: 99,
};
const areasRank = 70;

const romeTime = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });

type Chapter = NonNullable<PlanSnapshot['chapters']>[number];

export function planDocument(input: PlanDocumentInput, locale: Locale = 'it'): PlanDocument {
  const w = documentWords[locale];
  const s = input.snapshot;
  const period = formatPeriod(s.plan.period);
  const district = s.district.name;
  const data = livePlanDataFromSnapshot(s, {
    sources: input.labels.fundingSource ?? {},
    ...(input.labels.istatUserArea ? { userAreas: input.labels.istatUserArea } : {}),
  });

  function chapterBlocks(c: Chapter): Block[] {
    const out: Block[] = [{ kind: 'heading', level: 1, text: c.title, outlined: true }];
    for (const segment of splitChapterBody(c.body)) {
      if (segment.kind === 'markdown') out.push(...markdownBlocks(segment.text, 1));
      // chapters are written in Italian: their tables speak Italian whatever the document's words
      else if (segment.kind === 'table')
        out.push({
          kind: 'table',
          table: docTableOf(buildLiveTable(segment.name, data, 'it'), 'it'),
        });
      else out.push({ kind: 'note', text: `{{tabella:${segment.name}}}` });
    }
    if (c.kind === 'contextAndNeeds')
      out.push(...needsAnalysisBlocks(input.territory.demography, w, locale));
    if (c.kind === 'resources') {
      const shown = new Set(liveTablesIn(c.body));
      out.push(...resourceBlocks(data, input.territory.population, w, locale, shown));
    }
    return out;
  }

  const parts: { rank: number; order: number; blocks: () => Block[] }[] = (s.chapters ?? []).map(
    (c, order) => ({ rank: chapterRank[c.kind], order, blocks: () => chapterBlocks(c) }),
  );
  const has = (kind: ChapterKind) => (s.chapters ?? []).some((c) => c.kind === kind);
  const standalone = (title: string, inner: Block[]): Block[] => [
    { kind: 'heading', level: 1, text: title, outlined: true },
    ...inner.slice(1),
  ];
  if (!has('contextAndNeeds')) {
    const needs = needsAnalysisBlocks(input.territory.demography, w, locale);
    parts.push({ rank: 20, order: -1, blocks: () => standalone(w.needsAnalysis, needs) });
  }
  parts.push({
    rank: areasRank,
    order: 0,
    blocks: () => objectiveSheetBlocks(s, w, input.labels, locale),
  });
  if (!has('resources') && s.budget) {
    const money = resourceBlocks(data, input.territory.population, w, locale);
    parts.push({ rank: 80, order: -1, blocks: () => standalone(w.resources, money) });
  }
  if (input.changes) {
    const changes = input.changes;
    parts.push({
      rank: 100,
      order: 0,
      blocks: () => changesAnnexBlocks(changes, locale, input.labels.fundingSource ?? {}),
    });
  }
  const body = parts
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .flatMap((p) => p.blocks());

  const state = input.state;
  const draft = state.kind === 'draft';
  const madeAt = draft ? new Date(state.madeAt) : null;
  const statusLine =
    state.kind === 'draft'
      ? fill(w.draftMadeAt, {
          date: formatDate(romeDay.format(madeAt!)),
          time: romeTime.format(madeAt!),
        })
      : [
          fill(w.approvedBy, { date: formatDate(state.decisionDate) }),
          ...(state.resolution ? [fill(w.resolution, { resolution: state.resolution })] : []),
        ].join(' · ');
  const footer =
    state.kind === 'draft'
      ? `${w.draftMark} · ${statusLine}`
      : fill(w.versionFooter, {
          n: state.number,
          date: formatDate(state.decisionDate),
          hash: state.sha256,
        });
  const title = `${w.planOf} ${period}`;
  return {
    language: locale,
    title: `${title} – ${district}`,
    author: district,
    subject: fill(w.subject, { period, district }),
    keywords: [...w.keywords, district],
    runningHeader: `${district} · ${title}`,
    footer,
    draft,
    draftMark: w.draftMark,
    contentsTitle: w.contents,
    pageLabel: w.page,
    createdAt: draft ? madeAt!.toISOString() : `${state.decisionDate}T00:00:00.000Z`,
    cover: {
      title,
      // the plan's own title, unless it only repeats the document's
      subtitle: s.plan.title.trim() === title ? '' : s.plan.title,
      district,
      facts: [
        { label: w.district, value: district },
        {
          label: `${w.municipalities} (${input.territory.municipalities.length})`,
          value: input.territory.municipalities.join(', ') || w.none,
        },
        { label: w.leadBody, value: input.territory.leadBody ?? w.none },
        { label: w.period, value: period },
        {
          label: w.status,
          value:
            state.kind === 'draft'
              ? w.draftStatus
              : `${w.approvedStatus} · ${fill(w.planVersion, { n: state.number })}`,
        },
      ],
      status: statusLine,
    },
    body,
  };
}
