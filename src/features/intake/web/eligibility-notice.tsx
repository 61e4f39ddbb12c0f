import { useTranslation } from 'react-i18next';
import { DkfdsIcon, TextAreaField } from '../../ui/web/index.ts';
import type { EligibilityRule } from '../eligibility.contract.ts';
import { evaluateEligibility, explainUnmet } from '../eligibility.ts';
import type { StepProps } from './application-steps.ts';

/**
 * The answers so far against the programme's rules, with the same engine the server uses. When
 * a rule is not met: which one and why, kindly; where else to get help; and that they may still
 * send the application, in their own words.
 */
export function EligibilityNotice({ answers, setAnswers, form }: StepProps) {
  const { t, i18n } = useTranslation('intake');
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  const rules = form.rules as EligibilityRule[];
  const result = evaluateEligibility(rules, answers.eligibility ?? {}, {
    today: form.today,
    municipalityCodes: form.municipalityCodes,
  });
  if (result.outcome === 'incomplete') return null;
  if (result.outcome === 'eligible') {
    return (
      <div className="alert alert-success" role="status">
        <DkfdsIcon name="success" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-heading">{t('eligibility.metTitle')}</p>
        </div>
      </div>
    );
  }
  return (
    <section className="eligibility-notice" aria-labelledby="eligibility-notice-heading">
      <div className="alert alert-info">
        <DkfdsIcon name="info" className="alert-icon" />
        <div className="alert-body">
          <h3 id="eligibility-notice-heading" className="alert-heading">
            {t('eligibility.notMetTitle')}
          </h3>
          <p className="alert-text">{t('eligibility.notMetIntro')}</p>
          <ul className="alert-text">
            {explainUnmet(rules, result, locale).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      </div>
      {form.otherHelp.length > 0 ? (
        <>
          <h3>{t('eligibility.elsewhere')}</h3>
          <ul className="nobullet-list other-help">
            {form.otherHelp.map((help) => (
              <li key={help.name}>
                <strong>{help.name}</strong>
                {help.phone ? (
                  <>
                    {' '}
                    <a className="other-help-phone" href={`tel:${help.phone.replace(/\s/g, '')}`}>
                      {help.phone}
                    </a>
                  </>
                ) : null}
                {help.description ? <span className="form-hint">{help.description}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t('eligibility.sendAnyway')}</p>
      <TextAreaField
        id="application-own-words"
        label={`${t('eligibility.ownWords')} ${t('form.optional')}`}
        hint={t('eligibility.ownWordsHint')}
        value={answers.ownWords ?? ''}
        onChange={(event) => setAnswers((a) => ({ ...a, ownWords: event.target.value || undefined }))}
      />
    </section>
  );
}
