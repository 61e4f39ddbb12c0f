import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { problemTitle } from '../../../shared/problems.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import { useKindTexts } from './kind-texts.ts';
import { stopQuery } from './notifications.requests.ts';

/**
 * Route `/stop?t=<token>`, the link in every e-mail and SMS, without login: opening it turns that
 * kind off for that channel and says so; a changed or old link says clearly that it does not work.
 * The turning off happens from the page (not the GET of the link), so a mail scanner that follows
 * links stops nothing.
 */
export function StopPage() {
  const { t } = useTranslation('notifications');
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  return (
    <div className="notifications-page">
      <title>{`${t('stop.documentTitle')} – makker`}</title>
      <h1>{t('stop.title')}</h1>
      {token ? <Stop token={token} /> : <Invalid error={null} />}
    </div>
  );
}

function Stop({ token }: { token: string }) {
  const { t } = useTranslation('notifications');
  const texts = useKindTexts();
  const stopped = useQuery(stopQuery(token));
  if (stopped.isError) return <Invalid error={stopped.error} />;
  if (!stopped.data) return <p role="status">{t('stop.working')}</p>;
  const channel = t(`stop.channel.${stopped.data.channel}`);
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-heading">
          {stopped.data.kind
            ? t('stop.doneKind', { channel, kind: texts.title(stopped.data.kind) })
            : t('stop.doneAll', { channel })}
        </p>
        <p className="alert-text">{t('stop.again')}</p>
      </div>
    </div>
  );
}

function Invalid({ error }: { error: unknown }) {
  const { t } = useTranslation('notifications');
  const problemMessage = useProblemMessage();
  const { i18n } = useTranslation();
  // No token at all reads as the invalid link it is.
  const message = error
    ? problemMessage(error)
    : problemTitle('STOP_LINK_INVALID', i18n.resolvedLanguage === 'en' ? 'en' : 'da');
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{t('stop.invalidTitle')}</p>
        <p className="alert-text">{message}</p>
        <p className="alert-text">
          <Link to="/min-side/notifikationer/valg" className="tap-link">
            {t('stop.choose')}
          </Link>
        </p>
      </div>
    </div>
  );
}
