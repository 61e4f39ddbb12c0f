import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiFetch } from '../../shared/api-client.ts';
import type { DevMailResponse, DevSmsResponse } from '../dev.routes.ts';

type Message = DevMailResponse['messages'][number];
type Sms = DevSmsResponse['messages'][number];

/**
 * Development only: the mail and SMS outboxes as a mailbox, so a developer (or someone trying
 * the demo) can follow the links in login, invitation and notification messages without an SMTP
 * server or an SMS gateway. In production the API answers 404.
 */
export function DevMailboxPage() {
  const { t } = useTranslation();
  const mail = useQuery({
    queryKey: ['dev', 'mail'],
    queryFn: ({ signal }) => apiFetch<DevMailResponse>('/api/dev/mail', { signal }),
    staleTime: 0,
  });
  const sms = useQuery({
    queryKey: ['dev', 'sms'],
    queryFn: ({ signal }) => apiFetch<DevSmsResponse>('/api/dev/sms', { signal }),
    staleTime: 0,
  });
  const notHere = [mail.error, sms.error].some((e) => e instanceof ApiError && e.status === 404);
  const error = mail.error ?? sms.error;
  return (
    <div className="dev-mailbox">
      <title>{`${t('mailbox.documentTitle')} – makker`}</title>
      <h1>{t('mailbox.title')}</h1>
      <p className="font-lead">{t('mailbox.intro')}</p>
      {notHere ? (
        <p className="alert alert-info alert--paragraph">{t('mailbox.onlyInDevelopment')}</p>
      ) : error ? (
        <MailboxError error={error} />
      ) : !mail.data || !sms.data ? (
        <p role="status">{t('mailbox.loading')}</p>
      ) : mail.data.messages.length === 0 && sms.data.messages.length === 0 ? (
        <p role="status">{t('mailbox.empty')}</p>
      ) : (
        <>
          <h2>{t('mailbox.emailTitle')}</h2>
          {mail.data.messages.length === 0 ? (
            <p>{t('mailbox.noEmails')}</p>
          ) : (
            <MessageTable messages={mail.data.messages} />
          )}
          <h2>{t('mailbox.smsTitle')}</h2>
          {sms.data.messages.length === 0 ? (
            <p>{t('mailbox.noSms')}</p>
          ) : (
            <SmsTable messages={sms.data.messages} />
          )}
        </>
      )}
      {notHere ? null : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            void mail.refetch();
            void sms.refetch();
          }}
          disabled={mail.isFetching || sms.isFetching}
        >
          {t('mailbox.refresh')}
        </button>
      )}
    </div>
  );
}

function MailboxError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError && error.title ? error.title : t('error.generic');
  return (
    <p className="alert alert-error alert--paragraph" role="alert">
      {message}
    </p>
  );
}

/** The text with its web addresses as links, so a message's link can be followed with a tap. */
function LinkedText({ text }: { text: string }) {
  let offset = 0;
  const pieces = text.split(/(https?:\/\/\S+)/).map((part, i) => {
    const piece = { part, start: offset, isLink: i % 2 === 1 };
    offset += part.length;
    return piece;
  });
  return (
    <>
      {pieces.map(({ part, start, isLink }) =>
        isLink ? (
          <a key={`${start}-link`} href={part} className="mailbox-link">
            {part}
          </a>
        ) : (
          <Fragment key={start}>{part}</Fragment>
        ),
      )}
    </>
  );
}

function useTimeFormat() {
  const { i18n } = useTranslation();
  return new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'short', timeStyle: 'medium' });
}

function MessageTable({ messages }: { messages: Message[] }) {
  const { t } = useTranslation();
  const time = useTimeFormat();
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
                  <pre>
                    <LinkedText text={message.text} />
                  </pre>
                </div>
              </details>
              {(message.attachments ?? []).map((attachment) => (
                <details key={attachment.filename} className="details mailbox-text">
                  <summary className="details-summary">
                    {t('mailbox.attachment', { filename: attachment.filename })}
                  </summary>
                  <div className="details-text">
                    <pre>{attachment.content}</pre>
                  </div>
                </details>
              ))}
            </td>
            <td data-title={columns.status}>{t(`mailbox.status.${message.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SmsTable({ messages }: { messages: Sms[] }) {
  const { t } = useTranslation();
  const time = useTimeFormat();
  const columns = {
    createdAt: t('mailbox.columns.createdAt'),
    to: t('mailbox.columns.to'),
    text: t('mailbox.text'),
    status: t('mailbox.columns.status'),
  };
  return (
    <table className="table table--zebra table--responsive-headers mailbox-table">
      <caption className="sr-only">{t('mailbox.smsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.createdAt}</th>
          <th scope="col">{columns.to}</th>
          <th scope="col">{columns.text}</th>
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
            <td data-title={columns.text} className="mailbox-sms-text">
              <LinkedText text={message.text} />
            </td>
            <td data-title={columns.status}>{t(`mailbox.status.${message.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
