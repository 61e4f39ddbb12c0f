import { type ReactNode, useEffect, useRef } from 'react';
import { DkfdsIcon, type DkfdsIconName } from '../../ui/web/index.ts';

/**
 * What a page shows in place of its form once the form is done: "check your e-mail", "saved",
 * "the link no longer works". The address does not change, so screen readers would stay silent:
 * the heading takes focus instead.
 */
export function OutcomePage({
  title,
  icon,
  children,
}: {
  title: string;
  icon: DkfdsIconName;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="outcome-page">
      <title>{`${title} – makker`}</title>
      <DkfdsIcon name={icon} className={`outcome-icon outcome-icon--${icon}`} />
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
