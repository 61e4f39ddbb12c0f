import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Any address the app does not know. Friendly, with one clear way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <title>{`${t('notFound.documentTitle')} – makker`}</title>
      <h1>{t('notFound.title')}</h1>
      <p className="font-lead">{t('notFound.text')}</p>
      <p>
        <Link to="/" className="button button-primary">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
