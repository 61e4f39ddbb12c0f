import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Shown under the label and read with the field; marks the field invalid. */
  error?: string | undefined;
}

export interface TextFieldProps
  extends FieldFrameProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  /** Placed after the input inside the group, e.g. the show-password button. */
  after?: ReactNode;
}

export type TextAreaFieldProps = FieldFrameProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

/**
 * Label, hint and error message of a field (DKFDS markup), tied to the control with
 * aria-describedby, so a screen reader reads them when the field gets focus.
 */
function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: FieldFrameProps & { children: (aria: { describedBy?: string; invalid?: true }) => ReactNode }) {
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
      {children({ ...(describedBy ? { describedBy } : {}), ...(error ? { invalid: true as const } : {}) })}
    </div>
  );
}

/** The one text field of the app. */
export function TextField({ id, label, hint, error, after, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {({ describedBy, invalid }) => (
        <>
          <input
            id={id}
            className="form-input"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...input}
          />
          {after}
        </>
      )}
    </FieldFrame>
  );
}

/** The one multi-line text field of the app (free text: hopes, own words, reasons). */
export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {({ describedBy, invalid }) => (
        <textarea
          id={id}
          className="form-input"
          rows={4}
          maxLength={2000}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
