import {
  Component,
  lazy,
  Suspense,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n';
import { Alert } from './Alert';
import { Loading } from './Loading';

/**
 * The code of a page could not be fetched: after a new release the old files are gone, or the
 * connection dropped. Only reloading the whole page helps (the browser remembers the failure).
 */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PageLoadError';
  }
}

/** A page whose code is fetched the first time it is shown, from its feature's module. */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => {
    let module: M;
    try {
      module = await load();
    } catch (error) {
      throw new PageLoadError(error);
    }
    return { default: module[name] };
  });
}

function PageError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const notLoaded = error instanceof PageLoadError;
  return (
    <Alert kind="danger" title={t(notLoaded ? 'page.loadFailed.title' : 'page.crashed.title')}>
      <p>{t(notLoaded ? 'page.loadFailed.text' : 'page.crashed.text')}</p>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        {t('page.reload')}
      </button>
    </Alert>
  );
}

interface BoundaryProps {
  resetKey: string;
  children: ReactNode;
}
interface BoundaryState {
  error: unknown;
  resetKey: string;
}

/** Shows PageError instead of a blank page; going to another address tries again. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    return this.state.error ? <PageError error={this.state.error} /> : this.props.children;
  }
}

/**
 * Around the outlet of lazily loaded pages: a loading status while the page's code arrives, and
 * a clear message with a reload button when it cannot arrive or the page fails.
 */
export function PageBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Boundary resetKey={pathname}>
      <Suspense fallback={<Loading label={t('app.loading')} />}>{children}</Suspense>
    </Boundary>
  );
}
