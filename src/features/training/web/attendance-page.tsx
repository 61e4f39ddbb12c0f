import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import {
  ATTENDANCE_MARKS,
  type Attendance,
  type AttendanceMark,
  type CohortDetail,
  type CourseSession,
  type PersonRef,
  type RecordAttendanceRequest,
} from '../training.contract.ts';
import { useSessionName } from './cohort-page.tsx';
import { absenceNoticesQuery, cohortQuery, recordAttendance, trainingKey } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';
import { type Programme, QueryState, TrainingFrame } from './training-frame.tsx';

/**
 * Route `/hold/:cohortId/gange/:sessionId/fremmoede`: the register on a phone in the room. Each
 * member has four buttons (present, late, absent with notice, absent); one tap saves it, and the
 * live region says what was saved. A missed session can be marked made up today.
 */
export function AttendancePage() {
  const { t } = useTranslation('training');
  return (
    <TrainingFrame documentTitle={t('register.documentTitle')}>
      {(programme, search) => <AttendanceContent key={programme.id} programme={programme} search={search} />}
    </TrainingFrame>
  );
}

function AttendanceContent({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('training');
  const { cohortId = '', sessionId = '' } = useParams();
  const cohort = useQuery(cohortQuery(programme.id, cohortId));
  const session = cohort.data?.sessions.find((s) => s.id === sessionId);
  if (!cohort.data || !session) {
    const missing = (
      <>
        <h1>{t('cohort.notFoundTitle')}</h1>
        <p className="font-lead">{t('cohort.notFound')}</p>
      </>
    );
    return (
      <>
        <title>{`${t('register.documentTitle')} – makker`}</title>
        {cohort.data ? missing : <QueryState query={cohort} missing={missing} />}
      </>
    );
  }
  return <Register programmeId={programme.id} cohort={cohort.data} session={session} search={search} />;
}

function Register({
  programmeId,
  cohort,
  session,
  search,
}: {
  programmeId: string;
  cohort: CohortDetail;
  session: CourseSession;
  search: string;
}) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const sessionName = useSessionName();
  const [message, setMessage] = useState('');
  const notices = useQuery(absenceNoticesQuery(programmeId, cohort.id, session.id));
  const name = sessionName(session);
  return (
    <>
      <title>{`${t('register.documentTitle')} – ${name} – makker`}</title>
      <p>
        <Link to={`/hold/${cohort.id}${search}`} className="training-link">
          {t('session.back', { cohort: cohort.name })}
        </Link>
      </p>
      <h1>{t('register.title', { session: name })}</h1>
      <p className="font-lead">
        {format.day(session.startsAt)}, {format.hours(session.startsAt, session.endsAt)}
      </p>
      <p>{t('register.intro')}</p>
      <p role="status" className="training-status">
        {message}
      </p>
      {cohort.memberList.length === 0 ? (
        <p>{t('register.noMembers')}</p>
      ) : (
        <ul className="training-register">
          {cohort.memberList.map((member) => (
            <MemberRow
              key={member.id}
              programmeId={programmeId}
              cohortId={cohort.id}
              session={session}
              member={member}
              current={cohort.attendance.find((a) => a.sessionId === session.id && a.userId === member.id)}
              reason={notices.data?.notices.find((n) => n.userId === member.id)?.reason}
              onSaved={setMessage}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function MemberRow({
  programmeId,
  cohortId,
  session,
  member,
  current,
  reason,
  onSaved,
}: {
  programmeId: string;
  cohortId: string;
  session: CourseSession;
  member: PersonRef;
  current: Attendance | undefined;
  /** The member's own reason, when they sent notice of absence. */
  reason?: string | undefined;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: RecordAttendanceRequest) =>
      recordAttendance(programmeId, cohortId, session.id, member.id, body),
    onSuccess: async (saved, body) => {
      if (body.mark)
        onSaved(t('register.saved', { name: member.name, mark: t(`register.marks.${body.mark}`) }));
      else
        onSaved(t(saved.madeUpOn ? 'register.makeUpSaved' : 'register.makeUpRemoved', { name: member.name }));
      await queryClient.invalidateQueries({ queryKey: trainingKey(programmeId) });
    },
    onError: (error) => onSaved(problemMessage(error)),
  });
  const mark = save.isPending && save.variables.mark ? save.variables.mark : current?.mark;
  const missed = mark === 'absent' || mark === 'absent-notice';
  const legendId = `register-${member.id}`;
  return (
    <li>
      <fieldset aria-describedby={`${legendId}-state`}>
        <legend id={legendId}>{member.name}</legend>
        <span id={`${legendId}-state`} className="form-hint">
          {mark ? t(`register.marks.${mark}`) : t('register.notYet')}
          {current?.madeUpOn
            ? ` · ${t('register.madeUp', { date: format.shortDay(`${current.madeUpOn}T12:00:00Z`) })}`
            : null}
        </span>
        {reason ? <p className="training-absence-reason">{t('absence.staffReason', { reason })}</p> : null}
        <div className="training-marks">
          {ATTENDANCE_MARKS.map((m: AttendanceMark) => (
            <button
              key={m}
              type="button"
              className={`button ${m === mark ? 'button-primary' : 'button-secondary'} training-action training-mark`}
              aria-pressed={m === mark}
              onClick={() => save.mutate({ mark: m })}
            >
              {t(`register.marks.${m}`)}
            </button>
          ))}
        </div>
        {missed ? (
          <div className="training-session-actions">
            <button
              type="button"
              className="button button-tertiary training-action"
              onClick={() => save.mutate({ madeUpOn: current?.madeUpOn ? null : copenhagenDate() })}
            >
              {current?.madeUpOn ? t('register.undoMakeUp') : t('register.makeUp')}
            </button>
          </div>
        ) : null}
      </fieldset>
    </li>
  );
}
