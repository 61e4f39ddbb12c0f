import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/**
 * Radio buttons or checkboxes in a fieldset (DKFDS markup), the choice counterpart of TextField:
 * the legend names the question, and its hint and error are tied to the fieldset so a screen
 * reader reads them on entering it. The first option's id (`<id>-<value>`) is where an error
 * summary link leads. `children` go after the options, e.g. a field a choice reveals.
 */
export function ChoiceGroup<V extends string>({
  id,
  type,
  legend,
  hint,
  error,
  choices,
  selected,
  onChange,
  children,
}: {
  id: string;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string;
  error?: string | undefined;
  choices: Choice<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('ui');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  function toggle(value: V, checked: boolean) {
    if (type === 'radio') onChange([value]);
    else onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  }

  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={describedBy}>
        <legend className="form-label">{legend}</legend>
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
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          return (
            <div key={choice.value} className={type === 'radio' ? 'form-group-radio' : 'form-group-checkbox'}>
              <input
                id={inputId}
                type={type}
                name={id}
                value={choice.value}
                className={type === 'radio' ? 'form-radio' : 'form-checkbox'}
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
              />
              <label htmlFor={inputId}>{choice.label}</label>
              {choice.hint ? (
                <span className="form-hint" id={`${inputId}-hint`}>
                  {choice.hint}
                </span>
              ) : null}
            </div>
          );
        })}
        {children}
      </fieldset>
    </div>
  );
}
