import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { HelpNowBox, programmePageQuery } from '../../programmes/web/index.ts';
import { DkfdsIcon } from '../../ui/web/index.ts';

/**
 * The support and crisis lines, shown at once when the answers show a low WHO-5 or a relapse.
 * A status region, so a screen reader announces it without taking the person away from the form.
 */
export function SupportNow({ programmeSlug }: { programmeSlug: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const page = useQuery(programmePageQuery(programmeSlug, i18n.language === 'en' ? 'en' : 'da'));
  return (
    <div className="alert alert-warning evaluation-support" role="status">
      <DkfdsIcon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('support.title')}</p>
        <p className="alert-text">{t('support.text')}</p>
        {page.data ? <HelpNowBox support={page.data.content.support} /> : null}
      </div>
    </div>
  );
}
