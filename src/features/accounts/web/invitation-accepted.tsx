import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, useProblemMessage } from '../../ui/web/index.ts';
import type { AcceptInvitationResponse } from '../accounts.contract.ts';
import { requestLoginLink } from './auth.requests.ts';
import { OutcomePage } from './outcome-page.tsx';

/**
 * After accepting, when the person is not (yet) logged in: an existing account whose sessions
 * ended (new roles start with a new login), a new account without a password (log in with an
 * e-mailed link, sent from here), or a new account whose first login did not go through.
 * The login page is loaded afresh, as after every logout.
 */
export function InvitationAccepted({
  result,
  withPassword,
}: {
  result: AcceptInvitationResponse;
  withPassword: boolean;
}) {
  const { t } = useTranslation('accounts');
  const programme = result.programmeName;
  if (result.joinedExistingAccount) {
    return (
      <OutcomePage title={t('invitation.accepted.joinedTitle', { programme })} icon="success">
        <p className="font-lead">{t('invitation.accepted.joinedText', { programme })}</p>
        <p>{t('invitation.accepted.joinedLogIn')}</p>
        <p>
          <a href="/log-ind" className="button button-primary">
            {t('invitation.accepted.logIn')}
          </a>
        </p>
      </OutcomePage>
    );
  }
  if (withPassword) {
    return (
      <OutcomePage title={t('invitation.accepted.readyTitle')} icon="success">
        <p className="font-lead">{t('invitation.accepted.readyText', { programme, email: result.email })}</p>
        <p>
          <a href="/log-ind" className="button button-primary">
            {t('invitation.accepted.logIn')}
          </a>
        </p>
      </OutcomePage>
    );
  }
  return <LinkLoginOffer email={result.email} programme={programme} />;
}

function LinkLoginOffer({ email, programme }: { email: string; programme: string }) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const send = useMutation({ mutationFn: () => requestLoginLink(email) });
  return (
    <OutcomePage title={t('invitation.accepted.welcomeTitle', { programme })} icon="success">
      <p className="font-lead">{t('invitation.accepted.welcomeText', { email })}</p>
      {/* Always in the page, so screen readers announce what is put in it. */}
      <div role="status">
        {send.isSuccess ? (
          <>
            <p className="weight-semibold">{t('invitation.accepted.linkSent', { email })}</p>
            <p>{t('linkSent.validity')}</p>
            <p>{t('linkSent.notFound')}</p>
          </>
        ) : null}
      </div>
      <ErrorSummary items={send.isError ? [{ text: problemMessage(send.error) }] : []} />
      <div className="form-actions">
        <button
          type="button"
          className={send.isSuccess ? 'button button-secondary' : 'button button-primary'}
          onClick={() => {
            if (!send.isPending) send.mutate();
          }}
        >
          {send.isPending
            ? t('form.sending')
            : t(send.isSuccess ? 'invitation.accepted.sendAgain' : 'invitation.accepted.sendLink')}
        </button>
      </div>
    </OutcomePage>
  );
}
