import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Shown under the label and read with the field; marks the field invalid. */
  error?: string | undefined;
  /** Placed after the input inside the group, e.g. the show-password button. */
  after?: ReactNode;
}

/**
 * The one form field of the app (DKFDS markup): label, hint and error message tied to the input
 * with aria-describedby, so a screen reader reads them when the field gets focus.
 */
export function TextField({ id, label, hint, error, after, ...input }: TextFieldProps) {
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
      <input
        id={id}
        className="form-input"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      {after}
    </div>
  );
}
