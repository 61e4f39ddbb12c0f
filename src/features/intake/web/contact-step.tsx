import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/web/index.ts';
import { type StepProps, withEligibility } from './application-steps.ts';
import { DateField } from './date-field.tsx';

/** Step 1: who they are and how to reach them. No CPR number: a birth date is all eligibility needs. */
export function ContactStep({ answers, setAnswers, errors }: StepProps) {
  const { t } = useTranslation('intake');
  return (
    <>
      <TextField
        id="application-name"
        label={t('contact.name')}
        autoComplete="name"
        value={answers.name ?? ''}
        onChange={(event) => setAnswers((a) => ({ ...a, name: event.target.value }))}
        error={errors['application-name']}
      />
      <p className="form-hint">{t('contact.contactHint')}</p>
      <TextField
        id="application-phone"
        label={t('contact.phone')}
        hint={t('contact.phoneHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={answers.phone ?? ''}
        onChange={(event) => setAnswers((a) => ({ ...a, phone: event.target.value || undefined }))}
        error={errors['application-phone']}
      />
      <TextField
        id="application-email"
        label={t('contact.email')}
        type="email"
        autoComplete="email"
        value={answers.email ?? ''}
        onChange={(event) => setAnswers((a) => ({ ...a, email: event.target.value.trim() || undefined }))}
        error={errors['application-email']}
      />
      <DateField
        id="application-birth"
        legend={t('contact.birthDate')}
        hint={t('contact.birthDateHint')}
        value={answers.eligibility?.birthDate}
        onChange={(value) => setAnswers((a) => withEligibility(a, 'birthDate', value))}
      />
    </>
  );
}
