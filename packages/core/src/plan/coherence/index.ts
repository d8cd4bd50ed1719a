// The coherence panel: the types, the rule table (rules by subject: money, indicators, content)
// and the engine that runs it. Only these names are public; single rules are reached via the table.
export type {
  CoherenceFinding,
  CoherenceIndicator,
  CoherenceInput,
  CoherenceProblem,
  CoherenceRule,
  CoherenceSeverity,
  CoherenceTarget,
  CoherenceTargetKind,
  CoherenceTree,
  MunicipalShareCheck,
} from './types';
export { checkCoherence, coherenceRules, hasBlockingProblems } from './check';
export { coherenceContracts, coherenceProblemSchema } from './coherence.contracts';
