import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { PeopleResponse } from '../accounts.contract.ts';
import { ALL_ROLES } from './people-roles.ts';

/**
 * The people of the programme as a DKFDS table. Below the `md` breakpoint each row becomes a
 * card with the column names beside the values (`data-title`), so a 320 px screen shows it all
 * without scrolling sideways. A person's name leads to their page.
 */
export function PeopleTable({
  programmeName,
  people,
  search,
  myId,
}: {
  programmeName: string;
  people: UseQueryResult<PeopleResponse>;
  search: string;
  myId: string;
}) {
  const { t } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const columns = {
    name: t('people.list.name'),
    email: t('people.list.email'),
    roles: t('people.list.roles'),
    twoFactor: t('people.list.twoFactor'),
  };
  return (
    <section aria-labelledby="people-list-heading" className="people-section">
      <h2 id="people-list-heading">{t('people.list.title')}</h2>
      {people.isPending ? (
        <p role="status">{t('people.list.loading')}</p>
      ) : people.isError ? (
        <div>
          <p className="form-error-message" role="alert">
            {problemMessage(people.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void people.refetch()}>
            {t('myPage.retry')}
          </button>
        </div>
      ) : (
        <>
          <p>{t('people.list.intro')}</p>
          <table className="table table--zebra table-md-responsive-headers people-table">
            <caption className="sr-only">{t('people.list.caption', { programme: programmeName })}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.email}</th>
                <th scope="col">{columns.roles}</th>
                <th scope="col">{columns.twoFactor}</th>
              </tr>
            </thead>
            <tbody>
              {people.data.people.map((person) => (
                <tr key={person.id}>
                  <th scope="row" data-title={columns.name}>
                    <Link to={`/personer/${person.id}${search}`} className="people-name-link">
                      {person.name}
                    </Link>
                    {person.id === myId ? <span className="people-you"> {t('people.list.you')}</span> : null}
                  </th>
                  <td data-title={columns.email} className="people-email">
                    {person.email}
                  </td>
                  <td data-title={columns.roles}>
                    {ALL_ROLES.filter((role) => person.roles.includes(role))
                      .map((role) => t(`roles.${role}`))
                      .join(', ')}
                  </td>
                  <td data-title={columns.twoFactor}>
                    {t(person.twoFactorEnabled ? 'people.list.twoFactorOn' : 'people.list.twoFactorOff')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
