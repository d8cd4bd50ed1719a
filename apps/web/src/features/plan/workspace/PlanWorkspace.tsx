import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { formatPeriod } from '@pdz/core';
import { errorMessageKey, useI18n, type MessageKey } from '../../../i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { PageBoundary } from '../../../ui/PageBoundary';
import { PhaseBadge } from '../PhaseBadge';
import { usePlanTree } from '../queries';
import { PlanNavigator } from './PlanNavigator';

/** The sections of a plan's workspace, in the order of the tabs. */
const sections: { path: string; label: MessageKey; end?: boolean; approvedOnly?: boolean }[] = [
  { path: '', label: 'workspace.tab.overview', end: true },
  { path: 'needs', label: 'needs.tab' },
  { path: 'budget', label: 'workspace.tab.budget' },
  { path: 'indicators', label: 'workspace.tab.indicators' },
  { path: 'chapters', label: 'workspace.tab.chapters' },
  { path: 'coherence', label: 'workspace.tab.coherence' },
  { path: 'spreadsheet', label: 'workspace.tab.spreadsheet' },
  // reports are written against an approved version: none before the first approval
  { path: 'monitoring', label: 'workspace.tab.monitoring', approvedOnly: true },
];

/**
 * Sections that need the whole width (the budget grids, the plan's indicators with a column per
 * year, the chapter editor beside its preview, the tables of problems and of import errors):
 * the navigator of areas, objectives and actions is shown beside the plan, objective and action
 * pages only.
 */
const fullWidthSections = new Set([
  'budget',
  'indicators',
  'chapters',
  'coherence',
  'spreadsheet',
  'monitoring',
]);

/** The frame of every page of one plan: title, period, phase and the section tabs. */
export function PlanWorkspace() {
  const { districtId = '', planId = '' } = useParams();
  const { pathname } = useLocation();
  const { t } = useI18n();
  const tree = usePlanTree(districtId, planId);

  if (tree.isPending) return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  const plan = tree.data;
  const base = `/districts/${districtId}/plans/${planId}`;
  const section = pathname.slice(`/districts/${districtId}/plans/${planId}/`.length).split('/')[0];
  const fullWidth = fullWidthSections.has(section ?? '');

  return (
    <>
      <h1 className="mb-2">{plan.title}</h1>
      <p className="d-flex flex-wrap align-items-center gap-2">
        <span>{t('plan.period', { period: formatPeriod(plan.period) })}</span>
        <span aria-hidden="true">·</span>
        <span>
          <span className="visually-hidden">{t('plans.col.phase')}: </span>
          <PhaseBadge phase={plan.phase} />
        </span>
        {plan.isDemo && <span className="badge pdz-demo-badge">{t('plan.demo')}</span>}
      </p>
      <nav aria-label={t('workspace.sections')} className="mb-4">
        <ul className="nav nav-tabs pdz-workspace-tabs">
          {sections
            .filter((s) => !s.approvedOnly || plan.latestApprovedVersion !== null)
            .map((s) => (
              <li className="nav-item" key={s.path}>
                <NavLink
                  to={s.path ? `${base}/${s.path}` : base}
                  end={s.end}
                  className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}
                >
                  {t(s.label)}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      {fullWidth ? (
        <PageBoundary>
          <Outlet />
        </PageBoundary>
      ) : (
        <div className="row">
          <div className="col-lg-3 mb-4 pdz-navigator-col">
            <PlanNavigator plan={plan} />
          </div>
          <div className="col-lg-9">
            <PageBoundary>
              <Outlet />
            </PageBoundary>
          </div>
        </div>
      )}
    </>
  );
}
