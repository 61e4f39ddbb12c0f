import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, useProblemMessage } from '../../ui/web/index.ts';
import { changeThemes, themesQuery } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';
import { QueryState } from './training-frame.tsx';

/**
 * The shared log of a group supervision's themes, on its session page (staff only). The form
 * says plainly that no personal details of peers belong here.
 */
export function SupervisionThemes({
  programmeId,
  cohortId,
  sessionId,
}: {
  programmeId: string;
  cohortId: string;
  sessionId: string;
}) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const query = themesQuery(programmeId, cohortId, sessionId);
  const themes = useQuery(query);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const change = useMutation({
    mutationFn: (c: { text: string } | { themeId: string }) =>
      changeThemes(programmeId, cohortId, sessionId, c),
    onSuccess: (list, c) => {
      queryClient.setQueryData(query.queryKey, list);
      if ('text' in c) setText('');
      setStatus(t('text' in c ? 'themes.added' : 'themes.removed'));
    },
    onError: (e) => setStatus(problemMessage(e)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    if (!text.trim()) {
      setError(t('themes.required'));
      return;
    }
    setError(undefined);
    change.mutate({ text: text.trim() });
  }

  return (
    <section aria-labelledby="supervision-themes" className="training-section training-form">
      <h2 id="supervision-themes">{t('themes.title')}</h2>
      <p>{t('themes.intro')}</p>
      {!themes.data ? (
        <QueryState query={themes} />
      ) : themes.data.themes.length === 0 ? (
        <p>{t('themes.empty')}</p>
      ) : (
        <ul className="training-people training-themes">
          {themes.data.themes.map((theme) => (
            <li key={theme.id}>
              <p className="weight-semibold training-theme-line">{theme.text}</p>
              <p className="form-hint training-theme-line">
                {t('themes.by', {
                  name: theme.writtenBy?.name ?? '–',
                  date: format.shortDay(theme.createdAt),
                })}
              </p>
              <div className="training-session-actions">
                <button
                  type="button"
                  className="button button-tertiary training-action"
                  disabled={change.isPending}
                  aria-label={t('themes.removeLabel', { text: theme.text })}
                  onClick={() => change.mutate({ themeId: theme.id })}
                >
                  {t('themes.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="training-themes-form">
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{t('themes.warning')}</p>
          </div>
        </div>
        <TextAreaField
          id="supervision-theme-text"
          label={t('themes.label')}
          hint={t('themes.hint')}
          error={error}
          value={text}
          maxLength={500}
          rows={2}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button button-primary training-action" disabled={change.isPending}>
          {t('themes.add')}
        </button>
      </form>
      <p role="status" className="training-status">
        {status}
      </p>
    </section>
  );
}
