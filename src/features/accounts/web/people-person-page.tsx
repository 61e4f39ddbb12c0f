import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { MeResponse, Person } from '../accounts.contract.ts';
import { RequireLogin } from './login-required.tsx';
import { peopleQuery } from './people.requests.ts';
import { PersonErase } from './people-erase.tsx';
import { PersonExport } from './people-export.tsx';
import { TwoFactorNeededNotice } from './people-notices.tsx';
import { NotForYou } from './people-page.tsx';
import { useChosenProgramme } from './people-programme.ts';
import { ALL_ROLES, canManage } from './people-roles.ts';
import { PersonRolesForm } from './people-roles-form.tsx';

/**
 * Route `/personer/:personId`: one person of the programme, their roles, and the data-subject
 * rights staff carry out for them (a copy of their data, erasure). Its own address, so the
 * browser's back button works and "log in again" can bring staff back to exactly this person.
 */
export function PersonPage() {
  const { t } = useTranslation('accounts');
  return (
    <RequireLogin documentTitle={t('people.person.documentTitle')}>
      {(me) => <PersonContent me={me} />}
    </RequireLogin>
  );
}

function PersonContent({ me }: { me: MeResponse }) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const { personId } = useParams();
  const { chosen, search } = useChosenProgramme(me);
  const people = useQuery({ ...peopleQuery(chosen?.programme.id ?? ''), enabled: Boolean(chosen) });
  if (!chosen) return <NotForYou />;
  const back = (
    <p>
      <Link to={`/personer${search}`} className="page-back-link">
        {t('people.person.back')}
      </Link>
    </p>
  );
  if (people.isPending) {
    return (
      <div className="page-loading">
        <title>{`${t('people.person.documentTitle')} – makker`}</title>
        <div className="spinner" aria-hidden="true" />
        <div className="spinner-status" role="status">
          {t('people.list.loading')}
        </div>
      </div>
    );
  }
  const person = people.data?.people.find((p) => p.id === personId);
  if (!person) {
    return (
      <div>
        <title>{`${t('people.person.documentTitle')} – makker`}</title>
        {back}
        <h1>{t('people.person.documentTitle')}</h1>
        {isApiError(people.error, 'TWO_FACTOR_REQUIRED') ? (
          <TwoFactorNeededNotice />
        ) : (
          <p className="font-lead">
            {people.isError ? problemMessage(people.error) : t('people.person.notFound')}
          </p>
        )}
      </div>
    );
  }
  return (
    <PersonDetails person={person} me={me} programme={chosen.programme} myRoles={chosen.roles} back={back} />
  );
}

function PersonDetails({
  person,
  me,
  programme,
  myRoles,
  back,
}: {
  person: Person;
  me: MeResponse;
  programme: MeResponse['memberships'][number]['programme'];
  myRoles: Person['roles'];
  back: ReactNode;
}) {
  const { t, i18n } = useTranslation('accounts');
  const since = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
  }).format(new Date(person.joinedAt));
  const isMe = person.id === me.user.id;
  return (
    <div className="person-page">
      <title>{`${person.name} – makker`}</title>
      {back}
      <h1>{person.name}</h1>
      <dl className="person-facts">
        <dt>{t('people.list.email')}</dt>
        <dd className="people-email">{person.email}</dd>
        <dt>{t('people.list.roles')}</dt>
        <dd>
          {ALL_ROLES.filter((role) => person.roles.includes(role))
            .map((role) => t(`roles.${role}`))
            .join(', ')}
        </dd>
        <dt>{t('people.list.twoFactor')}</dt>
        <dd>{t(person.twoFactorEnabled ? 'people.list.twoFactorOn' : 'people.list.twoFactorOff')}</dd>
        <dt>{t('people.person.since')}</dt>
        <dd>{t('people.person.sinceValue', { date: since, programme: programme.name })}</dd>
      </dl>
      {isMe ? (
        <p className="person-note">
          {t('people.person.isMe')}{' '}
          <Link to="/min-side/mine-data" className="tap-link">
            {t('myData.title')}
          </Link>
        </p>
      ) : !canManage(myRoles, person.roles) ? (
        <p className="person-note">{t('people.person.adminOnly', { name: person.name })}</p>
      ) : (
        <>
          <PersonRolesForm person={person} programme={programme} myRoles={myRoles} />
          <PersonExport person={person} programme={programme} />
          <PersonErase person={person} programme={programme} />
        </>
      )}
    </div>
  );
}
