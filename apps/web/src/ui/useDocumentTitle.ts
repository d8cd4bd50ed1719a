import { useEffect } from 'react';

/** Page title read first by screen readers and shown in tabs: "page · context · product". */
export function useDocumentTitle(parts: (string | undefined | null | false)[]): void {
  const title = parts.filter(Boolean).join(' · ');
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
