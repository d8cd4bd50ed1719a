import { describe, it, expect } from 'vitest';
import { DomainError } from '../shared/errors';
import {
  assertEditable,
  availableTransitions,
  editablePhases,
  findTransition,
  isPlanEditable,
  nextPhase,
  planPhases,
  transitions,
} from './plan.lifecycle';
import type { PlanPhase, TransitionName } from './plan.lifecycle';

function caught(fn: () => void): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

/** Every legal move: [from, transition, to]. Anything else must be refused. */
const legal: [PlanPhase, TransitionName, PlanPhase][] = [
  ['startUp', 'advance', 'knowledge'],
  ['knowledge', 'advance', 'concertation'],
  ['concertation', 'advance', 'drafting'],
  ['drafting', 'approve', 'approved'],
  ['updating', 'approve', 'approved'],
  ['approved', 'openRevision', 'updating'],
  ['agreement', 'openRevision', 'updating'],
  ['inForce', 'openRevision', 'updating'],
  ['monitoring', 'openRevision', 'updating'],
  ['approved', 'signAgreement', 'agreement'],
  ['approved', 'enterIntoForce', 'inForce'],
  ['agreement', 'enterIntoForce', 'inForce'],
  ['inForce', 'startMonitoring', 'monitoring'],
  ['inForce', 'startEvaluation', 'evaluation'],
  ['monitoring', 'startEvaluation', 'evaluation'],
  ['evaluation', 'close', 'closed'],
];

const transitionNames = transitions.map((t) => t.name);

describe('nextPhase', () => {
  for (const [from, name, to] of legal) {
    it(`${name} from ${from} reaches ${to}`, () => {
      expect(nextPhase(from, name)).toBe(to);
    });
  }

  it('refuses every other move with INVALID_TRANSITION and its details', () => {
    let refused = 0;
    for (const from of planPhases) {
      for (const name of transitionNames) {
        if (legal.some(([f, n]) => f === from && n === name)) continue;
        const err = caught(() => nextPhase(from, name));
        expect(err.code).toBe('INVALID_TRANSITION');
        expect(err.status).toBe(409);
        expect(err.details).toEqual({ from, transition: name });
        refused += 1;
      }
    }
    expect(refused).toBe(planPhases.length * transitionNames.length - legal.length);
  });

  it('cannot skip drafting: approve from startUp, knowledge or concertation is refused', () => {
    for (const from of ['startUp', 'knowledge', 'concertation'] as const) {
      expect(caught(() => nextPhase(from, 'approve')).code).toBe('INVALID_TRANSITION');
    }
  });

  it('cannot advance out of drafting (approval is needed) nor approve twice', () => {
    expect(caught(() => nextPhase('drafting', 'advance')).details).toEqual({
      from: 'drafting',
      transition: 'advance',
    });
    expect(caught(() => nextPhase('approved', 'approve')).code).toBe('INVALID_TRANSITION');
  });

  it('a closed plan has no way out, not even a revision', () => {
    expect(caught(() => nextPhase('closed', 'openRevision')).code).toBe('INVALID_TRANSITION');
    expect(availableTransitions('closed')).toEqual([]);
  });

  it('an unknown transition name is refused', () => {
    const err = caught(() => nextPhase('drafting', 'publish' as TransitionName));
    expect(err.code).toBe('INVALID_TRANSITION');
    expect(() => findTransition('publish' as TransitionName)).toThrow(DomainError);
  });
});

describe('transition permissions', () => {
  it('approving needs plan.approve and freezes a version', () => {
    const t = findTransition('approve');
    expect(t.permission).toBe('plan.approve');
    expect(t.freezesVersion).toBe(true);
  });

  it('opening a revision needs plan.openRevision; advancing needs plan.edit', () => {
    expect(findTransition('openRevision').permission).toBe('plan.openRevision');
    expect(findTransition('advance').permission).toBe('plan.edit');
  });

  it('only approval freezes a version', () => {
    expect(transitions.filter((t) => t.freezesVersion).map((t) => t.name)).toEqual(['approve']);
  });
});

describe('editable phases', () => {
  const editable: PlanPhase[] = ['startUp', 'knowledge', 'concertation', 'drafting', 'updating'];

  it('content is editable from start-up to drafting and while updating', () => {
    expect([...editablePhases].sort()).toEqual([...editable].sort());
    for (const phase of editable) {
      expect(isPlanEditable(phase)).toBe(true);
      expect(() => assertEditable(phase)).not.toThrow();
    }
  });

  it('content is frozen in approved, agreement, inForce, monitoring, evaluation and closed', () => {
    const frozen = planPhases.filter((p) => !editable.includes(p));
    expect(frozen).toEqual([
      'approved',
      'agreement',
      'inForce',
      'monitoring',
      'evaluation',
      'closed',
    ]);
    for (const phase of frozen) {
      expect(isPlanEditable(phase)).toBe(false);
      const err = caught(() => assertEditable(phase));
      expect(err.code).toBe('PLAN_NOT_EDITABLE');
      expect(err.status).toBe(409);
      expect(err.details).toEqual({ phase });
    }
  });

  it('reopening a revision makes an approved plan editable again', () => {
    const phase = nextPhase('inForce', 'openRevision');
    expect(isPlanEditable(phase)).toBe(true);
    expect(isPlanEditable(nextPhase(phase, 'approve'))).toBe(false);
  });
});

describe('availableTransitions', () => {
  const names = (phase: PlanPhase) => availableTransitions(phase).map((t) => t.name);

  it('offers exactly the legal moves of each phase', () => {
    for (const phase of planPhases) {
      const want = legal.filter(([f]) => f === phase).map(([, n]) => n);
      expect(names(phase).sort(), phase).toEqual([...new Set(want)].sort());
    }
  });

  it('drafting and updating offer approval only', () => {
    expect(names('drafting')).toEqual(['approve']);
    expect(names('updating')).toEqual(['approve']);
  });

  it('an approved plan may be revised, signed or put in force', () => {
    expect(names('approved').sort()).toEqual(['enterIntoForce', 'openRevision', 'signAgreement']);
  });

  it('every offered transition can actually be taken', () => {
    for (const phase of planPhases) {
      for (const t of availableTransitions(phase))
        expect(() => nextPhase(phase, t.name)).not.toThrow();
    }
  });
});
