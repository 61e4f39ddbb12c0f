import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form, Link, useLocation } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { DkfdsIcon } from '../../ui/web/index.ts';
import type { MeResponse } from '../accounts.contract.ts';
import { RequireLogin } from './login-required.tsx';
import { invitationsQuery, peopleQuery } from './people.requests.ts';
import { InvitationList } from './people-invitations.tsx';
import { InviteForm } from './people-invite-form.tsx';
import { StatusMessage, TwoFactorNeededNotice } from './people-notices.tsx';
import { PROGRAMME_PARAM, useChosenProgramme } from './people-programme.ts';
import { PeopleTable } from './people-table.tsx';

/** Route state after a person's data was erased on their page: said here, where staff land. */
export interface PeopleNotice {
  notice: string;
}

function noticeOf(state: unknown): string {
  const notice = (state as Partial<PeopleNotice> | null)?.notice;
  return typeof notice === 'string' ? notice : '';
}

/**
 * Route `/personer`, for staff and admins: the people of their programme, inviting someone, and
 * the invitations sent. Each person's roles and data are on their own page (`/personer/:id`).
 */
export function PeoplePage() {
  const { t } = useTranslation('accounts');
  return (
    <RequireLogin documentTitle={t('people.documentTitle')}>{(me) => <PeopleContent me={me} />}</RequireLogin>
  );
}

function PeopleContent({ me }: { me: MeResponse }) {
  const { chosen } = useChosenProgramme(me);
  if (!chosen) return <NotForYou />;
  return <ProgrammePeople key={chosen.programme.id} me={me} />;
}

/** A person without staff or admin roles who found the address. */
export function NotForYou() {
  const { t } = useTranslation('accounts');
  return (
    <div>
      <title>{`${t('people.documentTitle')} – makker`}</title>
      <h1>{t('people.title')}</h1>
      <div className="alert alert-info">
        <DkfdsIcon name="info" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('people.notForYou')}</p>
        </div>
      </div>
      <p>
        <Link to="/min-side" className="button button-secondary">
          {t('people.backToMyPage')}
        </Link>
      </p>
    </div>
  );
}

function ProgrammePeople({ me }: { me: MeResponse }) {
  const { t } = useTranslation('accounts');
  const { managed, chosen, search } = useChosenProgramme(me);
  const location = useLocation();
  const { programme, roles } = chosen!;
  const people = useQuery(peopleQuery(programme.id));
  const invitations = useQuery(invitationsQuery(programme.id));
  const needsTwoFactor =
    isApiError(people.error, 'TWO_FACTOR_REQUIRED') || isApiError(invitations.error, 'TWO_FACTOR_REQUIRED');

  return (
    <div className="people-page">
      <title>{`${t('people.documentTitle')} – makker`}</title>
      <h1>{t('people.title')}</h1>
      {managed.length > 1 ? (
        <Form method="get" action="/personer" className="people-programme-chooser">
          <div className="form-group">
            <label className="form-label" htmlFor="people-programme">
              {t('people.programme.label')}
            </label>
            <select
              id="people-programme"
              name={PROGRAMME_PARAM}
              className="form-select"
              defaultValue={programme.slug}
            >
              {managed.map((m) => (
                <option key={m.programme.id} value={m.programme.slug}>
                  {m.programme.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            {t('people.programme.show')}
          </button>
        </Form>
      ) : null}
      <p className="font-lead">{t('people.intro', { programme: programme.name })}</p>
      <StatusMessage text={noticeOf(location.state)} />
      {needsTwoFactor ? (
        <TwoFactorNeededNotice />
      ) : (
        <>
          {/* Three parts, long on a phone: a way to jump to each (DKFDS anchor links). */}
          <nav className="anchorbox people-anchors" aria-labelledby="people-anchors-title">
            <p className="anchortitle" id="people-anchors-title">
              {t('people.onThisPage')}
            </p>
            <ul className="anchorlist">
              <li>
                <a href="#people-list-heading" className="tap-link">
                  {t('people.list.title')}
                </a>
              </li>
              <li>
                <a href="#invite-heading" className="tap-link">
                  {t('people.invite.title')}
                </a>
              </li>
              <li>
                <a href="#invitations-heading" className="tap-link">
                  {t('people.invitations.title')}
                </a>
              </li>
            </ul>
          </nav>
          <PeopleTable programmeName={programme.name} people={people} search={search} myId={me.user.id} />
          <InviteForm programmeId={programme.id} myRoles={roles} />
          <InvitationList programmeId={programme.id} myRoles={roles} invitations={invitations} />
        </>
      )}
    </div>
  );
}
