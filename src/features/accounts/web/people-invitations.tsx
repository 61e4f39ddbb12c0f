import { type UseQueryResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { Invitation, InvitationListResponse } from '../accounts.contract.ts';
import { invitationsQuery, revokeInvitation } from './people.requests.ts';
import { StatusMessage } from './people-notices.tsx';
import { ALL_ROLES, grantableRoles, type Role } from './people-roles.ts';

/**
 * The invitations sent in the programme, newest first, with their state. A pending one can be
 * withdrawn by whoever could have sent it (staff: those for peers and mentors).
 */
export function InvitationList({
  programmeId,
  myRoles,
  invitations,
}: {
  programmeId: string;
  myRoles: readonly Role[];
  invitations: UseQueryResult<InvitationListResponse>;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const columns = {
    name: t('people.invitations.name'),
    to: t('people.invitations.to'),
    roles: t('people.invitations.roles'),
    status: t('people.invitations.status'),
    sent: t('people.invitations.sent'),
    action: t('people.invitations.action'),
  };

  return (
    <section aria-labelledby="invitations-heading" className="people-section">
      <h2 id="invitations-heading" ref={headingRef} tabIndex={-1}>
        {t('people.invitations.title')}
      </h2>
      <StatusMessage text={status} />
      {invitations.isPending ? (
        <p role="status">{t('people.invitations.loading')}</p>
      ) : invitations.isError ? (
        <div>
          <p className="form-error-message" role="alert">
            {problemMessage(invitations.error)}
          </p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void invitations.refetch()}
          >
            {t('myPage.retry')}
          </button>
        </div>
      ) : invitations.data.invitations.length === 0 ? (
        <p>{t('people.invitations.none')}</p>
      ) : (
        <table className="table table--zebra table-lg-responsive-headers invitations-table">
          <caption className="sr-only">{t('people.invitations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.to}</th>
              <th scope="col">{columns.roles}</th>
              <th scope="col">{columns.status}</th>
              <th scope="col">{columns.sent}</th>
              <th scope="col">
                <span className="sr-only">{columns.action}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.invitations.map((invitation) => (
              <InvitationRow
                key={invitation.id}
                invitation={invitation}
                columns={columns}
                programmeId={programmeId}
                mayRevoke={invitation.roles.every((role) => grantableRoles(myRoles).includes(role))}
                onRevoked={(name) => {
                  setStatus(t('people.invitations.revoked', { name }));
                  // The row's button is gone: go on from the top of the list.
                  headingRef.current?.focus();
                }}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function InvitationRow({
  invitation,
  columns,
  programmeId,
  mayRevoke,
  onRevoked,
}: {
  invitation: Invitation;
  columns: Record<'name' | 'to' | 'roles' | 'status' | 'sent' | 'action', string>;
  programmeId: string;
  mayRevoke: boolean;
  onRevoked: (name: string) => void;
}) {
  const { t, i18n } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
  });
  const revoke = useMutation({
    mutationFn: () => revokeInvitation(programmeId, invitation.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: invitationsQuery(programmeId).queryKey });
      onRevoked(invitation.name);
    },
  });
  const expires = date.format(new Date(invitation.expiresAt));
  return (
    <tr>
      <th scope="row" data-title={columns.name}>
        {invitation.name}
      </th>
      <td data-title={columns.to} className="people-email">
        {invitation.channel === 'email'
          ? invitation.email
          : t('people.invitations.bySms', { phone: invitation.phone })}
      </td>
      <td data-title={columns.roles}>
        {ALL_ROLES.filter((role) => invitation.roles.includes(role))
          .map((role) => t(`roles.${role}`))
          .join(', ')}
      </td>
      <td data-title={columns.status}>
        {t(`people.invitations.state.${invitation.status}`, { date: expires })}
      </td>
      <td data-title={columns.sent}>
        {invitation.invitedByName
          ? t('people.invitations.sentBy', {
              date: date.format(new Date(invitation.createdAt)),
              name: invitation.invitedByName,
            })
          : date.format(new Date(invitation.createdAt))}
      </td>
      <td>
        {mayRevoke && invitation.status === 'pending' ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (!revoke.isPending) revoke.mutate();
              }}
            >
              {revoke.isPending ? t('form.sending') : t('people.invitations.revoke')}
              <span className="sr-only"> {t('people.invitations.revokeFor', { name: invitation.name })}</span>
            </button>
            {revoke.isError ? (
              <p className="form-error-message" role="alert">
                {problemMessage(revoke.error)}
              </p>
            ) : null}
          </>
        ) : null}
      </td>
    </tr>
  );
}
