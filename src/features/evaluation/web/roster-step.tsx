import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, ErrorSummary, TextField } from '../../ui/web/index.ts';
import { MAX_IMPORTANT_PEOPLE } from '../instruments/network-measures.ts';
import type { ImportantPerson, Language, MyQuestionnaire } from '../questionnaire.contract.ts';

type Roster = NonNullable<MyQuestionnaire['roster']>;
type Draft = {
  key: string;
  nickname: string;
  role: number | null;
  contact: number | null;
  use: number | null;
  support: number | null;
};

/**
 * The Important People roster on one short page: up to 10 people, a nickname each (never a full
 * name) and four questions as radio groups. Saved as a whole; an empty roster is an answer too.
 */
export function RosterStep({
  roster,
  language,
  busy,
  onSave,
  onBack,
}: {
  roster: Roster;
  language: Language;
  busy: boolean;
  onSave: (people: ImportantPerson[]) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation('evaluation');
  const [people, setPeople] = useState<Draft[]>(() =>
    roster.people.map((p) => ({ ...p, key: crypto.randomUUID() })),
  );
  const [tried, setTried] = useState(false);
  const missing = people.flatMap((p, i) => (p.nickname.trim() ? [] : [i]));
  const update = (i: number, change: Partial<Draft>) =>
    setPeople(people.map((p, j) => (j === i ? { ...p, ...change } : p)));

  function save() {
    setTried(true);
    if (missing.length) return;
    onSave(people.map(({ key: _, ...p }) => ({ ...p, nickname: p.nickname.trim(), role: p.role ?? 8 })));
  }

  return (
    <form
      noValidate
      lang={roster.language !== language ? roster.language : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {tried && missing.length ? (
        <ErrorSummary
          items={missing.map((i) => ({
            fieldId: `person-${i}-nickname`,
            text: `${t('roster.person', { n: i + 1 })}: ${t('roster.nicknameMissing')}`,
          }))}
        />
      ) : null}
      {roster.instruction ? <p>{roster.instruction}</p> : null}
      {people.length === 0 ? <p>{t('roster.empty')}</p> : null}
      {people.map((person, i) => (
        <fieldset key={person.key} className="evaluation-person">
          <legend className="h4">{person.nickname.trim() || t('roster.person', { n: i + 1 })}</legend>
          <TextField
            id={`person-${i}-nickname`}
            label={t('roster.nickname')}
            maxLength={40}
            autoComplete="off"
            error={tried && !person.nickname.trim() ? t('roster.nicknameMissing') : undefined}
            value={person.nickname}
            onChange={(event) => update(i, { nickname: event.target.value })}
          />
          {roster.questions.map((q) => (
            <ChoiceGroup
              key={q.field}
              id={`person-${i}-${q.field}`}
              type="radio"
              legend={q.text}
              choices={q.options.map((o) => ({ value: String(o.code), label: o.label }))}
              selected={person[q.field] === null ? [] : [String(person[q.field])]}
              onChange={([chosen]) => update(i, { [q.field]: chosen === undefined ? null : Number(chosen) })}
            />
          ))}
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => setPeople(people.filter((_, j) => j !== i))}
          >
            {t('roster.remove', { nickname: person.nickname.trim() || t('roster.person', { n: i + 1 }) })}
          </button>
        </fieldset>
      ))}
      <div lang={language}>
        {people.length < MAX_IMPORTANT_PEOPLE ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              setPeople([
                ...people,
                {
                  key: crypto.randomUUID(),
                  nickname: '',
                  role: null,
                  contact: null,
                  use: null,
                  support: null,
                },
              ])
            }
          >
            {t('roster.add')}
          </button>
        ) : (
          <p>{t('roster.max')}</p>
        )}
        <div className="evaluation-step-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('answer.next')}
          </button>
          <button type="button" className="button button-tertiary" disabled={busy} onClick={onBack}>
            {t('answer.back')}
          </button>
        </div>
      </div>
    </form>
  );
}
