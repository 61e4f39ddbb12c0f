import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { canTake } from '../mentorship-states.ts';
import type { StaffMentorship } from '../mentorships.contract.ts';
import { MentorRelapseAction } from './mentor-relapse-action.tsx';
import { staffMentorshipQuery } from './mentorships.requests.ts';
import { useMentorshipFormat } from './mentorships-format.ts';
import { QueryState, StaffFrame } from './mentorships-frame.tsx';
import { EndForm, PauseForm, RhythmButton, useStep } from './pair-steps.tsx';
import { Notes, Tasks, Timeline } from './staff-follow-up.tsx';

/** Route `/forloeb/:mentorshipId`, for staff: the pair, both ratings, the reasons, the history. */
export function StaffPairPage() {
  const { t } = useTranslation('mentorships');
  const { mentorshipId = '' } = useParams();
  return (
    <StaffFrame documentTitle={t('staffPair.documentTitle')}>
      {(programme, search) => (
        <>
          <p>
            <Link to={`/forloeb${search}`} className="tap-link">
              {t('staff.back')}
            </Link>
          </p>
          <StaffPair programmeId={programme.id} mentorshipId={mentorshipId} />
        </>
      )}
    </StaffFrame>
  );
}

function StaffPair({ programmeId, mentorshipId }: { programmeId: string; mentorshipId: string }) {
  const { t } = useTranslation('mentorships');
  const pair = useQuery(staffMentorshipQuery(programmeId, mentorshipId));
  if (!pair.data) return <QueryState query={pair} />;
  const p = pair.data;
  const title = t('staffPair.title', {
    peer: p.peer?.name ?? t('staffPair.unknown'),
    mentor: p.mentor?.name ?? t('staffPair.unknown'),
  });
  return (
    <>
      <title>{`${title} – makker`}</title>
      <h1>{title}</h1>
      <Summary pair={p} programmeId={programmeId} />
      <Meetings pair={p} />
      <Tasks pair={p} programmeId={programmeId} />
      <Notes pair={p} programmeId={programmeId} />
      <Timeline pair={p} />
      {p.mentor && p.state !== 'closed' ? (
        <MentorRelapseAction programmeId={programmeId} mentor={p.mentor} />
      ) : null}
    </>
  );
}

function Summary({ pair, programmeId }: { pair: StaffMentorship; programmeId: string }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const { step, status } = useStep(programmeId, pair.id, t('staffPair.done'));
  const course = { ...pair, resumeAgreed: pair.resumeAgreed };
  const ready = pair.resumeAgreed.map((who) => t(`staffPair.${who}`)).join(', ');
  const kept = pair.rhythmKept;
  return (
    <section aria-label={t(`state.${pair.state}`)}>
      <p>
        <span className={`badge pair-state pair-state-${pair.state}`}>{t(`state.${pair.state}`)}</span>{' '}
        {t(`rhythm.${pair.rhythm}`)}
        {kept.light ? (
          <>
            {' · '}
            <span className={`pair-light pair-light-${kept.light}`}>{t(`light.${kept.light}`)}</span>
          </>
        ) : null}
      </p>
      <p>{t('staffPair.dates', { start: format.date(pair.startDate), end: format.date(pair.endDate) })}</p>
      <p>
        {t('staffPair.rhythmKept', {
          met: kept.meetingsLast4Weeks,
          agreed: kept.agreedLast4Weeks,
          days: kept.daysSinceLastMeeting ?? '–',
        })}
      </p>
      {pair.endReason ? <p>{t(`endReason.${pair.endReason}`)}</p> : null}
      {pair.extensionOutcome ? <p>{t(`staffPair.extension.${pair.extensionOutcome}`)}</p> : null}
      {pair.state === 'paused' ? (
        <>
          <p>{ready ? t('staffPair.ready', { who: ready }) : t('staffPair.readyNone')}</p>
          <p className="form-hint">{t('staffPair.resumeHint')}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={step.isPending || !canTake(course, 'resume', 'staff')}
            onClick={() => step.mutate({ name: 'resume' })}
          >
            {t('staffPair.resume')}
          </button>
        </>
      ) : null}
      {pair.state === 'proposed' ? (
        <div className="pair-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={step.isPending}
            onClick={() => step.mutate({ name: 'start' })}
          >
            {t('staffPair.start')}
          </button>
          <button
            type="button"
            className="button button-tertiary"
            disabled={step.isPending}
            onClick={() => step.mutate({ name: 'withdraw' })}
          >
            {t('staffPair.withdraw')}
          </button>
        </div>
      ) : null}
      {canTake(course, 'change-rhythm', 'staff') ? (
        <RhythmButton
          programmeId={programmeId}
          mentorshipId={pair.id}
          rhythm={pair.rhythm}
          label="staffPair.changeRhythm"
        />
      ) : null}
      {pair.state === 'ending' ? (
        <button
          type="button"
          className="button button-primary"
          disabled={step.isPending}
          onClick={() => step.mutate({ name: 'close' })}
        >
          {t('staffPair.close')}
        </button>
      ) : null}
      <p role="status" className="pair-status">
        {status}
      </p>
      <div className="pair-own-steps">
        {canTake(course, 'pause', 'staff') ? (
          <PauseForm programmeId={programmeId} mentorshipId={pair.id} label={t('staffPair.pauseOpen')} />
        ) : null}
        {canTake(course, 'end', 'staff') ? (
          <EndForm
            programmeId={programmeId}
            mentorshipId={pair.id}
            reasons={['planned', 'moved', 'lost-contact', 'relapse', 'not-a-good-match', 'other']}
          />
        ) : null}
      </div>
    </section>
  );
}

function Meetings({ pair }: { pair: StaffMentorship }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const r = (v: number | null) => (v === null ? t('staffPair.noRating') : String(v));
  return (
    <section aria-labelledby="staff-meetings-heading">
      <h2 id="staff-meetings-heading">{t('staffPair.meetings')}</h2>
      {pair.meetings.length ? (
        <ul className="pair-meetings">
          {pair.meetings.map((m) => (
            <li key={m.id} className="pair-meeting">
              <p className="weight-semibold">
                {t('meetings.when', { day: format.day(m.startsAt), time: format.time(m.startsAt) })}
              </p>
              <p>
                {t(`place.${m.placeType}`)} · {t(`meetingStatus.${m.status}`)} ·{' '}
                {t('staffPair.ratings', { peer: r(m.ratings.peer), mentor: r(m.ratings.mentor) })}
              </p>
              {m.note ? <p>{m.note}</p> : null}
              {m.homeFlag ? <p className="pair-flag">{t(`staffPair.homeFlag.${m.homeFlag}`)}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('meetings.none')}</p>
      )}
    </section>
  );
}
