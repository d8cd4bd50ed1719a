import { useId, useState } from 'react';
import { NavLink } from 'react-router';
import type { PlanTree } from '@pdz/core';
import './workspace.css';
import { useI18n } from '../../../i18n';

const byPosition = <T extends { position: number }>(list: T[]) =>
  [...list].sort((a, b) => a.position - b.position);

/**
 * Areas → objectives → actions as nested lists of links beside the editor. The page being shown
 * is marked aria-current; areas and objectives fold with buttons that say whether they are open.
 */
export function PlanNavigator({ plan }: { plan: PlanTree }) {
  const { t } = useI18n();
  const base = `/districts/${plan.districtId}/plans/${plan.id}`;
  const [closed, setClosed] = useState<Set<string>>(new Set());
  // on a narrow screen the navigator stacks above the content: it starts folded there
  const [open, setOpen] = useState(
    () =>
      typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 992px)').matches,
  );
  const id = useId();
  const toggle = (key: string) =>
    setClosed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    `pdz-navigator-link${isActive ? ' pdz-navigator-current' : ''}`;

  // a plain function, not a component: the button must stay the same element (keeps focus)
  function toggleButton(props: { target: string; name: string }) {
    const open = !closed.has(props.target);
    return (
      <button
        type="button"
        className="btn btn-sm btn-link p-0 me-1 pdz-navigator-toggle"
        aria-expanded={open}
        aria-controls={`${id}-${props.target}`}
        aria-label={t(open ? 'workspace.nav.collapse' : 'workspace.nav.expand', {
          name: props.name,
        })}
        onClick={() => toggle(props.target)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
    );
  }

  return (
    <nav aria-labelledby={`${id}-heading`} className="pdz-navigator">
      <h2 id={`${id}-heading`} className="h6 text-uppercase pdz-navigator-heading">
        <button
          type="button"
          className="btn btn-link p-0"
          aria-expanded={open}
          aria-controls={`${id}-all`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {t('workspace.nav.heading')}
        </button>
      </h2>
      <div id={`${id}-all`} hidden={!open}>
        {plan.areas.length === 0 && <p className="small">{t('workspace.nav.empty')}</p>}
        <ul className="list-unstyled mb-0">
          {byPosition(plan.areas).map((area) => (
            <li key={area.id} className="mb-2">
              <span className="d-flex align-items-start">
                {toggleButton({ target: area.id, name: area.title })}
                <span className="fw-semibold">{area.title}</span>
              </span>
              <ul
                id={`${id}-${area.id}`}
                className="list-unstyled ms-3"
                hidden={closed.has(area.id)}
              >
                {byPosition(area.objectives).map((o) => (
                  <li key={o.id} className="mt-1">
                    <span className="d-flex align-items-start">
                      {o.actions.length > 0 ? (
                        toggleButton({ target: o.id, name: o.title })
                      ) : (
                        <span className="pdz-navigator-spacer me-1" aria-hidden="true" />
                      )}
                      <NavLink to={`${base}/objectives/${o.id}`} className={linkClass}>
                        {o.code && <span className="pdz-code me-1">{o.code}</span>}
                        {o.title}
                      </NavLink>
                    </span>
                    {o.actions.length > 0 && (
                      <ul
                        id={`${id}-${o.id}`}
                        className="list-unstyled ms-4 small"
                        hidden={closed.has(o.id)}
                      >
                        {byPosition(o.actions).map((a) => (
                          <li key={a.id} className="mt-1">
                            <NavLink to={`${base}/actions/${a.id}`} className={linkClass}>
                              {a.title}
                            </NavLink>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
