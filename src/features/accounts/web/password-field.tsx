import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../ui/web/index.ts';

/**
 * A password field with a button that shows what was typed: typing blind on a small phone screen
 * is where most wrong passwords come from. The button's name stays the same; aria-pressed says
 * whether the password is shown.
 */
export function PasswordField(props: Omit<TextFieldProps, 'type' | 'after'>) {
  const { t } = useTranslation('accounts');
  const [shown, setShown] = useState(false);
  return (
    <TextField
      {...props}
      type={shown ? 'text' : 'password'}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      after={
        <button
          type="button"
          className="function-link password-toggle"
          aria-pressed={shown}
          aria-controls={props.id}
          onClick={() => setShown((value) => !value)}
        >
          {t('form.showPassword')}
        </button>
      }
    />
  );
}
