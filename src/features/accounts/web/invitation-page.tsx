import { type UseMutationResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { DkfdsIcon, ErrorSummary, useProblemMessage } from '../../ui/web/index.ts';
import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  InvitationPreview,
  MeResponse,
} from '../accounts.contract.ts';
import { meQuery } from './accounts.queries.ts';
import { signInWithPassword } from './auth.requests.ts';
import { InvitationAcceptForm } from './invitation-accept-form.tsx';
import { InvitationAccepted } from './invitation-accepted.tsx';
import { OutcomePage } from './outcome-page.tsx';
import { acceptInvitation, previewInvitation } from './people.requests.ts';
import { useRoleWords } from './people-roles.ts';
import { loginPathReturningTo } from './return-path.ts';
import { SignOutButton } from './sign-out-button.tsx';

/** The shape of our tokens' length (invitation-token.ts); anything else is not worth asking about. */
const isTokenShaped = (token: string) => token.length >= 20 && token.length <= 200;

/**
 * Route `/invitation#<token>`, where the link in an invitation (e-mail or SMS) lands. The token
 * is in the fragment, which the browser never sends: the page reads it and asks the server what
 * it invites to. A new person makes their login here; someone with an account logs in first.
 */
export function InvitationPage() {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const token = useLocation().hash.replace(/^#/, '');
  const me = useQuery(meQuery());
  const preview = useQuery({
    queryKey: ['accounts', 'invitation', token],
    queryFn: () => previewInvitation(token),
    enabled: isTokenShaped(token),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!isTokenShaped(token) || isApiError(preview.error, 'INVITATION_INVALID')) {
    return <InvitationInvalid />;
  }
  if (preview.isError) {
    return (
      <div>
        <title>{`${t('invitation.loadErrorTitle')} – makker`}</title>
        <div className="alert alert-error" role="alert">
          <DkfdsIcon name="error" className="alert-icon" />
          <div className="alert-body">
            <h1 className="alert-heading">{t('invitation.loadErrorTitle')}</h1>
            <p className="alert-text">{problemMessage(preview.error)}</p>
          </div>
        </div>
        <button type="button" className="button button-secondary" onClick={() => void preview.refetch()}>
          {t('myPage.retry')}
        </button>
      </div>
    );
  }
  if (preview.isPending || me.isPending) {
    return (
      <div className="page-loading">
        <title>{`${t('invitation.documentTitle')} – makker`}</title>
        <div className="spinner" aria-hidden="true" />
        <div className="spinner-status" role="status">
          {t('invitation.loading')}
        </div>
      </div>
    );
  }
  return <InvitationContent token={token} preview={preview.data} me={me.data ?? null} />;
}

function InvitationContent({
  token,
  preview,
  me,
}: {
  token: string;
  preview: InvitationPreview;
  me: MeResponse | null;
}) {
  const { t, i18n } = useTranslation('accounts');
  const roleWords = useRoleWords();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: acceptAndLogIn,
    onSuccess: (result) => {
      if (!result.loggedIn) return;
      // As after any login: Min side waits for the new answer to "who is logged in".
      void queryClient.resetQueries({ queryKey: meQuery().queryKey });
      void navigate('/min-side');
    },
  });
  const expires = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
  }).format(new Date(preview.expiresAt));

  if (accept.isSuccess && !accept.data.loggedIn) {
    return <InvitationAccepted result={accept.data} withPassword={Boolean(accept.variables.password)} />;
  }
  if (isApiError(accept.error, 'INVITATION_INVALID')) return <InvitationInvalid />;

  return (
    <div className="invitation-page">
      <title>{`${t('invitation.documentTitle')} – makker`}</title>
      <h1>{t('invitation.title', { programme: preview.programmeName })}</h1>
      <p className="font-lead">
        {t('invitation.invited', {
          name: preview.name,
          programme: preview.programmeName,
          roles: roleWords(preview.roles),
        })}
      </p>
      <p>{t('invitation.expires', { date: expires })}</p>
      {me ? (
        <AcceptAsMe token={token} preview={preview} me={me} accept={accept} />
      ) : preview.accountExists ? (
        <LogInFirst token={token} email={preview.email ?? ''} />
      ) : (
        <InvitationAcceptForm token={token} preview={preview} accept={accept} />
      )}
    </div>
  );
}

