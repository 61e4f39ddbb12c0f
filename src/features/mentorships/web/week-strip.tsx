import { useTranslation } from 'react-i18next';
import type { PairView } from '../mentorships.contract.ts';
import { useMentorshipFormat } from './mentorships-format.ts';

/** The rhythm kept so far: one square per week (met, paused, neither), with a legend and a sum. */
export function WeekStrip({ weeks }: { weeks: PairView['weeks'] }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const counted = weeks.filter((w) => w.mark !== 'paused');
  return (
    <section aria-labelledby="pair-weeks-heading" className="pair-weeks">
      <h2 id="pair-weeks-heading" className="h3">
        {t('strip.title')}
      </h2>
      <p>
        {t('strip.summary', { met: counted.filter((w) => w.mark === 'met').length, weeks: counted.length })}
      </p>
      <ol className="pair-strip">
        {weeks.map((w) => (
          <li key={w.week} className={`pair-week pair-week-${w.mark}`}>
            <span className="sr-only">{t(`strip.${w.mark}`, { date: format.shortDate(w.week) })}</span>
          </li>
        ))}
      </ol>
      <p className="pair-strip-legend" aria-hidden="true">
        <span className="pair-week pair-week-met" /> {t('strip.legendMet')}{' '}
        <span className="pair-week pair-week-none" /> {t('strip.legendNone')}{' '}
        <span className="pair-week pair-week-paused" /> {t('strip.legendPaused')}
      </p>
    </section>
  );
}
