import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextField } from '../../ui/web/index.ts';
import type { AnswerValue, Language, Question } from '../questionnaire.contract.ts';

/**
 * One question on its own screen: the options as large radio buttons in a fieldset whose legend is
 * the question (a count or a date as a labelled field), and the three ways on — save, skip (a
 * missing answer, never a zero) and back.
 */
export function QuestionStep({
  question,
  language,
  busy,
  onAnswer,
  onBack,
}: {
  question: Question;
  language: Language;
  busy: boolean;
  onAnswer: (value: AnswerValue | null) => void;
  onBack: (() => void) | null;
}) {
  const { t } = useTranslation('evaluation');
  const id = `q-${question.instrument}-${question.item}`;
  const initial = question.answer === undefined || question.answer === null ? '' : String(question.answer);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const otherLanguage = question.language !== language;

  function next() {
    if (value === '') return onAnswer(null);
    if (question.kind === 'count') {
      const n = Number(value);
      const ok = Number.isInteger(n) && n >= (question.min ?? 0) && n <= (question.max ?? 30);
      if (!ok) return setError(t('answer.count'));
      return onAnswer(n);
    }
    onAnswer(question.kind === 'date' ? value : Number(value));
  }

  return (
    <form
      noValidate
      lang={otherLanguage ? question.language : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        next();
      }}
    >
      {otherLanguage ? (
        <p className="form-hint" lang={language}>
          {question.language === 'en' ? t('answer.shownInEnglish') : t('answer.shownInDanish')}
        </p>
      ) : null}
      {question.instruction ? <p>{question.instruction}</p> : null}
      {question.context ? <p className="weight-semibold">{question.context}</p> : null}
      {question.kind === 'choice' ? (
        <ChoiceGroup
          id={id}
          type="radio"
          legend={question.text}
          choices={question.options.map((o) => ({ value: String(o.code), label: o.label }))}
          selected={value === '' ? [] : [value]}
          onChange={([chosen]) => setValue(chosen ?? '')}
        />
      ) : (
        <TextField
          id={id}
          label={question.text}
          hint={question.kind === 'count' ? t('answer.count') : t('answer.date')}
          error={error}
          type={question.kind === 'count' ? 'text' : 'date'}
          inputMode={question.kind === 'count' ? 'numeric' : undefined}
          autoComplete="off"
          value={value}
          onChange={(event) => {
            setValue(event.target.value.trim());
            setError(undefined);
          }}
        />
      )}
      <div className="evaluation-step-actions" lang={language}>
        <button type="submit" className="button button-primary" disabled={busy || value === ''}>
          {t('answer.next')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => onAnswer(null)}
        >
          {t('answer.skip')}
        </button>
        {onBack ? (
          <button type="button" className="button button-tertiary" disabled={busy} onClick={onBack}>
            {t('answer.back')}
          </button>
        ) : null}
      </div>
      <p className="form-hint" lang={language}>
        {t('answer.skipHint')}
      </p>
    </form>
  );
}
