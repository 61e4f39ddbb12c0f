import { useTranslation } from 'react-i18next';
import type { Locale, ProgrammePageContent } from '../programmes.contract.ts';
import { weekdayName } from './weekday-name.ts';

/** The drop-in café's opening times, Monday first, with weekday names in the content's language. */
export function CafeTimes({ cafe, locale }: { cafe: ProgrammePageContent['cafe']; locale: Locale }) {
  const { t } = useTranslation('programmes');
  if (cafe.length === 0) return null;
  const sorted = [...cafe].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  return (
    <section aria-labelledby="cafe-heading">
      <h2 id="cafe-heading">{t('sections.cafe')}</h2>
      <p>{t('cafe.intro')}</p>
      <ul className="cafe-times">
        {sorted.map((time) => (
          <li key={`${time.weekday}-${time.start}-${time.place}`}>
            <strong>
              {t('cafe.time', {
                weekday: weekdayName(time.weekday, locale),
                start: time.start,
                end: time.end,
              })}
            </strong>
            , {time.place}
          </li>
        ))}
      </ul>
    </section>
  );
}
