import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { StaffWishesProfile } from '../matching.contract.ts';
import { markMustNotMatch, matchingKey, personWishesQuery, savePersonWishes } from './matching.requests.ts';
import { MatchingFrame, type Programme, QueryState } from './matching-frame.tsx';
import { WishesForm } from './wishes-form.tsx';

/**
 * Route `/matching/personer/:userId`, for staff: a peer's or mentor's wishes (reading them is
 * audited), their pause, and the people they must never be matched with.
 */
export function PersonWishesPage() {
  const { t } = useTranslation('matching');
  return (
    <MatchingFrame documentTitle={t('person.documentTitle')}>
      {(programme, search) => <PersonWishes key={programme.id} programme={programme} search={search} />}
    </MatchingFrame>
  );
}

function PersonWishes({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('matching');
  const { userId = '' } = useParams();
  const queryClient = useQueryClient();
  const profile = useQuery(personWishesQuery(programme.id, userId));
  const [paused, setPaused] = useState<boolean | null>(null);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof savePersonWishes>[2]) =>
      savePersonWishes(programme.id, userId, body),
    onSuccess: (saved) => queryClient.setQueryData(personWishesQuery(programme.id, userId).queryKey, saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchingKey(programme.id) }),
  });
  const back = (
    <p>
      <Link to={`/matching${search}`} className="matching-link">
        {t('round.back')}
      </Link>
    </p>
  );
  if (!profile.data)
    return (
      <>
        <title>{`${t('person.documentTitle')} – makker`}</title>
        {back}
        <QueryState query={profile} />
      </>
    );
  const data = profile.data;
  const isPaused = paused ?? data.paused;
  return (
    <>
      <title>{`${data.name} – ${t('person.documentTitle')} – makker`}</title>
      {back}
      <h1>{data.name}</h1>
      <p className="font-lead">{t(`person.role.${data.role}`)}</p>
      <MustNotMatch programmeId={programme.id} profile={data} />
      <h2>{t('round.wishes')}</h2>
      <WishesForm
        key={data.updatedAt ?? 'draft'}
        profile={data}
        staff
        saving={save.isPending}
        error={save.error}
        saved={save.isSuccess}
        onSave={(wishes) => save.mutate({ wishes, paused: isPaused })}
      >
        <div className="form-group">
          <div className="form-group-checkbox">
            <input
              id="wishes-paused"
              type="checkbox"
              className="form-checkbox"
              aria-describedby="wishes-paused-hint"
              checked={isPaused}
              onChange={(e) => setPaused(e.target.checked)}
            />
            <label htmlFor="wishes-paused">{t('person.paused')}</label>
            <span className="form-hint" id="wishes-paused-hint">
              {t('person.pausedHint')}
            </span>
          </div>
        </div>
      </WishesForm>
    </>
  );
}

function MustNotMatch({ programmeId, profile }: { programmeId: string; profile: StaffWishesProfile }) {
  const { t } = useTranslation('matching');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState('');
  const mark = useMutation({
    mutationFn: ({ otherUserId, remove }: { otherUserId: string; remove: boolean }) =>
      markMustNotMatch(programmeId, profile.userId, otherUserId, remove),
    onSuccess: (saved) => {
      queryClient.setQueryData(personWishesQuery(programmeId, profile.userId).queryKey, saved);
      setChosen('');
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchingKey(programmeId) }),
  });
  return (
    <section aria-labelledby="must-not-match-heading" className="matching-section">
      <h2 id="must-not-match-heading">{t('person.mustNotMatch')}</h2>
      <p className="form-hint">{t('person.mustNotMatchHint')}</p>
      {profile.mustNotMatch.length === 0 ? (
        <p>{t('person.mustNotMatchNone')}</p>
      ) : (
        <ul className="matching-plain-list">
          {profile.mustNotMatch.map((p) => (
            <li key={p.userId}>
              {p.name}{' '}
              <button
                type="button"
                className="button button-tertiary matching-action"
                onClick={() => mark.mutate({ otherUserId: p.userId, remove: true })}
              >
                {t('person.remove', { name: p.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor="must-not-match-choose">
          {t('person.mustNotMatchAdd')}
        </label>
        <select
          id="must-not-match-choose"
          className="form-select"
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          <option value="">{t('person.mustNotMatchChoose')}</option>
          {profile.candidates.map((c) => (
            <option key={c.userId} value={c.userId}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={!chosen || mark.isPending}
        onClick={() => mark.mutate({ otherUserId: chosen, remove: false })}
      >
        {t('person.mustNotMatchAddButton')}
      </button>
      {mark.isError ? (
        <p className="form-error-message" role="alert">
          {problemMessage(mark.error)}
        </p>
      ) : null}
    </section>
  );
}
