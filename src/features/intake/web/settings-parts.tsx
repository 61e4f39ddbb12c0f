import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DkfdsIcon } from '../../ui/web/index.ts';

/** "Saved", "published": kept in the page so screen readers announce what is put in it. */
export function SettingsStatus({ text }: { text: string }) {
  return (
    <div role="status">
      {text ? (
        <div className="alert alert-success alert--paragraph">
          <DkfdsIcon name="success" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{text}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Loading, or a failed fetch with a way to try again. */
export function SettingsNotice({
  loading,
  error,
  onRetry,
}: {
  loading?: boolean;
  error?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation('intakeSettings');
  if (loading) {
    return (
      <div className="page-loading">
        <div className="spinner" aria-hidden="true" />
        <div className="spinner-status" role="status">
          {t('loading')}
        </div>
      </div>
    );
  }
  return (
    <div>
      <p className="form-error-message" role="alert">
        {error}
      </p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}

/** A person who is not staff or admin in any programme and found a settings address. */
export function SettingsNotForYou({ title }: { title: string }) {
  const { t } = useTranslation('intakeSettings');
  return (
    <div>
      <title>{`${title} – makker`}</title>
      <h1>{title}</h1>
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
