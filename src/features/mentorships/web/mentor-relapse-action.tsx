import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiFetch } from '../../../shared/api-client.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { MentorRelapseOutcome } from '../mentor-relapse.contract.ts';
import { mentorshipsKey } from './mentorships.requests.ts';

/**
 * On the staff pair page: "the mentor has had a relapse" (decision 049), behind a confirmation
 * step — all the mentor's running pairs are paused and they leave matching. What it says to the
 * peers is only that their pair is paused.
 */
export function MentorRelapseAction({
  programmeId,
  mentor,
}: {
  programmeId: string;
  mentor: { id: string; name: string };
}) {
  const { t } = useTranslation('mentorships');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [done, setDone] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const name = mentor.name;
  const record = useMutation({
    mutationFn: () =>
      apiFetch<MentorRelapseOutcome>(`/api/programmes/${programmeId}/mentors/${mentor.id}/relapse`, {
        method: 'POST',
      }),
    onSuccess: async (outcome) => {
      setConfirming(false);
      setDone(true);
      setStatus(t('mentorRelapse.done', { count: outcome.pausedMentorshipIds.length, name }));
      await queryClient.invalidateQueries({ queryKey: mentorshipsKey(programmeId) });
    },
    onError: (e) => {
      setConfirming(false);
      setStatus(problemMessage(e));
    },
  });
  return (
    <section aria-labelledby="mentor-relapse-heading" className="pair-mentor-relapse">
      <h2 id="mentor-relapse-heading">{t('mentorRelapse.title')}</h2>
      <p>{t('mentorRelapse.intro', { name })}</p>
      <p className="form-hint">{t('mentorRelapse.private')}</p>
      {confirming ? (
        <div
          className="alert alert-warning"
          role="alertdialog"
          aria-labelledby="mentor-relapse-confirm"
          ref={confirmRef}
          tabIndex={-1}
        >
          <div className="alert-body">
            <p className="alert-heading" id="mentor-relapse-confirm">
              {t('mentorRelapse.confirmTitle')}
            </p>
            <p className="alert-text">{t('mentorRelapse.confirmText', { name })}</p>
            <div className="pair-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={record.isPending}
                onClick={() => record.mutate()}
              >
                {t('mentorRelapse.confirm')}
              </button>
              <button type="button" className="button button-tertiary" onClick={() => setConfirming(false)}>
                {t('mentorRelapse.cancel')}
              </button>
            </div>
          </div>
        </div>
      ) : done ? null : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setStatus('');
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          {t('mentorRelapse.open')}
        </button>
      )}
      <p role="status" className="pair-status">
        {status}
      </p>
      {done ? (
        <>
          <p>{t('mentorRelapse.followUp', { name })}</p>
          <p>
            <Link to={`/matching/personer/${mentor.id}`} className="tap-link">
              {t('mentorRelapse.matchingLink', { name })}
            </Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
