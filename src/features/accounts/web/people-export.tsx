import { useTranslation } from 'react-i18next';
import type { MeResponse, Person } from '../accounts.contract.ts';
import { useLoginFreshness } from './fresh-login.ts';
import { personExportUrl } from './people.requests.ts';
import { ReauthenticateNotice } from './people-notices.tsx';

/**
 * A copy of everything makker holds about the person in this programme, e.g. when they ask for
 * it by letter. Plain download links, offered only while the login is recent enough for the
 * server to answer (fresh-login.ts); otherwise the way to log in again.
 */
export function PersonExport({
  person,
  programme,
}: {
  person: Person;
  programme: MeResponse['memberships'][number]['programme'];
}) {
  const { t } = useTranslation('accounts');
  const freshness = useLoginFreshness();
  return (
    <section aria-labelledby="person-export-heading" className="people-section">
      <h2 id="person-export-heading">{t('people.export.title', { name: person.name })}</h2>
      <p>{t('people.export.text', { name: person.name, programme: programme.name })}</p>
      <p>{t('people.export.careful')}</p>
      {freshness === 'checking' ? null : freshness === 'stale' ? (
        <ReauthenticateNotice />
      ) : (
        <div className="download-links">
          <a
            href={personExportUrl(programme.id, person.id, 'html')}
            download
            className="button button-secondary"
          >
            {t('people.export.html')}
          </a>
          <a
            href={personExportUrl(programme.id, person.id, 'json')}
            download
            className="button button-secondary"
          >
            {t('people.export.json')}
          </a>
        </div>
      )}
    </section>
  );
}
