import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ErrorSummary,
  TextAreaField,
  TextField,
  useFieldProblems,
  useProblemMessage,
} from '../../ui/web/index.ts';
import type { Locale, ProgrammePageContent } from '../programmes.contract.ts';
import { saveProgrammePage } from './page-editor.requests.ts';
import { checkPageContent, fieldId, LIMITS, withoutEmptyOptionals } from './page-editor-checks.ts';
import { CafeTimeFields, ContactFields, SupportFields } from './page-editor-groups.tsx';
import { EditableList } from './page-editor-lists.tsx';

/**
 * The page in one language as a form. Checked here first (the contract's limits), then by the
 * server, whose field errors are shown beside the fields their paths name.
 */
export function PageEditorForm({
  programmeId,
  locale,
  initial,
  onSaved,
}: {
  programmeId: string;
  locale: Locale;
  initial: ProgrammePageContent;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('settings');
  const problemMessage = useProblemMessage();
  const fieldProblems = useFieldProblems();
  const queryClient = useQueryClient();
  const [content, setContent] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const language = t(`page.languageNames.${locale}`).toLowerCase();

  const save = useMutation({
    mutationFn: (next: ProgrammePageContent) => saveProgrammePage(programmeId, locale, next),
    onSuccess: async (saved) => {
      onSaved(t('page.saved', { language }));
      queryClient.setQueryData(['programme-page-editor', programmeId, locale], saved);
      // The public page (and the front page showing it) is fetched again on its next visit.
      await queryClient.invalidateQueries({ queryKey: ['programmes'] });
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
    const found = checkPageContent(content, t);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) save.mutate(withoutEmptyOptionals(content));
  }

  const set = <K extends keyof ProgrammePageContent>(key: K, value: ProgrammePageContent[K]) =>
    setContent((before) => ({ ...before, [key]: value }));
  const err = (path: string) => errors[path];
  const summary = [
    ...(formError ? [{ text: formError }] : []),
    ...Object.entries(errors).map(([path, text]) => ({ text, fieldId: fieldId(path) })),
  ];
  const lines = (list: 'who' | 'how') => (
    <EditableList<string>
      id={`page-${list}`}
      title={t(`page.${list}`)}
      items={content[list]}
      max={LIMITS.lines.count}
      itemName={(n) => t('page.line', { n })}
      addLabel={t('page.addLine')}
      blank={() => ''}
      firstFieldId={(i) => fieldId(`${list}.${i}`)}
      onChange={(items) => set(list, items)}
      single
    >
      {(text, i, update) => (
        <TextField
          id={fieldId(`${list}.${i}`)}
          label={t('page.line', { n: i + 1 })}
          error={err(`${list}.${i}`)}
          maxLength={LIMITS.lines.length}
          value={text}
          onChange={(e) => update(e.target.value)}
        />
      )}
    </EditableList>
  );

  return (
    <form noValidate onSubmit={submit} className="page-editor-form">
      <ErrorSummary key={attempt} items={summary} />
      <section aria-labelledby="page-basics-heading" className="settings-section">
        <h2 id="page-basics-heading">{t('page.basics')}</h2>
        <TextField
          id={fieldId('title')}
          label={t('page.titleLabel')}
          error={err('title')}
          maxLength={LIMITS.title}
          value={content.title}
          onChange={(e) => set('title', e.target.value)}
        />
        <TextField
          id={fieldId('tagline')}
          label={t('page.taglineLabel')}
          hint={t('page.taglineHint')}
          error={err('tagline')}
          maxLength={LIMITS.tagline}
          value={content.tagline}
          onChange={(e) => set('tagline', e.target.value)}
        />
      </section>
      <EditableList<string>
        id="page-what"
        title={t('page.what')}
        items={content.what}
        max={LIMITS.what.count}
        itemName={(n) => t('page.whatItem', { n })}
        addLabel={t('page.addWhat')}
        blank={() => ''}
        firstFieldId={(i) => fieldId(`what.${i}`)}
        onChange={(items) => set('what', items)}
        single
      >
        {(text, i, update) => (
          <TextAreaField
            id={fieldId(`what.${i}`)}
            label={t('page.whatItem', { n: i + 1 })}
            error={err(`what.${i}`)}
            maxLength={LIMITS.what.length}
            value={text}
            onChange={(e) => update(e.target.value)}
          />
        )}
      </EditableList>
      {lines('who')}
      {lines('how')}
      <EditableList
        id="page-contacts"
        title={t('page.contacts')}
        items={content.contacts}
        max={LIMITS.contacts}
        itemName={(n) => t('page.contact', { n })}
        addLabel={t('page.addContact')}
        blank={() => ({ name: '' })}
        firstFieldId={(i) => fieldId(`contacts.${i}.name`)}
        onChange={(items) => set('contacts', items)}
      >
        {(item, i, update) => <ContactFields item={item} index={i} errors={errors} onChange={update} />}
      </EditableList>
      <EditableList
        id="page-cafe"
        title={t('page.cafe')}
        items={content.cafe}
        max={LIMITS.cafe}
        itemName={(n) => t('page.cafeTime', { n })}
        addLabel={t('page.addCafe')}
        blank={() => ({ weekday: 2, start: '13:00', end: '16:00', place: '' })}
        firstFieldId={(i) => fieldId(`cafe.${i}.weekday`)}
        onChange={(items) => set('cafe', items)}
      >
        {(item, i, update) => (
          <CafeTimeFields item={item} index={i} locale={locale} errors={errors} onChange={update} />
        )}
      </EditableList>
      <EditableList
        id="page-support"
        title={t('page.support')}
        hint={t('page.supportHint')}
        items={content.support}
        max={LIMITS.support}
        itemName={(n) => t('page.supportItem', { n })}
        addLabel={t('page.addSupport')}
        blank={() => ({ name: '' })}
        firstFieldId={(i) => fieldId(`support.${i}.name`)}
        onChange={(items) => set('support', items)}
      >
        {(item, i, update) => <SupportFields item={item} index={i} errors={errors} onChange={update} />}
      </EditableList>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {save.isPending ? t('page.saving') : t('page.save')}
        </button>
      </div>
    </form>
  );
}
