import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeResponse } from '../accounts.contract.ts';
import { RequireLogin } from './login-required.tsx';
import { myExportUrl } from './people.requests.ts';

/**
 * Route `/min-side/mine-data`: what makker keeps about the person, in a few plain lines, a copy
 * of all of it to download (a readable page, or a data file to take elsewhere), and how to have
 * it erased (staff do it, so a slip of the finger cannot wipe a peer's history).
 */
export function MyDataPage() {
  const { t } = useTranslation('accounts');
  return (
    <RequireLogin documentTitle={t('myData.documentTitle')}>{(me) => <MyDataContent me={me} />}</RequireLogin>
  );
}

function MyDataContent({ me }: { me: MeResponse }) {
  const { t } = useTranslation('accounts');
  return (
    <div className="my-data-page">
      <title>{`${t('myData.documentTitle')} – makker`}</title>
      <p>
        <Link to="/min-side" className="page-back-link">
          {t('myData.backToMyPage')}
        </Link>
      </p>
      <h1>{t('myData.title')}</h1>
      <p className="font-lead">{t('myData.intro')}</p>

      <section aria-labelledby="my-data-stored-heading">
        <h2 id="my-data-stored-heading">{t('myData.stored.title')}</h2>
        <ul className="my-data-list">
          <li>{t('myData.stored.account')}</li>
          <li>{t('myData.stored.programmes')}</li>
          <li>{t('myData.stored.login')}</li>
          <li>{t('myData.stored.invitation')}</li>
          <li>{t('myData.stored.messages')}</li>
          <li>
            {t('myData.stored.log')}{' '}
            <Link to="/min-side/hvem-har-set" className="tap-link">
              {t('auditTrail.title')}
            </Link>
          </li>
        </ul>
        <p>{t('myData.stored.notShared')}</p>
      </section>

      <section aria-labelledby="my-data-download-heading">
        <h2 id="my-data-download-heading">{t('myData.download.title')}</h2>
        <p>{t('myData.download.intro')}</p>
        <div className="download-links">
          <a href={myExportUrl('html')} download className="button button-primary">
            {t('myData.download.html')}
          </a>
          <a href={myExportUrl('json')} download className="button button-secondary">
            {t('myData.download.json')}
          </a>
        </div>
        <p className="my-data-hint">{t('myData.download.formats')}</p>
        <p className="my-data-hint">{t('myData.download.careful')}</p>
      </section>

      <section aria-labelledby="my-data-erase-heading" className="mb-6">
        <h2 id="my-data-erase-heading">{t('myData.erase.title')}</h2>
        <p>{t('myData.erase.text')}</p>
        {me.memberships.length > 0 ? (
          <>
            <p>{t('myData.erase.contact')}</p>
            <ul className="my-data-programmes">
              {me.memberships.map(({ programme }) => (
                <li key={programme.id}>
                  <Link to={`/p/${programme.slug}`} className="tap-link">
                    {programme.name}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>{t('myData.erase.kept')}</p>
      </section>
    </div>
  );
}
