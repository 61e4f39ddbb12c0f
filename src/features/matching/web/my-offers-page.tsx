import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { MyOffer, Share } from '../matching.contract.ts';
import { useExplainPart } from './explain-pair.ts';
import { answerOffer, matchingKey, myOffersQuery, myShareQuery, saveMyShare } from './matching.requests.ts';
import { QueryState } from './matching-frame.tsx';

/**
 * Route `/min-side/makker-tilbud`, for peers and mentors: the offers of a possible partner — what
 * that person chose to share and why you were matched — with yes or no (a reason for staff only),
 * the first meeting when staff arranged it, and what you share yourself (decision 041).
 */
export function MyOffersPage() {
  const { t } = useTranslation('matching');
  const [params] = useSearchParams();
  return (
    <RequireLogin documentTitle={t('offers.documentTitle')}>
      {(me) => {
        const pool = me.memberships.filter((m) => m.roles.includes('peer') || m.roles.includes('mentor'));
        const chosen = pool.find((m) => m.programme.slug === params.get('projekt')) ?? pool[0];
        return (
          <div className="matching-page matching-own">
            <title>{`${t('offers.documentTitle')} – makker`}</title>
            <h1>{t('offers.title')}</h1>
            <p className="font-lead">{t('offers.intro')}</p>
            {chosen ? (
              <>
                <Offers programmeId={chosen.programme.id} />
                <MyShare programmeId={chosen.programme.id} />
              </>
            ) : (
              <p>{t('mine.none')}</p>
            )}
          </div>
        );
      }}
    </RequireLogin>
  );
}

function Offers({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('matching');
  const offers = useQuery(myOffersQuery(programmeId));
  if (!offers.data) return <QueryState query={offers} />;
  if (offers.data.offers.length === 0) return <p>{t('offers.none')}</p>;
  return (
    // Cards one after the other, not the staff pages' grid: a form in a grid item would not shrink.
    <>
      {offers.data.offers.map((offer) => (
        <section key={offer.id} className="matching-card" aria-label={t('offers.title')}>
          <OfferCard programmeId={programmeId} offer={offer} />
        </section>
      ))}
    </>
  );
}

function OfferCard({ programmeId, offer }: { programmeId: string; offer: MyOffer }) {
  const { t, i18n } = useTranslation('matching');
  const explain = useExplainPart(offer.activities);
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const answer = useMutation({
    mutationFn: (accept: boolean) =>
      answerOffer(programmeId, offer.id, { accept, reason: reason || undefined }),
    onSuccess: (data) => queryClient.setQueryData(myOffersQuery(programmeId).queryKey, data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchingKey(programmeId) }),
  });
  const other = offer.other;
  const when = offer.meeting
    ? new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: 'Europe/Copenhagen',
      }).format(new Date(offer.meeting.at))
    : null;
  const reasonId = `offer-reason-${offer.id}`;
  return (
    <>
      <h2 className="h3">
        {other.firstName
          ? t(`offers.heading.${offer.role}`, { name: other.firstName })
          : t(`offers.headingNoName.${offer.role}`)}
      </h2>
      <p>
        <span className={`badge ${offer.status === 'started' ? 'badge-success' : 'badge-neutral'}`}>
          {t(`offers.status.${offer.status}`)}
        </span>
      </p>
      <h3 className="h5">{t('offers.about')}</h3>
      {other.words || other.activities?.length || other.background ? (
        <ul>
          {other.words ? <li>{other.words}</li> : null}
          {other.activities?.length ? (
            <li>{t('offers.likes', { list: other.activities.join(', ') })}</li>
          ) : null}
          {other.background ? <li>{t(`offers.background.${other.background}`)}</li> : null}
        </ul>
      ) : (
        <p>{t('offers.nothingShared')}</p>
      )}
      <h3 className="h5">{t('offers.why')}</h3>
      <ul>
        {offer.parts
          .filter((p) => p.points > 0 && p.outcome !== 'no-wish')
          .map((p) => (
            <li key={p.part}>{explain(p)}</li>
          ))}
      </ul>
      <h3 className="h5">{t('offers.meeting')}</h3>
      <p>
        {offer.meeting && when
          ? t(`offers.meetingAt.${offer.meeting.place}`, { when, note: offer.meeting.note })
          : t('offers.meetingLater')}
      </p>
      {offer.status === 'offered' && offer.myAnswer === null ? (
        <div>
          <div className="form-group">
            <label className="form-label" htmlFor={reasonId}>
              {t('offers.reason')}
            </label>
            <span className="form-hint" id={`${reasonId}-hint`}>
              {t('offers.reasonHint')}
            </span>
            <textarea
              id={reasonId}
              className="form-input"
              rows={3}
              maxLength={1000}
              aria-describedby={`${reasonId}-hint`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="matching-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={answer.isPending}
              onClick={() => answer.mutate(true)}
            >
              {t('offers.accept')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={answer.isPending}
              onClick={() => answer.mutate(false)}
            >
              {t('offers.decline')}
            </button>
          </div>
          {answer.isError ? (
            <p className="form-error-message" role="alert">
              {problemMessage(answer.error)}
            </p>
          ) : null}
        </div>
      ) : offer.myAnswer ? (
        <p role="status">{t(`offers.answered.${offer.myAnswer}`)}</p>
      ) : null}
    </>
  );
}

function MyShare({ programmeId }: { programmeId: string }) {
  const share = useQuery(myShareQuery(programmeId));
  if (!share.data) return <QueryState query={share} />;
  return <ShareForm programmeId={programmeId} initial={share.data} />;
}

function ShareForm({ programmeId, initial }: { programmeId: string; initial: Share }) {
  const { t } = useTranslation('matching');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [share, setShare] = useState(initial);
  const save = useMutation({
    mutationFn: () => saveMyShare(programmeId, share),
    onSuccess: (saved) => queryClient.setQueryData(myShareQuery(programmeId).queryKey, saved),
  });
  const box = (key: keyof Share['choices']) => (
    <div className="form-group-checkbox" key={key}>
      <input
        id={`share-${key}`}
        type="checkbox"
        className="form-checkbox"
        checked={share.choices[key]}
        onChange={(e) => setShare({ ...share, choices: { ...share.choices, [key]: e.target.checked } })}
      />
      <label htmlFor={`share-${key}`}>{t(`offers.share.${key}`)}</label>
    </div>
  );
  return (
    <form
      className="matching-card"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 className="h3">{t('offers.share.title')}</h2>
      <p>{t('offers.share.intro')}</p>
      <fieldset>
        <legend className="form-label">{t('offers.share.legend')}</legend>
        {(['firstName', 'activities', 'background'] as const).map(box)}
      </fieldset>
      <div className="form-group">
        <label className="form-label" htmlFor="share-words">
          {t('offers.share.words')}
        </label>
        <textarea
          id="share-words"
          className="form-input"
          rows={3}
          maxLength={300}
          value={share.words}
          onChange={(e) => setShare({ ...share, words: e.target.value })}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('offers.share.save')}
      </button>
      {save.isSuccess ? <p role="status">{t('offers.share.saved')}</p> : null}
      {save.isError ? (
        <p className="form-error-message" role="alert">
          {problemMessage(save.error)}
        </p>
      ) : null}
    </form>
  );
}
