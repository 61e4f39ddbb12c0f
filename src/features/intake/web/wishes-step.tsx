import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextAreaField } from '../../ui/web/index.ts';
import { HEARD_FROM, INTERESTS, PART_OF_DAY } from '../intake.contract.ts';
import type { StepProps } from './application-steps.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Step 4: what they hope for and when they can (these answers pre-fill the matching wishes later). */
export function WishesStep({ answers, setAnswers }: StepProps) {
  const { t, i18n } = useTranslation('intake');
  const weekdayName = (day: number) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', { weekday: 'long' }).format(
      new Date(Date.UTC(2024, 0, day)), // 1 January 2024 was a Monday
    );
  const availability = answers.availability ?? { weekdays: [], partsOfDay: [] };
  return (
    <>
      <TextAreaField
        id="application-hopes"
        label={`${t('wishes.hopes')} ${t('form.optional')}`}
        hint={t('wishes.hopesHint')}
        value={answers.hopes ?? ''}
        onChange={(event) => setAnswers((a) => ({ ...a, hopes: event.target.value || undefined }))}
      />
      <ChoiceGroup
        id="application-interests"
        type="checkbox"
        legend={t('wishes.interests')}
        choices={INTERESTS.map((value) => ({ value, label: t(`wishes.interest.${value}`) }))}
        selected={answers.interests ?? []}
        onChange={(interests) => setAnswers((a) => ({ ...a, interests }))}
      />
      <ChoiceGroup
        id="application-weekdays"
        type="checkbox"
        legend={t('wishes.weekdays')}
        choices={WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day) }))}
        selected={availability.weekdays.map(String)}
        onChange={(days) =>
          setAnswers((a) => ({ ...a, availability: { ...availability, weekdays: days.map(Number).sort() } }))
        }
      />
      <ChoiceGroup
        id="application-parts-of-day"
        type="checkbox"
        legend={t('wishes.partsOfDay')}
        choices={PART_OF_DAY.map((value) => ({ value, label: t(`wishes.part.${value}`) }))}
        selected={availability.partsOfDay}
        onChange={(partsOfDay) =>
          setAnswers((a) => ({ ...a, availability: { ...availability, partsOfDay } }))
        }
      />
      <ChoiceGroup
        id="application-heard-from"
        type="radio"
        legend={t('wishes.heardFrom')}
        choices={HEARD_FROM.map((value) => ({ value, label: t(`wishes.heard.${value}`) }))}
        selected={answers.heardFrom ? [answers.heardFrom] : []}
        onChange={([heardFrom]) => setAnswers((a) => ({ ...a, heardFrom }))}
      />
    </>
  );
}
