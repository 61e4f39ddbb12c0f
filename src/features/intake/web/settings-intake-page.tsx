import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin, TwoFactorNeededNotice, useChosenProgramme } from '../../accounts/web/index.ts';
import { ErrorSummary, TextField, useFieldProblems, useProblemMessage } from '../../ui/web/index.ts';
import type { IntakeSettingsBody } from '../intake.contract.ts';
import { intakeSettingsQuery, saveIntakeSettings } from './settings.requests.ts';
import { AreaPostcodes, OtherHelp } from './settings-area.tsx';
import { checkIntakeSettings, withoutEmptyHelpFields } from './settings-intake-checks.ts';
import { SettingsNotForYou, SettingsNotice, SettingsStatus } from './settings-parts.tsx';
import { intakeFieldId, RoleRules } from './settings-rules.tsx';

/**
 * Route `/indstillinger/optagelse`, for staff and admins: the eligibility rules per role, the
 * area's postcodes, other help per language and how long declined applications are kept, saved
 * together (the API replaces them whole).
 */
export function IntakeSettingsPage() {
  const { t } = useTranslation('intakeSettings');
  return <RequireLogin documentTitle={t('intake.documentTitle')}>{(me) => <Content me={me} />}</RequireLogin>;
}

function Content({ me }: { me: MeResponse }) {
  const { t } = useTranslation('intakeSettings');
  const problemMessage = useProblemMessage();
  const { chosen, search } = useChosenProgramme(me);
  const [message, setMessage] = useState('');
  const settings = useQuery({ ...intakeSettingsQuery(chosen?.programme.id ?? ''), enabled: Boolean(chosen) });
  if (!chosen) return <SettingsNotForYou title={t('intake.title')} />;
  return (
    <div className="settings-page">
      <title>{`${t('intake.documentTitle')} – makker`}</title>
      <p>
        <Link to={`/indstillinger${search}`} className="back-link">
          {t('backToSettings')}
        </Link>
      </p>
      <h1>{t('intake.title')}</h1>
      <p className="font-lead">{t('intake.intro')}</p>
      <SettingsStatus text={message} />
      {settings.isPending ? (
        <SettingsNotice loading />
      ) : settings.isError ? (
        isApiError(settings.error, 'TWO_FACTOR_REQUIRED') ? (
          <TwoFactorNeededNotice />
        ) : (
          <SettingsNotice error={problemMessage(settings.error)} onRetry={() => void settings.refetch()} />
        )
      ) : (
        <IntakeForm
          key={chosen.programme.id}
          programmeId={chosen.programme.id}
          initial={settings.data}
          onSaved={setMessage}
        />
      )}
    </div>
  );
}

function IntakeForm({
  programmeId,
  initial,
  onSaved,
}: {
  programmeId: string;
  initial: IntakeSettingsBody;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('intakeSettings');
  const problemMessage = useProblemMessage();
  const fieldProblems = useFieldProblems();
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const save = useMutation({
    mutationFn: (next: IntakeSettingsBody) => saveIntakeSettings(programmeId, next),
    onSuccess: (saved) => {
      onSaved(t('intake.saved'));
      queryClient.setQueryData(intakeSettingsQuery(programmeId).queryKey, saved);
    },
    onError: (error) => {
      setErrors(fieldProblems(error));
      setFormError(problemMessage(error));
      setAttempt((n) => n + 1);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    onSaved('');
    setFormError('');
    const found = checkIntakeSettings(settings, t);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) save.mutate(withoutEmptyHelpFields(settings));
  }

  const summary = [
    ...(formError ? [{ text: formError }] : []),
    ...Object.entries(errors).map(([path, text]) => ({ text, fieldId: intakeFieldId(path) })),
  ];
  const retention = settings.declinedRetentionDays;
  return (
    <form noValidate onSubmit={submit} className="intake-settings-form">
      <ErrorSummary key={attempt} items={summary} />
      {(['peer', 'mentor'] as const).map((role) => (
        <RoleRules
          key={role}
          role={role}
          rules={settings.eligibilityRules[role]}
          errors={errors}
          onChange={(rules) =>
            setSettings((s) => ({ ...s, eligibilityRules: { ...s.eligibilityRules, [role]: rules } }))
          }
        />
      ))}
      <AreaPostcodes
        items={settings.areaPostcodes}
        errors={errors}
        onChange={(areaPostcodes) => setSettings((s) => ({ ...s, areaPostcodes }))}
      />
      {(['da', 'en'] as const).map((lang) => (
        <OtherHelp
          key={lang}
          lang={lang}
          items={settings.otherHelp[lang]}
          errors={errors}
          onChange={(items) => setSettings((s) => ({ ...s, otherHelp: { ...s.otherHelp, [lang]: items } }))}
        />
      ))}
      <section aria-labelledby="intake-retention-heading" className="settings-section">
        <h2 id="intake-retention-heading">{t('intake.retentionTitle')}</h2>
        <TextField
          id={intakeFieldId('declinedRetentionDays')}
          label={t('intake.retention')}
          hint={t('intake.retentionHint')}
          error={errors.declinedRetentionDays}
          inputMode="numeric"
          value={Number.isNaN(retention) ? '' : String(retention)}
          onChange={(e) => {
            const text = e.target.value.trim();
            const days = /^\d+$/.test(text) ? Number(text) : Number.NaN;
            setSettings((s) => ({ ...s, declinedRetentionDays: days }));
          }}
        />
      </section>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {save.isPending ? t('intake.saving') : t('intake.save')}
        </button>
      </div>
    </form>
  );
}
