import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/**
 * One polite live region for the whole page: saves, deletions and moves are announced here, so
 * that a screen-reader user hears the outcome of an action without moving focus.
 */
const AnnouncerContext = createContext<(message: string) => void>(() => {});

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((next: string) => {
    // clear first so that repeating the same message is announced again
    setMessage('');
    clearTimeout(timer.current);
    timer.current = globalThis.setTimeout(() => setMessage(next), 50);
  }, []);
  // a message still waiting when the page goes away is dropped, not set on what is gone
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnouncerContext);
}
