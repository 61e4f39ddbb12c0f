import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { NotForYou, RequireLogin, useChosenProgramme } from '../../accounts/web/index.ts';
import { ChoiceGroup, TextField, useProblemMessage } from '../../ui/web/index.ts';
import { addDays } from '../instruments/wave-schedule.ts';
import type { RespondentRole, Wave } from '../questionnaire.contract.ts';
import {
  evaluationKey,
  instrumentsQuery,
  questionnairesQuery,
  sendQuestionnaire,
} from './evaluation.requests.ts';
import { InstrumentList } from './instrument-list.tsx';
import { Loading } from './respondent-frame.tsx';
import { ResponseRatesSection, WaveSettingsSection } from './waves-staff.tsx';

/**
 * Route `/evaluering`, for staff and admins: the notes that someone should be contacted (only
 * where they consented), sending a questionnaire by hand, the questionnaires sent and how far
 * each is — never the answers — and the instruments with their language versions.
 */
export function EvaluationStaffPage() {
  const { t } = useTranslation('evaluation');
  return <RequireLogin documentTitle={t('staff.documentTitle')}>{(me) => <Staff me={me} />}</RequireLogin>;
}

function Staff({ me }: { me: MeResponse }) {
  const { t } = useTranslation('evaluation');
  const { chosen } = useChosenProgramme(me);
  if (!chosen) return <NotForYou />;
  const programmeId = chosen.programme.id;
  const isAdmin = chosen.roles.includes('admin');
  return (
    <div className="evaluation-page">
      <title>{`${t('staff.documentTitle')} – makker`}</title>
      <h1>{t('staff.title')}</h1>
      <p className="font-lead">{t('staff.intro')}</p>
      <p>
        <Link to="/evaluering/resultater" className="tap-link">
          {t('dashboard.title')}
        </Link>
      </p>
      <Questionnaires programmeId={programmeId} />
      <ResponseRatesSection programmeId={programmeId} />
      <WaveSettingsSection programmeId={programmeId} />
      <Instruments programmeId={programmeId} isAdmin={isAdmin} />
    </div>
  );
}

