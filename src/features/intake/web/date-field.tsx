import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** `YYYY-MM-DD` from day, month and year as typed, or null when they make no real date. */
export function isoFromParts(day: string, month: string, year: string): string | null {
  const [d, m, y] = [day, month, year].map((part) => Number(part.trim()));
  if (!/^\d{4}$/.test(year.trim()) || !Number.isInteger(d) || !Number.isInteger(m)) return null;
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function partsOf(value: string | undefined): [string, string, string] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return match ? [String(Number(match[3])), String(Number(match[2])), match[1]!] : ['', '', ''];
}

/**
 * A date as three small number fields (DKFDS date input): easier on a phone than a calendar for
 * a date years back. Reports the date when the three parts make one, else undefined; `error`
 * comes from the form, which decides when an incomplete date is worth telling.
 */
export function DateField({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: string | undefined;
  onChange: (value: string | undefined, complete: boolean) => void;
}) {
  const { t } = useTranslation('intake');
  const [parts, setParts] = useState(() => partsOf(value));
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  function change(index: 0 | 1 | 2, text: string) {
    const next = [...parts] as [string, string, string];
    next[index] = text.replace(/\D/g, '').slice(0, index === 2 ? 4 : 2);
    setParts(next);
    const iso = isoFromParts(...next);
    onChange(
      iso ?? undefined,
      next.every((p) => p !== ''),
    );
  }

  const fields = [
    { key: 'day', label: t('date.day'), width: 2 },
    { key: 'month', label: t('date.month'), width: 2 },
    { key: 'year', label: t('date.year'), width: 4 },
  ] as const;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
        <legend className="form-label">{legend}</legend>
        {hint ? (
          <span className="form-hint" id={hintId}>
            {hint}
          </span>
        ) : null}
        {error ? (
          <span className="form-error-message" id={errorId}>
            {error}
          </span>
        ) : null}
        <div className="date-group">
          {fields.map((field, index) => (
            <div key={field.key} className={`form-group form-group-${field.key}`}>
              <label className="form-label" htmlFor={`${id}-${field.key}`}>
                {field.label}
              </label>
              <input
                id={`${id}-${field.key}`}
                className="form-input"
                type="text"
                inputMode="numeric"
                autoComplete={id.includes('birth') ? `bday-${field.key}` : 'off'}
                maxLength={field.width}
                value={parts[index]}
                aria-invalid={error ? true : undefined}
                onChange={(event) => change(index as 0 | 1 | 2, event.target.value)}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
