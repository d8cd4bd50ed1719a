import sprites from 'bootstrap-italia/dist/svg/sprites.svg';

/** A decorative bootstrap-italia icon; the control that holds it carries the accessible name. */
export function Icon({ name, className = '' }: { name: string; className?: string }) {
  return (
    <svg className={`icon icon-sm ${className}`} aria-hidden="true" focusable="false">
      <use href={`${sprites}#${name}`} />
    </svg>
  );
}
