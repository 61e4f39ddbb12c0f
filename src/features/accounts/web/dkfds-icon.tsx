import spriteUrl from 'dkfds-dist/img/all-svg-icons.svg?no-inline';

/** Names of the DKFDS icons this feature uses (the sprite has about 150). */
export type DkfdsIconName = 'error' | 'success' | 'info' | 'email';

/**
 * A decorative DKFDS icon from the design system's own sprite (the CSP forbids other origins).
 * A copy of the programmes feature's: a feature may not reach into another's internals, and there
 * is no shared web UI folder yet; both should move there when one is made.
 */
export function DkfdsIcon({ name, className }: { name: DkfdsIconName; className?: string }) {
  return (
    <svg className={className ? `icon-svg ${className}` : 'icon-svg'} focusable="false" aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