function Questionnaires({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const list = useQuery(questionnairesQuery(programmeId));
  if (!list.data) return <Loading query={list} />;
  const { alerts, questionnaires, people } = list.data;
  const day = (date: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(`${date}T12:00:00Z`));
  return (
    <>
      <section aria-labelledby="alerts-heading" className="evaluation-section">
        <h2 id="alerts-heading">{t('staff.alerts.title')}</h2>
        {alerts.length === 0 ? (
          <p>{t('staff.alerts.none')}</p>
        ) : (
          <ul>
            {alerts.map((a) => (
              <li key={`${a.questionnaireId}-${a.reason}`}>
                <Link to={`/personer/${a.userId}`} className="tap-link">
                  {a.name}
                </Link>
                : {t(`staff.alerts.${a.reason}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <SendForm programmeId={programmeId} people={people} />
      <section aria-labelledby="sent-heading" className="evaluation-section">
        <h2 id="sent-heading">{t('staff.list.title')}</h2>
        {questionnaires.length === 0 ? (
          <p>{t('staff.list.none')}</p>
        ) : (
          <section
            className="table--responsive-scroll"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
            tabIndex={0}
            aria-label={t('staff.list.title')}
          >
            <table className="table table--compact">
              <caption className="sr-only">{t('staff.list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staff.list.name')}</th>
                  <th scope="col">{t('staff.list.wave')}</th>
                  <th scope="col">{t('staff.list.state')}</th>
                  <th scope="col">{t('staff.list.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {questionnaires.map((q) => (
                  <tr key={q.id}>
                    <th scope="row">{q.name}</th>
                    <td>
                      {q.wave} {t(`role.${q.role}`)}
                    </td>
                    <td>
                      {t(`state.${q.state}`, { date: day(q.state === 'upcoming' ? q.opensOn : q.closesOn) })}
                    </td>
                    <td>{t('staff.list.of', { answered: q.answered, questions: q.questions })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </section>
    </>
  );
}

function SendForm({
  programmeId,
  people,
}: {
  programmeId: string;
  people: { id: string; name: string; roles: RespondentRole[] }[];
}) {
  const { t } = useTranslation('evaluation');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const today = new Date().toISOString().slice(0, 10);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<RespondentRole>('peer');
  const [wave, setWave] = useState<Wave>('T0');
  const [opensOn, setOpensOn] = useState(today);
  const [closesOn, setClosesOn] = useState(addDays(today, 21));
  const [tried, setTried] = useState(false);
  const send = useMutation({
    mutationFn: () => sendQuestionnaire(programmeId, { userId, role, wave, opensOn, closesOn }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKey(programmeId) }),
  });
  const chosen = people.find((p) => p.id === userId);
  return (
    <section aria-labelledby="send-heading" className="evaluation-section">
      <h2 id="send-heading">{t('staff.send.title')}</h2>
      <p>{t('staff.send.hint')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (userId) send.mutate();
        }}
      >
        <div className={tried && !userId ? 'form-group form-error' : 'form-group'}>
          <label className="form-label" htmlFor="send-person">
            {t('staff.send.person')}
          </label>
          {tried && !userId ? (
            <span className="form-error-message" id="send-person-error">
              {t('staff.send.personMissing')}
            </span>
          ) : null}
          <select
            id="send-person"
            className="form-select"
            value={userId}
            aria-describedby={tried && !userId ? 'send-person-error' : undefined}
            onChange={(event) => {
              setUserId(event.target.value);
              const person = people.find((p) => p.id === event.target.value);
              if (person && !person.roles.includes(role)) setRole(person.roles[0] ?? 'peer');
            }}
          >
            <option value="">{t('staff.send.choose')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <ChoiceGroup
          id="send-role"
          type="radio"
          legend={t('staff.send.role')}
          choices={(chosen?.roles ?? (['peer', 'mentor'] as RespondentRole[])).map((r) => ({
            value: r,
            label: t(`role.${r}`),
          }))}
          selected={[role]}
          onChange={([r]) => setRole(r ?? 'peer')}
        />
        <ChoiceGroup
          id="send-wave"
          type="radio"
          legend={t('staff.send.wave')}
          choices={(['T0', 'T1', 'T2', 'T3'] as Wave[]).map((w) => ({
            value: w,
            label: `${w}: ${t(`wave.${w}`)}`,
          }))}
          selected={[wave]}
          onChange={([w]) => setWave(w ?? 'T0')}
        />
        <TextField
          id="send-opens"
          label={t('staff.send.opensOn')}
          type="date"
          value={opensOn}
          onChange={(e) => setOpensOn(e.target.value)}
        />
        <TextField
          id="send-closes"
          label={t('staff.send.closesOn')}
          type="date"
          value={closesOn}
          onChange={(e) => setClosesOn(e.target.value)}
        />
        {send.isError ? (
          <p className="form-error-message" role="alert">
            {problemMessage(send.error)}
          </p>
        ) : null}
        {send.isSuccess ? (
          <p role="status" className="weight-semibold">
            {t('staff.send.sent', { name: send.data.name })}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {t('staff.send.submit')}
        </button>
      </form>
    </section>
  );
}

function Instruments({ programmeId, isAdmin }: { programmeId: string; isAdmin: boolean }) {
  const { t } = useTranslation('evaluation');
  const instruments = useQuery(instrumentsQuery(programmeId));
  return (
    <section aria-labelledby="instruments-heading" className="evaluation-section">
      <h2 id="instruments-heading">{t('staff.instruments.title')}</h2>
      <p>{t('staff.instruments.intro')}</p>
      {instruments.data ? (
        <InstrumentList
          programmeId={programmeId}
          instruments={instruments.data.instruments}
          isAdmin={isAdmin}
        />
      ) : (
        <Loading query={instruments} />
      )}
    </section>
  );
}