/** The answer to accepting, and whether the person is now logged in with their new password. */
type Accepted = AcceptInvitationResponse & { loggedIn: boolean };

export type AcceptMutation = UseMutationResult<Accepted, Error, AcceptInvitationRequest>;

/**
 * Accepts, then logs a new person in with the password they just chose, so they land on Min
 * side. If that login fails (or asks for more), the account is made all the same: the outcome
 * page says so and offers the login page.
 */
async function acceptAndLogIn(input: AcceptInvitationRequest): Promise<Accepted> {
  const result = await acceptInvitation(input);
  if (!input.password || result.joinedExistingAccount) return { ...result, loggedIn: false };
  try {
    const login = await signInWithPassword({ email: result.email, password: input.password });
    return { ...result, loggedIn: !login?.twoFactorRedirect };
  } catch {
    return { ...result, loggedIn: false };
  }
}

/** Logged in: the invitation is added to this account, if it is the one the invitation is for. */
function AcceptAsMe({
  token,
  preview,
  me,
  accept,
}: {
  token: string;
  preview: InvitationPreview;
  me: MeResponse;
  accept: AcceptMutation;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const otherAccount =
    (preview.email !== null && preview.email.toLowerCase() !== me.user.email.toLowerCase()) ||
    isApiError(accept.error, 'INVITATION_OTHER_ACCOUNT');
  if (otherAccount) {
    return (
      <section aria-labelledby="invitation-other-heading" className="invitation-step">
        <h2 id="invitation-other-heading">{t('invitation.otherAccount.title')}</h2>
        <p>
          {t('invitation.otherAccount.text', {
            invited: preview.email ?? t('invitation.otherAccount.anotherEmail'),
            email: me.user.email,
          })}
        </p>
        <SignOutButton className="button button-primary" label={t('invitation.otherAccount.signOut')} />
      </section>
    );
  }
  return (
    <section aria-labelledby="invitation-me-heading" className="invitation-step">
      <h2 id="invitation-me-heading">{t('invitation.asMe.title')}</h2>
      <p>{t('invitation.asMe.text', { name: me.user.name, email: me.user.email })}</p>
      <p>{t('invitation.asMe.afterwards')}</p>
      <ErrorSummary items={accept.isError ? [{ text: problemMessage(accept.error) }] : []} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            if (accept.isPending) return;
            accept.mutate(
              { token, name: me.user.name, email: me.user.email },
              // The account's sessions ended: nobody is logged in any more (the header follows).
              { onSuccess: () => queryClient.setQueryData(meQuery().queryKey, null) },
            );
          }}
        >
          {accept.isPending ? t('form.sending') : t('invitation.asMe.accept')}
        </button>
      </div>
    </section>
  );
}

/** The invited e-mail has an account: log in to it first, then come back to this link. */
function LogInFirst({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation('accounts');
  return (
    <section aria-labelledby="invitation-login-heading" className="invitation-step">
      <h2 id="invitation-login-heading">{t('invitation.logInFirst.title')}</h2>
      <p>{t('invitation.logInFirst.text', { email })}</p>
      <p>{t('invitation.logInFirst.afterwards')}</p>
      <p>
        <Link to={loginPathReturningTo(`/invitation#${token}`)} className="button button-primary">
          {t('invitation.logInFirst.button')}
        </Link>
      </p>
    </section>
  );
}

export function InvitationInvalid() {
  const { t } = useTranslation('accounts');
  return (
    <OutcomePage title={t('invitation.invalid.title')} icon="error">
      <p className="font-lead">{t('invitation.invalid.text')}</p>
      <p>{t('invitation.invalid.askAgain')}</p>
      <p>
        <Link to="/log-ind" className="button button-secondary">
          {t('invitation.invalid.logIn')}
        </Link>
      </p>
    </OutcomePage>
  );
}
