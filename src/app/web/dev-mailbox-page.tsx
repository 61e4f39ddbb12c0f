import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, apiFetch } from '../../shared/api-client.ts';
import type { DevMailResponse } from '../dev.routes.ts';

type Message = DevMailResponse['messages'][number];

/**
 * Development only: the mail outbox as a mailbox, so a developer can follow links in magic-link
 * and notification mails without an SMTP server. In production the API answers 404.
 */
export function DevMailboxPage() {
  const { t } = useTranslation();
  const mail = useQuery({
    queryKey: ['dev', 'mail'],
    queryFn: ({ signal }) => apiFetch<DevMailResponse>('/api/dev/mail', { signal }),
    staleTime: 0,
  });
  return (
    <div className="dev-mailbox">
      <title>{`${t('mailbox.documentTitle')} – makker`}</title>
      <h1>{t('mailbox.title')}</h1>
      <p className="font-lead">{t('mailbox.intro')}</p>
      {mail.isPending ? (
        <p role="status">{t('mailbox.loading')}</p>
      ) : mail.isError ? (
        <MailboxError error={mail.error} />
      ) : mail.data.messages.length === 0 ? (
        <p role="status">{t('mailbox.empty')}</p>
      ) : (
        <MessageTable messages={mail.data.messages} />
      )}
      {mail.isError && mail.error instanceof ApiError && mail.error.status === 404 ? null : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void mail.refetch()}
          disabled={mail.isFetching}
        >
          {t('mailbox.refresh')}
        </button>
      )}
    </div>
  );
}

function MailboxError({ error }: { error: Error }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return <p className="alert alert-info alert--paragraph">{t('mailbox.onlyInDevelopment')}</p>;
  }
  const message = error instanceof ApiError && error.title ? error.title : t('error.generic');
  return (
    <p className="alert alert-error alert--paragraph" role="alert">
      {message}
    </p>
  );
}

function MessageTable({ messages }: { messages: Message[] }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'short', timeStyle: 'medium' });
  const columns = {
    createdAt: t('mailbox.columns.createdAt'),
    to: t('mailbox.columns.to'),
    subject: t('mailbox.columns.subject'),
    status: t('mailbox.columns.status'),
  };
  return (
    <table className="table table--zebra table--responsive-headers mailbox-table">
      <caption className="sr-only">{t('mailbox.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.createdAt}</th>
          <th scope="col">{columns.to}</th>
          <th scope="col">{columns.subject}</th>
          <th scope="col">{columns.status}</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id}>
            <td data-title={columns.createdAt}>
              <time dateTime={message.createdAt}>{time.format(new Date(message.createdAt))}</time>
            </td>
            <td data-title={columns.to}>{message.to}</td>
            <td data-title={columns.subject}>
              {message.subject}
              <details className="details mailbox-text">
                <summary className="details-summary">{t('mailbox.showText')}</summary>
                <div className="details-text">
                  <pre>{message.text}</pre>
                </div>
              </details>
            </td>
            <td data-title={columns.status}>{t(`mailbox.status.${message.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
