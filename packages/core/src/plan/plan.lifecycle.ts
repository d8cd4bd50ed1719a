import { DomainError } from '../shared/errors';
import type { Permission } from '../access/permissions';

/**
 * The phases of a plan (docs/domain.md, "The life of a plan") and the moves between them. Content (areas, objectives,
 * actions) may be written only in the phases listed in `editablePhases`. Approval freezes a
 * version; an annual update reopens a draft (`updating`) without touching frozen versions.
 */
export const planPhases = [
  'startUp',
  'knowledge',
  'concertation',
  'drafting',
  'approved',
  'agreement',
  'inForce',
  'monitoring',
  'updating',
  'evaluation',
  'closed',
] as const;
export type PlanPhase = (typeof planPhases)[number];

export const editablePhases: readonly PlanPhase[] = [
  'startUp',
  'knowledge',
  'concertation',
  'drafting',
  'updating',
];

export function isPlanEditable(phase: PlanPhase): boolean {
  return editablePhases.includes(phase);
}

export type TransitionName =
  | 'advance'
  | 'approve'
  | 'openRevision'
  | 'signAgreement'
  | 'enterIntoForce'
  | 'startMonitoring'
  | 'startEvaluation'
  | 'close';

export interface Transition {
  name: TransitionName;
  from: readonly PlanPhase[];
  to: PlanPhase | ((from: PlanPhase) => PlanPhase);
  permission: Permission;
  /** approving freezes a version of the content */
  freezesVersion?: boolean;
}

const preparatory: Record<string, PlanPhase> = {
  startUp: 'knowledge',
  knowledge: 'concertation',
  concertation: 'drafting',
};

export const transitions: readonly Transition[] = [
  {
    name: 'advance',
    from: ['startUp', 'knowledge', 'concertation'],
    to: (from) => preparatory[from] ?? from,
    permission: 'plan.edit',
  },
  {
    name: 'approve',
    from: ['drafting', 'updating'],
    to: 'approved',
    permission: 'plan.approve',
    freezesVersion: true,
  },
  {
    name: 'openRevision',
    from: ['approved', 'agreement', 'inForce', 'monitoring'],
    to: 'updating',
    permission: 'plan.openRevision',
  },
  { name: 'signAgreement', from: ['approved'], to: 'agreement', permission: 'plan.approve' },
  {
    name: 'enterIntoForce',
    from: ['approved', 'agreement'],
    to: 'inForce',
    permission: 'plan.approve',
  },
  { name: 'startMonitoring', from: ['inForce'], to: 'monitoring', permission: 'plan.edit' },
  {
    name: 'startEvaluation',
    from: ['inForce', 'monitoring'],
    to: 'evaluation',
    permission: 'plan.edit',
  },
  { name: 'close', from: ['evaluation'], to: 'closed', permission: 'plan.approve' },
];

export function findTransition(name: TransitionName): Transition {
  const t = transitions.find((x) => x.name === name);
  if (!t) throw new DomainError('INVALID_TRANSITION', `unknown transition ${name}`);
  return t;
}

/** The phase a plan reaches by a transition, or INVALID_TRANSITION when it cannot be taken. */
export function nextPhase(from: PlanPhase, name: TransitionName): PlanPhase {
  const t = findTransition(name);
  if (!t.from.includes(from)) {
    throw new DomainError('INVALID_TRANSITION', `cannot ${name} a plan in phase ${from}`, {
      details: { from, transition: name },
    });
  }
  return typeof t.to === 'function' ? t.to(from) : t.to;
}

/** Transitions available from a phase (the interface offers these buttons). */
export function availableTransitions(from: PlanPhase): Transition[] {
  return transitions.filter((t) => t.from.includes(from));
}

export function assertEditable(phase: PlanPhase): void {
  if (!isPlanEditable(phase)) {
    throw new DomainError('PLAN_NOT_EDITABLE', `a plan in phase ${phase} cannot be edited`, {
      details: { phase },
    });
  }
}

/**
 * The day an approving body decided must have come: a resolution is recorded after it is taken,
 * never before. `today` is the calendar day in Italy (italianDate). The 400 names the field.
 */
export function assertDecisionDate(decisionDate: string, today: string): void {
  if (decisionDate > today) {
    throw new DomainError('VALIDATION_FAILED', 'the decision date is in the future', {
      issues: [{ field: 'body.decisionDate', message: `must not be after ${today}` }],
    });
  }
}
