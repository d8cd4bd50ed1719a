import { isMessageKey, type MessageKey, type Vars } from '../../../i18n';
import type { CoherenceProblem, PlanTree } from '@pdz/core';

/** A problem as the coherence endpoint sends it (target kinds are plain strings there). */
export type Problem = Pick<CoherenceProblem, 'code' | 'severity' | 'data'> & {
  target: {
    kind: string;
    id?: string | undefined;
    sourceCode?: string | undefined;
    year?: number | undefined;
  };
};
type T = (key: MessageKey, vars?: Vars) => string;

export interface DescribeContext {
  /** the plan's address in the app: /districts/:districtId/plans/:planId */
  base: string;
  plan: PlanTree;
  t: T;
  money: (cents: number) => string;
  sourceLabel: (code: string) => string;
}

export interface DescribedProblem {
  text: string;
  link: { to: string; label: string };
}

/** Names of the plan's areas, objectives and actions by id, for the messages. */
export function namesOf(plan: PlanTree) {
  const areas = new Map<string, string>();
  const objectives = new Map<string, string>();
  const actions = new Map<string, string>();
  for (const a of plan.areas) {
    areas.set(a.id, a.title);
    for (const o of a.objectives) {
      objectives.set(o.id, o.code ? `${o.code} «${o.title}»` : `«${o.title}»`);
      for (const x of o.actions) actions.set(x.id, x.title);
    }
  }
  return { areas, objectives, actions };
}

const moneyFields = ['amount', 'allocated', 'available', 'excess', 'total', 'sum', 'difference'];
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** One coherence problem as a sentence in the reader's language, with where to fix it. */
export function describeProblem(
  p: Problem,
  ctx: DescribeContext,
  names = namesOf(ctx.plan),
): DescribedProblem {
  const { t } = ctx;
  const unknown = t('coherence.unknownName');
  const d = p.data;
  const actionId = str(d.actionId) ?? (p.target.kind === 'action' ? p.target.id : undefined);
  const objectiveId =
    str(d.objectiveId) ?? (p.target.kind === 'objective' ? p.target.id : undefined);
  const areaId = p.target.kind === 'area' ? p.target.id : str(d.areaId);
  const sourceCode = str(d.sourceCode) ?? p.target.sourceCode;
  const year = d.year ?? p.target.year ?? '';

  const vars: Vars = { ...d };
  for (const f of moneyFields) {
    if (typeof d[f] === 'number') vars[f] = ctx.money(d[f]);
  }
  const action = actionId ? (names.actions.get(actionId) ?? unknown) : unknown;
  const objective = objectiveId ? (names.objectives.get(objectiveId) ?? unknown) : unknown;
  vars.action = action;
  vars.objective = objective;
  vars.area = areaId ? (names.areas.get(areaId) ?? unknown) : unknown;
  if (sourceCode) vars.source = ctx.sourceLabel(sourceCode);
  vars.year = year;
  vars.code = p.code;
  if (p.target.kind === 'indicator') {
    vars.owner = str(d.objectiveId)
      ? t('coherence.owner.objective', { name: objective })
      : t('coherence.owner.action', { name: action });
  }
  if (p.target.kind === 'availability' || p.target.kind === 'allocation') {
    vars.where = t(`coherence.where.${p.target.kind}`, {
      source: vars.source ?? unknown,
      year,
    });
  } else if (p.target.kind === 'municipalShare') {
    vars.where = t('coherence.where.municipalShare', { year });
  }

  const key = `coherence.problem.${p.code}`;
  const text = isMessageKey(key) ? t(key, vars) : t('coherence.problem.unknown', vars);
  return {
    text,
    link: linkOf(p, ctx, { action, objective, actionId, objectiveId, sourceCode, year }),
  };
}

function linkOf(
  p: Problem,
  { base, t }: DescribeContext,
  at: {
    action: string;
    objective: string;
    actionId: string | undefined;
    objectiveId: string | undefined;
    sourceCode: string | undefined;
    year: string | number;
  },
): DescribedProblem['link'] {
  const id = p.target.id;
  switch (p.target.kind) {
    case 'objective':
      return {
        to: `${base}/objectives/${id}`,
        label: t('coherence.link.objective', { name: at.objective }),
      };
    case 'action':
      return {
        to: `${base}/actions/${id}`,
        label: t('coherence.link.action', { name: at.action }),
      };
    case 'indicator': {
      const name = str(p.data.name) ?? '';
      const owner = at.objectiveId
        ? `${base}/objectives/${at.objectiveId}`
        : `${base}/actions/${at.actionId}`;
      return { to: `${owner}#indicator-${id}`, label: t('coherence.link.indicator', { name }) };
    }
    case 'availability':
      return {
        to: `${base}/budget#source-${at.sourceCode}-${at.year}`,
        label: t('coherence.link.budget'),
      };
    case 'allocation':
      return {
        to: id
          ? `${base}/budget#alloc-${id}-${at.sourceCode}-${at.year}`
          : `${base}/budget#source-${at.sourceCode}-${at.year}`,
        label: t('coherence.link.budget'),
      };
    case 'budget':
      return { to: `${base}/budget`, label: t('coherence.link.budget') };
    case 'municipalShare':
      return { to: `${base}/budget#municipal-shares`, label: t('coherence.link.municipalShares') };
    default:
      return { to: base, label: t('coherence.link.overview') };
  }
}
