import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { MentorshipSettings } from '../mentorships.contract.ts';
import { mentorshipSettingsQuery, mentorshipsKey, saveMentorshipSettings } from './mentorships.requests.ts';
import { QueryState, StaffFrame } from './mentorships-frame.tsx';

/** Route `/forloeb/regler`, for staff: how long pairs run, the extension, whether a pause moves the end. */
export function SettingsPage() {
  const { t } = useTranslation('mentorships');
  return (
    <StaffFrame documentTitle={t('settings.documentTitle')}>
      {(programme, search) => (
        <>
          <title>{`${t('settings.documentTitle')} – makker`}</title>
          <p>
            <Link to={`/forloeb${search}`} className="tap-link">
              {t('staff.back')}
            </Link>
          </p>
          <h1>{t('settings.title')}</h1>
          <p>{t('settings.intro')}</p>
          <Settings programmeId={programme.id} />
        </>
      )}
    </StaffFrame>
  );
}

function Settings({ programmeId }: { programmeId: string }) {
  const settings = useQuery(mentorshipSettingsQuery(programmeId));
  if (!settings.data) return <QueryState query={settings} />;
  return <SettingsForm programmeId={programmeId} saved={settings.data} />;
}

function SettingsForm({ programmeId, saved }: { programmeId: string; saved: MentorshipSettings }) {
  const { t } = useTranslation('mentorships');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState(String(saved.months));
  const [extension, setExtension] = useState(String(saved.extensionMonths));
  const [pauseMovesEnd, setPauseMovesEnd] = useState(saved.pauseMovesEnd);
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: () =>
      saveMentorshipSettings(programmeId, {
        months: Number(months),
        extensionMonths: Number(extension),
        pauseMovesEnd,
      }),
    onSuccess: async () => {
      setStatus(t('settings.saved'));
      await queryClient.invalidateQueries({ queryKey: mentorshipsKey(programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        id="settings-months"
        type="number"
        inputMode="numeric"
        min={1}
        max={24}
        label={t('settings.months')}
        value={months}
        onChange={(e) => setMonths(e.target.value)}
      />
      <TextField
        id="settings-extension"
        type="number"
        inputMode="numeric"
        min={0}
        max={12}
        label={t('settings.extension')}
        value={extension}
        onChange={(e) => setExtension(e.target.value)}
      />
      <div className="form-group">
        <input
          id="settings-pause"
          type="checkbox"
          className="form-checkbox"
          checked={pauseMovesEnd}
          onChange={(e) => setPauseMovesEnd(e.target.checked)}
        />
        <label htmlFor="settings-pause">{t('settings.pauseMovesEnd')}</label>
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('settings.save')}
      </button>
      <p role="status" className="pair-status">
        {status}
      </p>
    </form>
  );
}
