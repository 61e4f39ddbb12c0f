import { DkfdsIcon } from '../../ui/web/index.ts';

/**
 * What a status change did, or why nothing changed. The live region is always in the page, so
 * screen readers announce what is put in it; an error is said as an error, not as success.
 */
export function ScreeningStatusMessage({
  text,
  kind = 'success',
}: {
  text: string;
  kind?: 'success' | 'error';
}) {
  return (
    <div role="status" className="screening-status-message">
      {text ? (
        <div className={`alert alert-${kind} alert--paragraph`}>
          <DkfdsIcon name={kind} className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{text}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
