import { useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { useI18n } from '../i18n';
import { PageBoundary } from '../ui/PageBoundary';
import { Header } from './Header';

/** The frame of every page: skip link, header with navigation, main content, footer. */
export function Shell() {
  const { t } = useI18n();
  const { districtId } = useParams();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    // After a client-side navigation, move focus to the new content as a page load would.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    mainRef.current?.focus();
  }

  return (
    <>
      <a href="#main" className="visually-hidden-focusable pdz-skip" onClick={skip}>
        {t('app.skipToContent')}
      </a>
      <Header districtId={districtId} />
      <main id="main" ref={mainRef} tabIndex={-1} className="container my-4 pdz-main">
        <PageBoundary>
          <Outlet />
        </PageBoundary>
      </main>
      <footer className="it-footer pdz-footer mt-auto">
        <div className="container py-3">
          <p className="mb-0">{t('app.footer')}</p>
        </div>
      </footer>
    </>
  );
}
