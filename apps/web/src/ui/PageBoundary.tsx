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

/** A feature module on its way: the promise, and the module itself once it has arrived. */
interface Loading<M> {
  promise: Promise<M>;
  module?: M;
}

// One fetch per feature module, shared by its pages; a failure stays (only a reload helps).
const modules = new WeakMap<() => Promise<unknown>, Loading<unknown>>();

function loadOnce<M>(load: () => Promise<M>): Loading<M> {
  const known = modules.get(load) as Loading<M> | undefined;
  if (known) return known;
  const loading: Loading<M> = {
    promise: load().then(
      (module) => (loading.module = module),
      (error: unknown) => {
        throw new PageLoadError(error);
      },
    ),
  };
  // the page that needs the module shows the failure; the preload must not report it again
  loading.promise.catch(() => undefined);
  modules.set(load, loading);
  return loading;
}

export type LazyPage<C extends ComponentType> = LazyExoticComponent<C> & {
  /** fetches the page's code ahead of time (the tests load every page once, up front) */
  preload: () => Promise<unknown>;
};

/**
 * A page whose code is fetched the first time it is shown, from its feature's module (pass the
 * same `load` function for the pages of one feature). Once the module is here, every page of it
 * shows at once, without a loading state in between.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyPage<M[K]> {
  const page = lazy(() => {
    const { promise, module } = loadOnce(load);
    if (!module) return promise.then((arrived) => ({ default: arrived[name] }));
    // the module is here: a thenable that answers at once lets React.lazy show the page without
    // a loading state (a promise, even resolved, would answer only later)
    const ready = { default: module[name] };
    return { then: (resolve: (value: typeof ready) => void) => resolve(ready) } as Promise<
      typeof ready
    >;
  });
  return Object.assign(page, { preload: () => loadOnce(load).promise });
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
