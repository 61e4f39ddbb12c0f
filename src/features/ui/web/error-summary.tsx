import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DkfdsIcon } from './dkfds-icon.tsx';

export interface ErrorSummaryItem {
  text: string;
  /** The field to go to; errors about the whole form (e.g. from the server) have none. */
  fieldId?: string;
}

/**
 * DKFDS error summary. It takes focus when it appears, so keyboard and screen reader users hear
 * what went wrong at once; give it a new `key` per attempt to have it take focus again.
 */
export function ErrorSummary({
  items,
  headingLevel = 2,
}: {
  items: ErrorSummaryItem[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDivElement>(null);
  const hasItems = items.length > 0;

  useEffect(() => {
    if (hasItems) ref.current?.focus();
  }, [hasItems]);

  if (!hasItems) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div ref={ref} className="alert alert-error error-summary" tabIndex={-1}>
      <DkfdsIcon name="error" className="alert-icon" />
      <div className="alert-body">
        <Heading className="alert-heading">{t('form.errorSummaryTitle')}</Heading>
        <ul className="alert-text nobullet-list">
          {items.map((item) => (
            <li key={`${item.fieldId ?? ''}-${item.text}`}>
              {item.fieldId ? (
                <a href={`#${item.fieldId}`} onClick={(event) => goToField(event, item.fieldId ?? '')}>
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// As DKFDS' own script does: bring the label into view (not just the input), then focus the input,
// so the person sees and hears which field it is.
function goToField(event: MouseEvent, fieldId: string) {
  const input = document.getElementById(fieldId);
  if (!input) return;
  event.preventDefault();
  document.querySelector(`label[for="${fieldId}"]`)?.scrollIntoView();
  input.focus({ preventScroll: true });
}
