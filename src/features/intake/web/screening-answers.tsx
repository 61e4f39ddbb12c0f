import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DkfdsIcon, type DkfdsIconName } from '../../ui/web/index.ts';
import type { ApplicationDetail } from '../intake.contract.ts';
import { useScreeningFormat } from './screening-format.ts';

/** "I think my situation is different": what staff should read before deciding, set apart. */
export function ScreeningOwnWords({ words }: { words: string }) {
  const { t } = useTranslation('screening');
  return (
    <section aria-labelledby="screening-own-words-heading" className="screening-own-words">
      <h2 id="screening-own-words-heading" className="screening-own-words-heading">
        {t('application.ownWords')}
      </h2>
      <p className="screening-own-words-hint">{t('application.ownWordsHint')}</p>
      <blockquote className="screening-own-words-text">{words}</blockquote>
    </section>
  );
}

/** The DKFDS badge of each eligibility outcome (the words carry the meaning, not the colour). */
export const ELIGIBILITY_BADGE: Record<ApplicationDetail['eligibility'], string> = {
  eligible: 'badge badge-success',
  'not-eligible': 'badge badge-warning',
  incomplete: 'badge badge-info',
};

const RULE_LABELS = ['age', 'residence', 'abuse-experience', 'abstinence'] as const;
const KIND_LABEL: Record<string, (typeof RULE_LABELS)[number]> = {
  'minimum-age': 'age',
  residence: 'residence',
  'abuse-experience': 'abuse-experience',
  abstinence: 'abstinence',
};
const OUTCOME_ICON: Record<string, DkfdsIconName> = { met: 'success', 'not-met': 'warning', unknown: 'info' };

/** Each rule of the programme and its outcome for this applicant, as the server evaluated it. */
export function ScreeningEligibility({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation('screening');
  function ruleLabel(rule: { id: string; kind: string }): string {
    const byId = RULE_LABELS.find((id) => id === rule.id);
    const label = byId ?? KIND_LABEL[rule.kind];
    return label ? t(`application.rules.${label}`) : rule.id;
  }
  function outcomeLabel(outcome: string): string {
    return outcome === 'met' || outcome === 'not-met' || outcome === 'unknown'
      ? t(`application.ruleOutcome.${outcome}`)
      : outcome;
  }
  return (
    <section aria-labelledby="screening-eligibility-heading" className="screening-section">
      <h2 id="screening-eligibility-heading">{t('application.eligibilityTitle')}</h2>
      <p>
        <span className={ELIGIBILITY_BADGE[application.eligibility]}>
          {t(`eligibility.${application.eligibility}`)}
        </span>
      </p>
      {application.eligibilityRules.length === 0 ? (
        <p>{t('application.noRules')}</p>
      ) : (
        <table className="table table--compact screening-rules">
          <caption className="sr-only">{t('application.eligibilityCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('application.rule')}</th>
              <th scope="col">{t('application.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {application.eligibilityRules.map((rule) => (
              <tr key={rule.id} className={`screening-rule screening-rule--${rule.outcome}`}>
                <th scope="row">{ruleLabel(rule)}</th>
                <td>
                  <span className="screening-rule-outcome">
                    <DkfdsIcon name={OUTCOME_ICON[rule.outcome] ?? 'info'} className="screening-rule-icon" />
                    {outcomeLabel(rule.outcome)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The answers in words: contact, the eligibility questions, wishes and how they heard of it. */
export function ScreeningAnswers({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation('screening');
  const format = useScreeningFormat();
  const { answers } = application;
  const e = answers.eligibility ?? {};
  const missing = <span className="screening-missing">{t('application.answers.notAnswered')}</span>;
  const or = (value: ReactNode | undefined) => (value === undefined || value === '' ? missing : value);

  const substitution = (() => {
    if (!e.substitution) return undefined;
    if (e.substitution === 'never') return t('application.substitution.never');
    const since = e.substitutionSince ? format.calendarDate(e.substitutionSince) : undefined;
    if (e.substitution === 'current')
      return since
        ? t('application.substitution.currentSince', { date: since })
        : t('application.substitution.current');
    return since
      ? t('application.substitution.endedSince', { date: since })
      : t('application.substitution.ended');
  })();
  const availability = answers.availability
    ? t('application.availabilityValue', {
        days: format.list(answers.availability.weekdays.map(format.weekday)),
        parts: format.list(answers.availability.partsOfDay.map((p) => t(`application.partsOfDay.${p}`))),
      })
    : undefined;
  const interests = answers.interests?.length
    ? format.list(answers.interests.map((i) => t(`application.interests.${i}`)))
    : undefined;
  const municipality = e.municipalityCode
    ? `${format.municipality(e.municipalityCode)} (${e.municipalityCode})`
    : undefined;

  const rows: [string, ReactNode][] = [
    [t('application.answers.name'), or(answers.name)],
    [t('application.answers.phone'), or(answers.phone)],
    [t('application.answers.email'), or(answers.email)],
    [t('application.answers.birthDate'), or(e.birthDate ? format.calendarDate(e.birthDate) : undefined)],
    [t('application.answers.postcode'), or(answers.postcode)],
    [t('application.answers.municipality'), or(municipality)],
    [
      t('application.answers.abuseHistory'),
      or(e.abuseHistory ? t(`application.abuseHistory.${e.abuseHistory}`) : undefined),
    ],
    [
      t('application.answers.abuseFreeSince'),
      or(e.abuseFreeSince ? format.calendarDate(e.abuseFreeSince) : undefined),
    ],
    [t('application.answers.substitution'), or(substitution)],
    [t('application.answers.hopes'), or(answers.hopes)],
    [t('application.answers.interests'), or(interests)],
    [t('application.answers.availability'), or(availability)],
    [
      t('application.answers.heardFrom'),
      or(answers.heardFrom ? t(`application.heardFrom.${answers.heardFrom}`) : undefined),
    ],
  ];
  return (
    <section aria-labelledby="screening-answers-heading" className="screening-section">
      <h2 id="screening-answers-heading">{t('application.answersTitle')}</h2>
      <dl className="screening-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="screening-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
