import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DkfdsIcon } from '../../ui/web/index.ts';

/**
 * A person who is not staff or admin in any programme and found /visitation. Like accounts'
 * NotForYou, but under this page's own heading (that one is headed "Personer").
 */
export function ScreeningNotForYou() {
  const { t } = useTranslation('screening');
  return (
    <div>
      <title>{`${t('documentTitle')} – makker`}</title>
      <h1>{t('title')}</h1>
      <div className="alert alert-info">
        <DkfdsIcon name="info" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('notForYou')}</p>
        </div>
      </div>
      <p>
        <Link to="/min-side" className="button button-secondary">
          {t('backToMyPage')}
        </Link>
      </p>
    </div>
  );
}
