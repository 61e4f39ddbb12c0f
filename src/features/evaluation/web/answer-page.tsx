import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { AnswerValue, ImportantPerson, Language, MyQuestionnaire } from '../questionnaire.contract.ts';
import {
  completeQuestionnaire,
  evaluationKey,
  myQuestionnaireQuery,
  saveAnswer,
  saveRoster,
} from './evaluation.requests.ts';
import { QuestionStep } from './question-step.tsx';
import { Loading, RespondentFrame, type RespondentProgramme } from './respondent-frame.tsx';
import { RosterStep } from './roster-step.tsx';
import { SupportNow } from './support-now.tsx';

/**
 * Route `/min-side/trivsel/:questionnaireId`: the questionnaire one question per screen, with the
 * progress shown. Each answer is saved when given, so the person can stop at any time and comes
 * back to the first question they have not answered. The support lines appear at once when an
 * answer shows a low WHO-5 or a relapse.
 */
export function AnswerPage() {
  const { t } = useTranslation('evaluation');
  const { questionnaireId = '' } = useParams();
  return (
    <RespondentFrame documentTitle={t('answer.documentTitle')}>
      {(programme, search) => <Answering programme={programme} search={search} id={questionnaireId} />}
    </RespondentFrame>
  );
}

function Answering({
  programme,
  search,
  id,
}: {
  programme: RespondentProgramme;
  search: string;
  id: string;
}) {
  const { i18n } = useTranslation('evaluation');
  const language: Language = i18n.language === 'en' ? 'en' : 'da';
  const query = useQuery(myQuestionnaireQuery(programme.id, id, language));
  if (!query.data) return <Loading query={query} />;
  return (
    <Steps key={language} programme={programme} search={search} initial={query.data} language={language} />
  );
}

const firstOpen = (q: MyQuestionnaire) => {
  const i = q.questions.findIndex((x) => x.answer === undefined);
  if (i >= 0) return i;
  return q.roster && !q.roster.saved ? q.questions.length : q.questions.length + (q.roster ? 1 : 0);
};

function Steps({
  programme,
  search,
  initial,
  language,
}: {
  programme: RespondentProgramme;
  search: string;
  initial: MyQuestionnaire;
  language: Language;
}) {
  const { t } = useTranslation('evaluation');
  const problemMessage = useProblemMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [data, setData] = useState(initial);
  const [index, setIndex] = useState(() => firstOpen(initial));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [showSupport, setShowSupport] = useState(initial.showSupport);
  const heading = useRef<HTMLHeadingElement>(null);
  const total = data.questions.length + (data.roster ? 1 : 0);
  const answerable = data.state === 'open' || data.state === 'in-progress';

  useEffect(() => {
    if (index > 0) heading.current?.focus();
  }, [index]);

  async function run(action: () => Promise<{ showSupport: boolean } | undefined>, after: () => void) {
    setBusy(true);
    setFailure(null);
    try {
      const result = await action();
      if (result?.showSupport) setShowSupport(true);
      void queryClient.invalidateQueries({ queryKey: [...evaluationKey(programme.id), 'mine'] });
      after();
    } catch (error) {
      setFailure(problemMessage(error));
    } finally {
      setBusy(false);
    }
  }

  function answer(value: AnswerValue | null) {
    const q = data.questions[index]!;
    void run(
      () =>
        saveAnswer(programme.id, data.id, {
          instrument: q.instrument,
          item: q.item,
          value,
          language: q.language,
        }),
      () => {
        setData({
          ...data,
          questions: data.questions.map((x, i) => (i === index ? { ...x, answer: value } : x)),
        });
        setIndex(index + 1);
      },
    );
  }

  function roster(people: ImportantPerson[]) {
    void run(
      () => saveRoster(programme.id, data.id, people, data.roster!.language),
      () => {
        setData({ ...data, roster: { ...data.roster!, people, saved: true } });
        setIndex(index + 1);
      },
    );
  }

  function finish() {
    void run(
      async () => {
        await completeQuestionnaire(programme.id, data.id);
        return undefined;
      },
      () => {
        void queryClient.invalidateQueries({ queryKey: evaluationKey(programme.id) });
        void navigate(`/min-side/trivsel${search}`, { state: { thanks: true } });
      },
    );
  }

  const question = data.questions[index];
  const onRoster = !question && data.roster && index === data.questions.length;
  const title = question ? question.instrumentTitle : onRoster ? data.roster!.title : t('answer.done.title');
  const skipped = data.questions.filter((q) => q.answer === null || q.answer === undefined).length;
  const step = Math.min(index + 1, total);

  return (
    <>
      <p className="evaluation-wave">
        {t(`wave.${data.wave}`)} {t(`role.${data.role}`)}
      </p>
      <h1
        ref={heading}
        tabIndex={-1}
        className="evaluation-step-title"
        lang={question && question.language !== language ? question.language : undefined}
      >
        {title}
      </h1>
      <div className="evaluation-progress" data-step={index}>
        <p id="evaluation-progress-text" className="evaluation-progress-text">
          {t('answer.progress', { n: step, total })}
        </p>
        <progress max={total} value={Math.min(index, total)} aria-labelledby="evaluation-progress-text" />
      </div>
      {showSupport ? <SupportNow programmeSlug={programme.slug} /> : null}
      {failure ? (
        <p className="form-error-message" role="alert">
          {failure}
        </p>
      ) : null}
      {!answerable ? (
        <p>{t('answer.closed')}</p>
      ) : question ? (
        <QuestionStep
          key={`${question.instrument}-${question.item}`}
          question={question}
          language={language}
          busy={busy}
          onAnswer={answer}
          onBack={index > 0 ? () => setIndex(index - 1) : null}
        />
      ) : onRoster ? (
        <RosterStep
          roster={data.roster!}
          language={language}
          busy={busy}
          onSave={roster}
          onBack={() => setIndex(index - 1)}
        />
      ) : (
        <div>
          <p>{t('answer.done.text')}</p>
          {skipped ? <p>{t('answer.done.skipped', { count: skipped })}</p> : null}
          <div className="evaluation-step-actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={finish}>
              {t('answer.done.finish')}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              disabled={busy}
              onClick={() => setIndex(index - 1)}
            >
              {t('answer.back')}
            </button>
          </div>
        </div>
      )}
      <p className="evaluation-stop">
        <Link to={`/min-side/trivsel${search}`} className="tap-link">
          {t('answer.stop')}
        </Link>
        <span className="form-hint">{t('answer.stopHint')}</span>
      </p>
    </>
  );
}
