import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  TextAreaField,
  useProblemMessage,
} from '../../ui/web/index.ts';
import {
  type ApplicationDetail,
  INTERVIEW_CHECKLIST,
  type InterviewChecklistKey,
} from '../intake.contract.ts';
import { saveInterviewNotes, screeningKey } from './screening.requests.ts';

/** Staff's notes (encrypted on the server) and the checklist of the applicant's role, saved whole. */
export function ScreeningInterviewNotes({
  programmeId,
  application,
  onSaved,
}: {
  programmeId: string;
  application: ApplicationDetail;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('screening');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const keys: readonly InterviewChecklistKey[] = INTERVIEW_CHECKLIST[application.role];
  const checklist = application.interview?.checklist ?? {};
  const [notes, setNotes] = useState(application.interview?.notes ?? '');
  const [ticked, setTicked] = useState<InterviewChecklistKey[]>(keys.filter((key) => checklist[key]));
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);

  const save = useMutation({
    mutationFn: () =>
      saveInterviewNotes(programmeId, application.id, {
        notes,
        checklist: Object.fromEntries(keys.map((key) => [key, ticked.includes(key)])),
      }),
    onSuccess: async () => {
      setErrors([]);
      onSaved(t('interview.saved'));
      await queryClient.invalidateQueries({ queryKey: screeningKey(programmeId) });
    },
    onError: (error) => setErrors([{ text: problemMessage(error) }]),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    onSaved('');
    save.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="screening-interview-notes">
      <h3>{t('interview.notesTitle')}</h3>
      <ErrorSummary items={errors} headingLevel={3} />
      <ChoiceGroup<InterviewChecklistKey>
        id="interview-checklist"
        type="checkbox"
        legend={t('interview.checklist')}
        hint={t('interview.checklistHint')}
        choices={keys.map((key) => ({ value: key, label: t(`interview.checklistItems.${key}`) }))}
        selected={ticked}
        onChange={setTicked}
      />
      <TextAreaField
        id="interview-notes"
        label={t('interview.notes')}
        hint={t('interview.notesHint')}
        maxLength={10_000}
        rows={6}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {save.isPending ? t('interview.saving') : t('interview.save')}
        </button>
      </div>
    </form>
  );
}
