import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { useI18n } from '../i18n';
import { useLogout, useSession } from '../features/access';
import { useDistrictAccess } from '../features/territory/queries';
import { LanguageSwitch } from './LanguageSwitch';

function navClass({ isActive }: { isActive: boolean }) {
  return `nav-link pdz-nav-link${isActive ? ' active' : ''}`;
}

export function Header({ districtId }: { districtId: string | undefined }) {
  const { t } = useI18n();
  const session = useSession().data?.session ?? null;
  const access = useDistrictAccess(session ? districtId : undefined);
  const signOut = useLogout();
  const navigate = useNavigate();
  // on a small screen the main menu folds behind a button (Designers Italia's header pattern)
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);

  function closeMenuOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  }

  function closeMenuOnLink(event: MouseEvent) {
    // choosing a page closes the menu; the new page's content then takes the focus
    if ((event.target as Element).closest('a')) setMenuOpen(false);
  }

  function logout() {
    signOut.mutate(undefined, {
      onSettled: () => navigate('/login?reason=logout', { replace: true }),
    });
  }

  const roles = access.roles.map((r) => t(`role.${r}`)).join(', ');
  const districtName = access.district?.name;

  return (
    <header className="it-header-wrapper pdz-header">
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="it-header-slim-wrapper-content flex-wrap gap-2">
            <a className="pdz-slim-link" href="/">
              {t('app.publicPortal')}
            </a>
            <div className="it-header-slim-right-zone gap-3 flex-wrap">
              <LanguageSwitch />
              {session && (
                <>
                  <p className="pdz-user mb-0">
                    <span className="visually-hidden">{t('header.user', { name: '' })}</span>
                    <span className="fw-semibold">{session.user.name}</span>
                    {roles && (
                      <>
                        <span aria-hidden="true"> · </span>
                        <span className="visually-hidden">{t('header.roles', { roles: '' })}</span>
                        {roles}
                      </>
                    )}
                  </p>
                  <button
                    type="button"
                    className="pdz-lang-button"
                    onClick={logout}
                    disabled={signOut.isPending}
                  >
                    {t('header.logout')}
                  </button>
                </>
              )}
            </div>
          </div>
        </div>
      </div>
      <div className="it-header-center-wrapper it-small-header">
        <div className="container">
          <div className="it-header-center-content-wrapper">
            <div className="it-brand-wrapper">
              <NavLink to={districtId ? `/districts/${districtId}` : '/'}>
                <div className="it-brand-text">
                  <div className="it-brand-title">{t('app.name')}</div>
                  {districtName && <div className="it-brand-tagline">{districtName}</div>}
                </div>
              </NavLink>
            </div>
          </div>
        </div>
      </div>
      {session && districtId && (
        <div className="pdz-navbar">
          <div className="container">
            <nav
              aria-label={t('nav.label')}
              className={`pdz-nav${menuOpen ? ' is-open' : ''}`}
              onKeyDown={closeMenuOnEscape}
              onClick={closeMenuOnLink}
            >
              <button
                ref={menuButton}
                type="button"
                className="pdz-menu-button"
                aria-expanded={menuOpen}
                aria-controls={menuId}
                onClick={() => setMenuOpen(!menuOpen)}
              >
                <MenuIcon open={menuOpen} />
                {t('nav.menu')}
              </button>
              <ul id={menuId} className="nav pdz-nav-list">
                <li className="nav-item">
                  <NavLink end to={`/districts/${districtId}`} className={navClass}>
                    {t('nav.district')}
                  </NavLink>
                </li>
                <li className="nav-item">
                  <NavLink to={`/districts/${districtId}/plans`} className={navClass}>
                    {t('nav.plans')}
                  </NavLink>
                </li>
                <li className="nav-item">
                  <NavLink to={`/districts/${districtId}/needs`} className={navClass}>
                    {t('nav.needs')}
                  </NavLink>
                </li>
                <li className="nav-item">
                  <NavLink to={`/districts/${districtId}/services`} className={navClass}>
                    {t('nav.services')}
                  </NavLink>
                </li>
                {access.can('audit.read') && (
                  <li className="nav-item">
                    <NavLink to={`/districts/${districtId}/audit`} className={navClass}>
                      {t('nav.audit')}
                    </NavLink>
                  </li>
                )}
                {access.can('classification.extend') && (
                  <li className="nav-item">
                    <NavLink to={`/districts/${districtId}/classifications`} className={navClass}>
                      {t('nav.classifications')}
                    </NavLink>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </div>
      )}
    </header>
  );
}

/** The three bars of a closed menu, the cross of an open one (drawn here: no sprite to fetch). */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg
      className="pdz-menu-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
    >
      {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 6h16M4 12h16M4 18h16" />}
    </svg>
  );
}
