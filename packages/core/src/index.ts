// The domain kernel shared by server and web: types, zod schemas, rules, the plan lifecycle,
// permissions and the endpoint contracts. Pure TypeScript, no I/O.
export * from './shared/errors';
export * from './shared/money';
export * from './shared/format';
export * from './shared/period';
export * from './shared/ids';
export * from './shared/contract';
export * from './shared/meta';
export * from './access/roles';
export * from './access/permissions';
export * from './access/password-policy';
export * from './access/auth.contracts';
export * from './territory/district';
export * from './territory/territory.contracts';
export * from './plan/plan.lifecycle';
export * from './plan/plan';
export * from './plan/plan-version';
export * from './plan/plan.contracts';
export * from './plan/snapshot';
export * from './audit/audit';
export * from './plan/coherence';
export * from './budget/budget';
export * from './budget/budget.summary';
export * from './budget/municipal-share';
export * from './budget/budget.contracts';
