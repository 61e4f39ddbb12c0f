import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import type { PairView } from '../mentorships.contract.ts';
import { ExtensionQuestion } from './extension-question.tsx';
import { MeetingItem } from './meeting-item.tsx';
import { myMentorshipsQuery } from './mentorships.requests.ts';
import { useMentorshipFormat } from './mentorships-format.ts';
import { QueryState } from './mentorships-frame.tsx';
import { EndForm, PausedNotice, PauseForm, RhythmButton } from './pair-steps.tsx';
import { PlanMeetingForm } from './plan-meeting-form.tsx';
import { SupportContacts } from './support-contacts.tsx';
import { WeekStrip } from './week-strip.tsx';

/**
 * Route `/min-side/makker`, for a peer or a mentor (phones first, 320 px up): the next meeting,
 * the weeks kept, weeks left, help one tap away, and the pair's own steps (`?projekt=<slug>`
 * when they are in several programmes).
 */
export function MyPairPage() {
  const { t } = useTranslation('mentorships');
  const [params] = useSearchParams();
  return (
    <RequireLogin documentTitle={t('pair.documentTitle')}>
      {(me) => {
        const inPair = me.memberships.filter((m) => m.roles.includes('peer') || m.roles.includes('mentor'));
        const chosen = inPair.find((m) => m.programme.slug === params.get('projekt')) ?? inPair[0];
        return (
          <div className="pair-page">
            <title>{`${t('pair.documentTitle')} – makker`}</title>
            <h1>{t('pair.title')}</h1>
            {chosen ? (
              <MyPairs programmeId={chosen.programme.id} slug={chosen.programme.slug} />
            ) : (
              <p>{t('pair.none')}</p>
            )}
          </div>
        );
      }}
    </RequireLogin>
  );
}

function MyPairs({ programmeId, slug }: { programmeId: string; slug: string }) {
  const { t } = useTranslation('mentorships');
  const pairs = useQuery(myMentorshipsQuery(programmeId));
  if (!pairs.data) return <QueryState query={pairs} />;
  const [pair] = pairs.data.mentorships;
  if (!pair)
    return (
      <>
        <p>{t('pair.none')}</p>
        <SupportContacts slug={slug} />
      </>
    );
  return <Pair pair={pair} slug={slug} />;
}

function Pair({ pair, slug }: { pair: PairView; slug: string }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const ids = { programmeId: pair.programmeId, mentorshipId: pair.id, canMove: pair.state === 'active' };
  const endingText =
    pair.endedBy === 'partner' ? 'endingByPartner' : pair.endedBy === 'me' ? 'endingByMe' : 'endingByStaff';
  return (
    <>
      <p className="font-lead">
        {pair.partner ? t('pair.withPartner', { name: pair.partner.name }) : t('pair.partnerGone')}
      </p>
      <p>
        <span className={`badge pair-state pair-state-${pair.state}`}>{t(`state.${pair.state}`)}</span>{' '}
        {t('pair.rhythm', { rhythm: t(`rhythm.${pair.rhythm}`).toLowerCase() })}
      </p>
      <p>{t('pair.weeksLeft', { count: pair.weeksLeft, date: format.date(pair.endDate) })}</p>
      <ExtensionQuestion pair={pair} />
      {pair.state === 'paused' ? <PausedNotice pair={pair} /> : null}
      {pair.state === 'ending' ? (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-heading">{t('pair.ending')}</p>
            <p className="alert-text">{t(`pair.${endingText}`)}</p>
          </div>
        </div>
      ) : null}
      <p>
        <Link to={`/min-side/makker/beskeder?projekt=${slug}`} className="button button-primary">
          {t('pair.messages')}
        </Link>
      </p>
      <SupportContacts slug={slug} />
      <section aria-labelledby="pair-next-heading" className="pair-next">
        <h2 id="pair-next-heading" className="h3">
          {t('pair.next')}
        </h2>
        {pair.nextMeeting ? (
          <ul className="pair-meetings">
            <MeetingItem {...ids} meeting={pair.nextMeeting} />
          </ul>
        ) : (
          <p>{t('pair.noNext')}</p>
        )}
      </section>
      {pair.can.planMeeting ? (
        <PlanMeetingForm programmeId={pair.programmeId} mentorshipId={pair.id} />
      ) : null}
      <WeekStrip weeks={pair.weeks} />
      <section aria-labelledby="pair-meetings-heading">
        <h2 id="pair-meetings-heading" className="h3">
          {t('meetings.title')}
        </h2>
        {pair.meetings.length ? (
          <ul className="pair-meetings">
            {pair.meetings
              .filter((m) => m.id !== pair.nextMeeting?.id)
              .map((m) => (
                <MeetingItem key={m.id} {...ids} meeting={m} />
              ))}
          </ul>
        ) : (
          <p>{t('meetings.none')}</p>
        )}
      </section>
      <div className="pair-own-steps">
        {pair.state === 'active' ? (
          <RhythmButton
            programmeId={pair.programmeId}
            mentorshipId={pair.id}
            rhythm={pair.rhythm}
            label="pair.changeRhythm"
          />
        ) : null}
        {pair.can.pause ? <PauseForm programmeId={pair.programmeId} mentorshipId={pair.id} /> : null}
        {pair.can.end ? <EndForm programmeId={pair.programmeId} mentorshipId={pair.id} /> : null}
      </div>
    </>
  );
}
