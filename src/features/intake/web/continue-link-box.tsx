import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { ApplicationAnswers } from '../intake.contract.ts';
import { sendContinueLink } from './application.requests.ts';

/** "Send me a link": to the e-mail or phone already in the draft, so they can continue later. */
export function ContinueLinkBox({ token, answers }: { token: string; answers: ApplicationAnswers }) {
  const { t } = useTranslation('intake');
  const problemMessage = useProblemMessage();
  const [message, setMessage] = useState('');
  const channels = [
    ...(answers.email ? (['email'] as const) : []),
    ...(answers.phone ? (['sms'] as const) : []),
  ];
  if (channels.length === 0) return null;

  async function send(channel: 'email' | 'sms') {
    try {
      await sendContinueLink(token, channel);
      setMessage(
        t('link.sent', { channel: t(channel === 'email' ? 'link.channelEmail' : 'link.channelSms') }),
      );
    } catch (error) {
      setMessage(problemMessage(error));
    }
  }

  return (
    <aside className="continue-link" aria-labelledby="continue-link-heading">
      <h2 id="continue-link-heading" className="h4">
        {t('link.title')}
      </h2>
      <p>{t('link.text')}</p>
      <p className="application-actions">
        {channels.map((channel) => (
          <button
            key={channel}
            type="button"
            className="button button-secondary"
            onClick={() => void send(channel)}
          >
            {t(channel === 'email' ? 'link.email' : 'link.sms')}
          </button>
        ))}
      </p>
      <p role="status">{message}</p>
    </aside>
  );
}
