import type { ReactNode } from 'react';

type Kind = 'danger' | 'warning' | 'success' | 'info';

/**
 * A message box. Errors and warnings use role="alert" so that they are read at once; success
 * and information use role="status" (polite) so they do not interrupt.
 */
export function Alert({
  kind,
  children,
  title,
}: {
  kind: Kind;
  children: ReactNode;
  title?: string;
}) {
  const urgent = kind === 'danger' || kind === 'warning';
  return (
    <div className={`alert alert-${kind}`} role={urgent ? 'alert' : 'status'}>
      {title && <p className="fw-semibold mb-1">{title}</p>}
      {children}
    </div>
  );
}
