import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { CohortDetail, CourseSession, ProgressState } from '../training.contract.ts';
import { STATUS_BADGE } from './cohort-list-page.tsx';
import { MemberCertificate, MemberDeparture } from './cohort-member-actions.tsx';
import { AddToCohort, RemoveMember, WaitingList } from './cohort-places.tsx';
import { cohortQuery } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';
import { type Programme, QueryState, TrainingFrame } from './training-frame.tsx';

/** Route `/hold/:cohortId`: the cohort's facts, members, waiting list and plan, each session editable. */
export function CohortPage() {
  const { t } = useTranslation('training');
  return (
    <TrainingFrame documentTitle={t('documentTitle')}>
      {(programme, search) => <CohortContent key={programme.id} programme={programme} search={search} />}
    </TrainingFrame>
  );
}

function CohortContent({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('training');
  const { cohortId = '' } = useParams();
  const cohort = useQuery(cohortQuery(programme.id, cohortId));
  const back = (
    <p>
      <Link to={`/hold${search}`} className="training-link">
        {t('cohort.back')}
      </Link>
    </p>
  );
  if (!cohort.data) {
    const missing = (
      <>
        <h1>{t('cohort.notFoundTitle')}</h1>
        <p className="font-lead">{t('cohort.notFound')}</p>
      </>
    );
    return (
      <>
        <title>{`${t('documentTitle')} – makker`}</title>
        {back}
        <QueryState query={cohort} missing={missing} />
      </>
    );
  }
  return <CohortDetails programmeId={programme.id} cohort={cohort.data} search={search} back={back} />;
}

function CohortDetails({
  programmeId,
  cohort,
  search,
  back,
}: {
  programmeId: string;
  cohort: CohortDetail;
  search: string;
  back: React.ReactNode;
}) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const { state } = useLocation() as { state: { created?: boolean } | null };
  return (
    <>
      <title>{`${cohort.name} – makker`}</title>
      {back}
      <h1>{cohort.name}</h1>
      <div role="status" className="training-status">
        {state?.created ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{t('cohort.created')}</p>
            </div>
          </div>
        ) : null}
      </div>
      <dl className="training-facts">
        <div>
          <dt>{t('cohort.facts.status')}</dt>
          <dd>
            <span className={STATUS_BADGE[cohort.status]}>{t(`status.${cohort.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('cohort.facts.starts')}</dt>
          <dd>{format.month(cohort.startMonth)}</dd>
        </div>
        <div>
          <dt>{t('cohort.facts.places')}</dt>
          <dd>{t('list.places', { members: cohort.members, capacity: cohort.capacity })}</dd>
        </div>
        <div>
          <dt>{t('cohort.facts.leads')}</dt>
          <dd>{cohort.leads.length ? cohort.leads.map((l) => l.name).join(', ') : t('cohort.noLeads')}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/hold/${cohort.id}/tal${search}`} className="training-link">
          {t('stats.link')}
        </Link>
      </p>
      <div className="row">
        <div className="col-12 col-lg-7">
          <CoursePlan cohort={cohort} search={search} />
        </div>
        <div className="col-12 col-lg-5">
          <MemberProgressList programmeId={programmeId} cohort={cohort} />
          <WaitingList programmeId={programmeId} cohort={cohort} />
          <AddToCohort programmeId={programmeId} cohort={cohort} />
        </div>
      </div>
    </>
  );
}

const PROGRESS_BADGE: Record<ProgressState, string> = {
  complete: 'badge badge-success',
  'on-track': 'badge badge-info',
  'at-risk': 'badge badge-warning',
  'not-complete': 'badge badge-error',
};

