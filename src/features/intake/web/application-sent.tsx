import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DkfdsIcon } from '../../ui/web/index.ts';

/** After sending: thanks, what happens next, and the way to the status page. */
export function ApplicationSent({ token }: { token: string }) {
  const { t } = useTranslation('intake');
  return (
    <div>
      <title>{`${t('sent.title')} – makker`}</title>
      <div className="alert alert-success">
        <DkfdsIcon name="success" className="alert-icon" />
        <div className="alert-body">
          <h1 className="alert-heading">{t('sent.title')}</h1>
          <p className="alert-text">{t('sent.text')}</p>
        </div>
      </div>
      <p>
        <Link to={`/ansoegning#${token}`} className="button button-primary">
          {t('sent.status')}
        </Link>
      </p>
    </div>
  );
}
