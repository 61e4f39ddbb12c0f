import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, ErrorSummary, useProblemMessage } from '../../ui/web/index.ts';
import { submitApplication } from './application.requests.ts';
import type { StepProps } from './application-steps.ts';
import { EligibilityNotice } from './eligibility-notice.tsx';

/**
 * The last step: the privacy notice, each consent on its own (none ticked beforehand), and send.
 * Sending saves the answers first, so nothing typed on this page is lost.
 */
export function ConsentStep(props: StepProps & { onSent: (token: string) => void; onBack: () => void }) {
  const { form, save, onSent, onBack } = props;
  const { t, i18n } = useTranslation('intake');
  const problemMessage = useProblemMessage();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  const [given, setGiven] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const notice = form.notice;
  const missing = notice?.consents.filter((c) => c.required && !given.includes(c.key)) ?? [];

  async function send() {
    setAttempt((n) => n + 1);
    if (missing.length > 0) {
      setError(t('consent.requiredMissing'));
      return;
    }
    setError('');
    setSending(true);
    try {
      const token = await save();
      if (!token) return;
      await submitApplication(token, notice?.version ?? 1, given);
      onSent(token);
    } catch (failure) {
      setProblem(problemMessage(failure));
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <ErrorSummary
        key={attempt}
        items={[
          ...(error ? [{ text: error, fieldId: `application-consents-${missing[0]?.key ?? ''}` }] : []),
          ...(problem ? [{ text: problem }] : []),
        ]}
      />
      <EligibilityNotice {...props} />
      <h3>{t('consent.notice')}</h3>
      {notice ? (
        <div className="privacy-notice">
          {notice.text[locale].split(/\n\n+/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      ) : (
        <p>{t('consent.noNotice')}</p>
      )}
      {notice && notice.consents.length > 0 ? (
        <ChoiceGroup
          id="application-consents"
          type="checkbox"
          legend={t('consent.consents')}
          hint={t('consent.consentsHint')}
          error={error || undefined}
          choices={notice.consents.map((c) => ({
            value: c.key,
            label: `${c.label[locale]}${c.required ? ` ${t('consent.required')}` : ''}`,
          }))}
          selected={given}
          onChange={setGiven}
        />
      ) : null}
      <div className="application-actions">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('form.back')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={sending}
          onClick={() => void send()}
        >
          {sending ? t('consent.sending') : t('consent.send')}
        </button>
      </div>
    </>
  );
}
