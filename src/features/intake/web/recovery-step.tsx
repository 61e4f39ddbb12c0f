import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../ui/web/index.ts';
import type { EligibilityAnswers } from '../eligibility.contract.ts';
import { type StepProps, withEligibility } from './application-steps.ts';
import { DateField } from './date-field.tsx';
import { EligibilityNotice } from './eligibility-notice.tsx';

/**
 * Step 3: the eligibility questions about abuse and treatment, in plain words, each shown only
 * when the answer before it makes it relevant. The result is shown as they answer.
 */
export function RecoveryStep(props: StepProps) {
  const { answers, setAnswers } = props;
  const { t } = useTranslation('intake');
  const e: EligibilityAnswers = answers.eligibility ?? {};
  const set = <K extends keyof EligibilityAnswers>(key: K, value: EligibilityAnswers[K] | undefined) =>
    setAnswers((a) => withEligibility(a, key, value));
  return (
    <>
      <p>{t('recovery.intro')}</p>
      <ChoiceGroup
        id="application-history"
        type="radio"
        legend={t('recovery.history')}
        choices={[
          { value: 'yes', label: t('recovery.historyYes') },
          { value: 'aftercare', label: t('recovery.historyAftercare') },
          { value: 'no', label: t('recovery.historyNo') },
        ]}
        selected={e.abuseHistory ? [e.abuseHistory] : []}
        onChange={([value]) => set('abuseHistory', value)}
      />
      <ChoiceGroup
        id="application-free-now"
        type="radio"
        legend={t('recovery.freeNow')}
        choices={[
          { value: 'yes', label: t('recovery.yes') },
          { value: 'no', label: t('recovery.no') },
        ]}
        selected={e.abuseFreeNow ? [e.abuseFreeNow] : []}
        onChange={([value]) => {
          set('abuseFreeNow', value);
          if (value === 'no') set('abuseFreeSince', undefined);
        }}
      >
        {e.abuseFreeNow === 'yes' ? (
          <DateField
            id="application-free-since"
            legend={t('recovery.freeSince')}
            hint={t('recovery.freeSinceHint')}
            value={e.abuseFreeSince}
            onChange={(value) => set('abuseFreeSince', value)}
          />
        ) : null}
      </ChoiceGroup>
      <ChoiceGroup
        id="application-substitution"
        type="radio"
        legend={t('recovery.substitution')}
        choices={[
          { value: 'never', label: t('recovery.substitutionNever') },
          { value: 'current', label: t('recovery.substitutionCurrent') },
          { value: 'ended', label: t('recovery.substitutionEnded') },
        ]}
        selected={e.substitution ? [e.substitution] : []}
        onChange={([value]) => {
          set('substitution', value);
          if (value === 'never') set('substitutionSince', undefined);
        }}
      >
        {e.substitution === 'current' || e.substitution === 'ended' ? (
          <DateField
            key={e.substitution}
            id="application-substitution-since"
            legend={t(e.substitution === 'current' ? 'recovery.stableSince' : 'recovery.endedOn')}
            hint={t('recovery.freeSinceHint')}
            value={e.substitutionSince}
            onChange={(value) => set('substitutionSince', value)}
          />
        ) : null}
      </ChoiceGroup>
      <EligibilityNotice {...props} />
    </>
  );
}