/** Each member with where they stand against the programme's rules, those at risk first. */
function MemberProgressList({ programmeId, cohort }: { programmeId: string; cohort: CohortDetail }) {
  const { t } = useTranslation('training');
  const order: ProgressState[] = ['at-risk', 'not-complete', 'on-track', 'complete'];
  const members = cohort.memberList
    .map((m) => ({ ...m, progress: cohort.progress.find((p) => p.userId === m.id)! }))
    .sort((a, b) => order.indexOf(a.progress.state) - order.indexOf(b.progress.state));
  const months = cohort.sessions.filter((x) => x.kind === 'teaching').length;
  return (
    <section aria-labelledby="training-members" className="training-section">
      <h2 id="training-members">{t('progress.title', { count: members.length })}</h2>
      <p className="form-hint">
        {t('progress.intro', {
          months,
          teaching: cohort.rules.completion.teaching,
          supervision: cohort.rules.completion.supervision,
          ready: cohort.rules.readiness.teaching,
        })}
      </p>
      {members.length === 0 ? (
        <p>{t('cohort.noMembers')}</p>
      ) : (
        <ul className="training-people training-progress">
          {members.map((m) => (
            <li key={m.id}>
              <span className="weight-semibold">{m.name}</span>{' '}
              <span className={PROGRESS_BADGE[m.progress.state]}>
                {t(`progress.state.${m.progress.state}`)}
              </span>
              <br />
              {t('progress.counts', {
                teaching: `${m.progress.teaching}/${months}`,
                supervision: `${m.progress.supervision}/${months}`,
              })}
              <br />
              {m.progress.ready ? t('progress.ready') : t('progress.notReady')}
              {m.progress.state === 'complete' ? (
                <MemberCertificate
                  programmeId={programmeId}
                  cohortId={cohort.id}
                  member={m}
                  issue={cohort.certificates.find((c) => c.userId === m.id)}
                />
              ) : cohort.attendance.some((a) => a.userId === m.id) ? (
                <MemberDeparture programmeId={programmeId} cohortId={cohort.id} member={m} />
              ) : (
                <RemoveMember programmeId={programmeId} cohortId={cohort.id} member={m} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Staff open the register as a session begins (the server takes marks from an hour before). */
export function canRegister(session: Pick<CourseSession, 'startsAt'>, now = Date.now()): boolean {
  return new Date(session.startsAt).getTime() - now <= 60 * 60_000;
}

/** The session's name as the plan says it: "Undervisningsdag 3". */
export function useSessionName() {
  const { t } = useTranslation('training');
  return (session: Pick<CourseSession, 'kind' | 'number'>) =>
    t('cohort.number', { kind: t(`kind.${session.kind}`), number: session.number });
}

function CoursePlan({ cohort, search }: { cohort: CohortDetail; search: string }) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const sessionName = useSessionName();
  return (
    <section aria-labelledby="training-plan" className="training-section">
      <h2 id="training-plan">{t('cohort.plan')}</h2>
      <p>{t('cohort.planIntro')}</p>
      <ol className="training-plan">
        {cohort.sessions.map((session) => (
          <li key={session.id} className={`training-session training-session-${session.kind}`}>
            <h3 className="h4">{sessionName(session)}</h3>
            <p className="training-session-time">
              {format.day(session.startsAt)}, {format.hours(session.startsAt, session.endsAt)}
            </p>
            <p>{session.topic || t('cohort.noTopic')}</p>
            {session.place ? <p>{session.place}</p> : null}
            {session.teacher ? <p>{session.teacher}</p> : null}
            {session.movedForHoliday ? (
              <p className="form-hint">{t('cohort.movedForHoliday', { holiday: session.movedForHoliday })}</p>
            ) : null}
            <div className="training-session-actions">
              {canRegister(session) ? (
                <Link
                  to={`/hold/${cohort.id}/gange/${session.id}/fremmoede${search}`}
                  className="button button-primary training-action"
                  aria-label={t('register.linkLabel', { session: sessionName(session) })}
                >
                  {t('register.link')}
                </Link>
              ) : null}
              <Link
                to={`/hold/${cohort.id}/gange/${session.id}${search}`}
                className="button button-secondary training-action"
                aria-label={t('cohort.editLabel', { session: sessionName(session) })}
              >
                {t('cohort.edit')}
              </Link>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
