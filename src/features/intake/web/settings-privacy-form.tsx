import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChoiceGroup,
  ErrorSummary,
  TextAreaField,
  TextField,
  useFieldProblems,
  useProblemMessage,
} from '../../ui/web/index.ts';
import type { ConsentDefinition, PrivacyNotice } from '../intake.contract.ts';
import { privacyNoticesQuery, publishPrivacyNotice } from './settings.requests.ts';
import { intakeFieldId as fid } from './settings-rules.tsx';

const KEY = /^[a-z0-9-]+$/;

/** A new version of the notice, starting from the current one's texts and consents (admins). */
export function PublishNoticeForm({
  programmeId,
  current,
  onPublished,
}: {
  programmeId: string;
  current: PrivacyNotice | undefined;
  onPublished: (message: string) => void;
}) {
  const { t } = useTranslation('intakeSettings');
  const problemMessage = useProblemMessage();
  const fieldProblems = useFieldProblems();
  const queryClient = useQueryClient();
  const [text, setText] = useState(current?.text ?? { da: '', en: '' });
  const [consents, setConsents] = useState<ConsentDefinition[]>(current?.consents ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const next = (current?.version ?? 0) + 1;
  const publish = useMutation({
    mutationFn: () => publishPrivacyNotice(programmeId, { text, consents }),
    onSuccess: async (notice) => {
      onPublished(t('privacy.published', { version: notice.version }));
      await queryClient.invalidateQueries({ queryKey: privacyNoticesQuery(programmeId).queryKey });
    },
    onError: (error) => {
      setErrors(fieldProblems(error));
      setFormError(problemMessage(error));
      setAttempt((n) => n + 1);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (publish.isPending) return;
    onPublished('');
    setFormError('');
    const found: Record<string, string> = {};
    const need = (path: string, value: string, field: string) => {
      if (!value.trim()) found[path] = t('privacy.errors.required', { field });
    };
    need('text.da', text.da, t('privacy.textDa'));
    need('text.en', text.en, t('privacy.textEn'));
    consents.forEach((c, i) => {
      if (!KEY.test(c.key)) found[`consents.${i}.key`] = t('privacy.errors.key');
      else if (consents.findIndex((o) => o.key === c.key) < i)
        found[`consents.${i}.key`] = t('privacy.errors.duplicateKey');
      need(`consents.${i}.label.da`, c.label.da, t('privacy.labelDa'));
      need(`consents.${i}.label.en`, c.label.en, t('privacy.labelEn'));
    });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) publish.mutate();
  }

  const id = (path: string) => fid(`notice.${path}`);
  const summary = [
    ...(formError ? [{ text: formError }] : []),
    ...Object.entries(errors).map(([path, message]) => ({ text: message, fieldId: id(path) })),
  ];
  const update = (i: number, c: ConsentDefinition) =>
    setConsents((all) => all.map((o, j) => (j === i ? c : o)));
  return (
    <section aria-labelledby="privacy-publish-heading" className="settings-section">
      <h2 id="privacy-publish-heading" tabIndex={-1}>
        {t('privacy.publishTitle')}
      </h2>
      <form noValidate onSubmit={submit}>
        <ErrorSummary key={attempt} items={summary} headingLevel={3} />
        {(['da', 'en'] as const).map((lang) => (
          <TextAreaField
            key={lang}
            id={id(`text.${lang}`)}
            label={t(lang === 'da' ? 'privacy.textDa' : 'privacy.textEn')}
            error={errors[`text.${lang}`]}
            lang={lang}
            rows={8}
            maxLength={20_000}
            value={text[lang]}
            onChange={(e) => setText((before) => ({ ...before, [lang]: e.target.value }))}
          />
        ))}
        <h3>{t('privacy.consents')}</h3>
        {consents.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the position names the fields and errors
          <fieldset key={i} className="settings-item">
            <legend className="h4">{t('privacy.consent', { n: i + 1 })}</legend>
            <TextField
              id={id(`consents.${i}.key`)}
              label={t('privacy.key')}
              hint={t('privacy.keyHint')}
              error={errors[`consents.${i}.key`]}
              maxLength={40}
              value={c.key}
              onChange={(e) => update(i, { ...c, key: e.target.value.trim() })}
            />
            {(['da', 'en'] as const).map((lang) => (
              <TextField
                key={lang}
                id={id(`consents.${i}.label.${lang}`)}
                label={t(lang === 'da' ? 'privacy.labelDa' : 'privacy.labelEn')}
                error={errors[`consents.${i}.label.${lang}`]}
                lang={lang}
                maxLength={500}
                value={c.label[lang]}
                onChange={(e) => update(i, { ...c, label: { ...c.label, [lang]: e.target.value } })}
              />
            ))}
            <ChoiceGroup<'yes'>
              id={id(`consents.${i}.required`)}
              type="checkbox"
              legend={t('privacy.consent', { n: i + 1 })}
              choices={[{ value: 'yes', label: t('privacy.required') }]}
              selected={c.required ? ['yes'] : []}
              onChange={(selected) => update(i, { ...c, required: selected.includes('yes') })}
            />
            <button
              type="button"
              className="button button-tertiary settings-remove"
              onClick={() => {
                setConsents((all) => all.filter((_, j) => j !== i));
                requestAnimationFrame(() => document.getElementById('privacy-publish-heading')?.focus());
              }}
            >
              {t('remove')}
              <span className="sr-only"> {t('privacy.consent', { n: i + 1 }).toLowerCase()}</span>
            </button>
          </fieldset>
        ))}
        {consents.length < 10 ? (
          <p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setConsents((all) => [...all, { key: '', label: { da: '', en: '' }, required: false }]);
                const first = id(`consents.${consents.length}.key`);
                requestAnimationFrame(() => document.getElementById(first)?.focus());
              }}
            >
              {t('privacy.addConsent')}
            </button>
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {publish.isPending ? t('privacy.publishing') : t('privacy.publish', { version: next })}
          </button>
        </div>
      </form>
    </section>
  );
}
