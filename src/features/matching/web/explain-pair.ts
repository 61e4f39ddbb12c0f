/**
 * A pair's score parts in plain words ("I kan begge lide gåture og fodbold; I har begge tid
 * torsdag eftermiddag"), from the parts the server worked out, in the page's language.
 */
import { useTranslation } from 'react-i18next';
import type { Activity, PartOfDay, ScorePartDetail } from '../matching.contract.ts';

export function useSlotName(): (slot: string) => string {
  const { t } = useTranslation('matching');
  return (slot) => {
    const [day, part] = slot.split('-');
    return `${t(`weekdays.d${day as '1'}`)} ${t(`parts.${part as PartOfDay}`)}`;
  };
}

export function useExplainPart(activities: readonly Activity[]): (part: ScorePartDetail) => string {
  const { t, i18n } = useTranslation('matching');
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const slotName = useSlotName();
  const label = (key: string) => activities.find((a) => a.key === key)?.label[locale] ?? key;
  return (part) => {
    const met = part.outcome === 'met' || part.outcome === 'partly';
    switch (part.part) {
      case 'activities':
        return part.shared.length
          ? t('explain.activities', { list: list.format(part.shared.map(label)) })
          : t('explain.noActivities');
      case 'availability':
        return t('explain.availability', { list: list.format(part.shared.map(slotName)) });
      case 'area':
        return met ? t('explain.area', { area: part.shared[0] }) : t('explain.noArea');
      case 'language':
        return met
          ? t('explain.language', {
              list: list.format(
                part.shared.map((l) =>
                  locale === 'da' ? t(`languages.${l as 'da'}`).toLowerCase() : t(`languages.${l as 'da'}`),
                ),
              ),
            })
          : t('explain.noLanguage');
      case 'age':
      case 'background': {
        if (part.outcome === 'no-wish') return `${t(`part.${part.part}`)}: ${t('explain.noWish')}`;
        const outcome = part.outcome === 'met' ? 'Met' : part.outcome === 'partly' ? 'Partly' : 'NotMet';
        return t(`explain.${part.part}${outcome}`);
      }
    }
  };
}

/** The one-line summary of a pair: the parts that add points, joined with "; ". */
export function useExplainPair(
  activities: readonly Activity[],
): (parts: readonly ScorePartDetail[]) => string {
  const explain = useExplainPart(activities);
  return (parts) =>
    parts
      .filter((p) => p.points > 0 && p.outcome !== 'no-wish')
      .map(explain)
      .join('; ');
}
