import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorSummary, type ErrorSummaryItem, useProblemMessage } from '../../ui/web/index.ts';
import { applicantRoleSchema } from '../eligibility.contract.ts';
import type { ApplicantView, ApplicationAnswers, ApplicationFormResponse } from '../intake.contract.ts';
import {
  applicationFormQuery,
  applicationQuery,
  saveAnswers,
  startApplication,
} from './application.requests.ts';
import { ApplicationSent } from './application-sent.tsx';
import { STEPS, type StepErrors, type StepName, validateStep } from './application-steps.ts';
import { storedToken, storeToken, tokenFromHash } from './application-token.ts';
import { ConsentStep } from './consent-step.tsx';
import { ContactStep } from './contact-step.tsx';
import { ContinueLinkBox } from './continue-link-box.tsx';
import { RecoveryStep } from './recovery-step.tsx';
import { ResidenceStep } from './residence-step.tsx';
import { WishesStep } from './wishes-step.tsx';

/**
 * Route `/p/:slug/ansoeg/:role`: the application form, one short step at a time, saved on every
 * "Næste". The draft is made on the first save, so a visitor who only looks leaves nothing behind.
 */
export function ApplicationFormPage() {
  const { t } = useTranslation('intake');
  const params = useParams();
  const role = applicantRoleSchema.safeParse(params.role);
  const slug = params.slug ?? '';
  const form = useQuery({
    ...applicationFormQuery(slug, role.success ? role.data : 'peer'),
    enabled: role.success,
  });
  if (!role.success || form.isError) {
    return (
      <div>
        <title>{`${t('form.documentTitle')} – makker`}</title>
        <h1>{t('form.documentTitle')}</h1>
        <p>{t('form.notFound')}</p>
        <Link to="/" className="button button-secondary">
          {t('form.frontPage')}
        </Link>
      </div>
    );
  }
  if (form.isPending) return <p role="status">{t('form.loading')}</p>;
  return <ApplicationForm form={form.data} />;
}

function ApplicationForm({ form }: { form: ApplicationFormResponse }) {
  const { t } = useTranslation('intake');
  const { hash } = useLocation();
  // Read once: the draft made later on this page is FormSteps' own business.
  const [initialToken] = useState(() => tokenFromHash(hash) ?? storedToken(form.programme.slug, form.role));
  const existing = useQuery({ ...applicationQuery(initialToken ?? ''), enabled: initialToken !== null });
  if (initialToken && existing.isPending) return <p role="status">{t('form.loading')}</p>;
  // A stored token whose draft is gone (sent, or deleted after a while) starts afresh.
  const view = existing.isSuccess ? existing.data : null;
  if (view && view.status !== 'draft') return <ApplicationSent token={initialToken!} />;
  return (
    <FormSteps
      form={form}
      initialToken={view ? initialToken : null}
      initial={view}
      onToken={(next) => storeToken(form.programme.slug, form.role, next)}
    />
  );
}

function FormSteps({
  form,
  initialToken,
  initial,
  onToken,
}: {
  form: ApplicationFormResponse;
  initialToken: string | null;
  initial: ApplicantView | null;
  onToken: (token: string | null) => void;
}) {
  const { t } = useTranslation('intake');
  const problemMessage = useProblemMessage();
  const [token, setToken] = useState(initialToken);
  const [answers, setAnswers] = useState<ApplicationAnswers>(initial?.answers ?? {});
  const [view, setView] = useState<ApplicantView | null>(initial);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<StepErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const name: StepName = STEPS[step]!;

  async function save(): Promise<string | null> {
    setSaving(true);
    setProblem('');
    try {
      const key = token ?? (await startApplication(form.programme.slug, form.role)).token;
      if (!token) {
        setToken(key);
        onToken(key);
      }
      setView(await saveAnswers(key, answers));
      return key;
    } catch (error) {
      setProblem(problemMessage(error));
      return null;
    } finally {
      setSaving(false);
    }
  }

  async function next() {
    const found = validateStep(name, answers, form, t);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    if ((await save()) === null) return;
    setStep((n) => Math.min(n + 1, STEPS.length - 1));
    window.scrollTo(0, 0);
  }

  if (sent) return <ApplicationSent token={sent} />;
  const summary: ErrorSummaryItem[] = [
    ...Object.entries(errors).map(([fieldId, text]) => ({ text, fieldId })),
    ...(problem ? [{ text: problem }] : []),
  ];
  const stepProps = { answers, setAnswers, errors, form, view, save };
  return (
    <div className="application-form">
      <title>{`${t(form.role === 'peer' ? 'form.titlePeer' : 'form.titleMentor')} – makker`}</title>
      <h1>{t(form.role === 'peer' ? 'form.titlePeer' : 'form.titleMentor')}</h1>
      <p className="font-lead">{form.programme.name}</p>
      {step === 0 ? <p>{t('form.intro')}</p> : null}
      <p className="application-step-count">{t('form.step', { n: step + 1, total: STEPS.length })}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
      >
        <ErrorSummary key={attempt} items={summary} />
        <h2>{t(`steps.${name}`)}</h2>
        {name === 'contact' ? <ContactStep {...stepProps} /> : null}
        {name === 'residence' ? <ResidenceStep {...stepProps} /> : null}
        {name === 'recovery' ? <RecoveryStep {...stepProps} /> : null}
        {name === 'wishes' ? <WishesStep {...stepProps} /> : null}
        {name === 'consent' ? (
          <ConsentStep
            {...stepProps}
            onBack={() => setStep((n) => n - 1)}
            onSent={(key) => {
              onToken(null);
              setSent(key);
            }}
          />
        ) : (
          <div className="application-actions">
            {step > 0 ? (
              <button type="button" className="button button-secondary" onClick={() => setStep((n) => n - 1)}>
                {t('form.back')}
              </button>
            ) : null}
            <button type="submit" className="button button-primary" disabled={saving}>
              {saving ? t('form.saving') : t('form.next')}
            </button>
          </div>
        )}
        <p role="status" className="application-saved">
          {view && !saving ? t('form.saved') : ''}
        </p>
      </form>
      {token && step > 0 ? <ContinueLinkBox token={token} answers={answers} /> : null}
    </div>
  );
}
