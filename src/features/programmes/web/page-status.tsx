import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, isApiError } from '../../../shared/api-client.ts';
import { DkfdsIcon } from '../../ui/web/index.ts';

/** Shown while a page's data is on its way; announced politely to screen readers. */
export function PageLoading() {
  const { t } = useTranslation('programmes');
  return (
    <div className="page-loading">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status" role="status">
        {t('loading')}
      </div>
    </div>
  );
}

/**
 * Why a page could not be shown. The server's translated problem title is the message when
 * there is one; a programme that does not exist gets a calm not-found page instead of an error.
 */
export function PageLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('programmes');
  if (isApiError(error, 'PROGRAMME_NOT_FOUND')) {
    return (
      <div className="not-found">
        <title>{`${t('notFoundTitle')} – makker`}</title>
        <h1>{t('notFoundTitle')}</h1>
        <p className="font-lead">{t('notFoundText')}</p>
        <p>
          <Link to="/" className="button button-primary">
            {t('backToFront')}
          </Link>
        </p>
      </div>
    );
  }
  const message =
    error instanceof ApiError && error.title
      ? error.title
      : isApiError(error, 'NETWORK_ERROR')
        ? t('networkError')
        : t('loadError');
  return (
    <div>
      <title>{`${t('loadErrorTitle')} – makker`}</title>
      <div className="alert alert-error" role="alert">
        <DkfdsIcon name="error" className="alert-icon" />
        <div className="alert-body">
          <h1 className="alert-heading">{t('loadErrorTitle')}</h1>
          <p className="alert-text">{message}</p>
        </div>
      </div>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
