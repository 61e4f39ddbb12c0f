import type { TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A reason for a decision (DKFDS textarea), marked up as TextField is: label, hint and error
 * tied to the field with aria-describedby.
 */
export function ScreeningReasonField({
  id,
  label,
  hint,
  error,
  ...textarea
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>) {
  const { t } = useTranslation('ui');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={errorId}>
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
      <textarea
        id={id}
        className="form-input screening-reason"
        rows={4}
        maxLength={2000}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </div>
  );
}
