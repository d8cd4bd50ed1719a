import type { ReactNode } from 'react';

/** A wide table scrolls sideways in its own region, which the keyboard can reach. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-responsive" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
