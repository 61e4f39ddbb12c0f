import spriteUrl from 'dkfds-dist/img/all-svg-icons.svg?no-inline';

/** Names of the DKFDS icons this feature uses (the sprite has about 150). */
export type DkfdsIconName =
  | 'error'
  | 'success'
  | 'info'
  | 'email'
  | 'smartphone'
  | 'arrow-forward'
  | 'warning';

/**
 * A decorative DKFDS icon from the design system's own sprite, served by us like any asset (the
 * CSP forbids other origins). Icons never carry meaning alone, so they are hidden from screen readers.
 */
export function DkfdsIcon({ name, className }: { name: DkfdsIconName; className?: string }) {
  return (
    <svg className={className ? `icon-svg ${className}` : 'icon-svg'} focusable="false" aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
