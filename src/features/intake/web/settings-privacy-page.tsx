import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin, TwoFactorNeededNotice, useChosenProgramme } from '../../accounts/web/index.ts';
import { DkfdsIcon, useProblemMessage } from '../../ui/web/index.ts';
import type { PrivacyNotice } from '../intake.contract.ts';
import { privacyNoticesQuery } from './settings.requests.ts';
import { SettingsNotForYou, SettingsNotice, SettingsStatus } from './settings-parts.tsx';
import { PublishNoticeForm } from './settings-privacy-form.tsx';

/**
 * Route `/indstillinger/privatliv`: the privacy notice's versions for staff and admins; an admin
 * publishes a new version (versions are never edited: each consent names the one its applicant
 * read). Others see the versions and who to ask.
 */
export function PrivacySettingsPage() {
  const { t } = useTranslation('intakeSettings');
  return (
    <RequireLogin documentTitle={t('privacy.documentTitle')}>{(me) => <Content me={me} />}</RequireLogin>
  );
}

function Content({ me }: { me: MeResponse }) {
  const { t } = useTranslation('intakeSettings');
  const problemMessage = useProblemMessage();
  const { chosen, search } = useChosenProgramme(me);
  const [message, setMessage] = useState('');
  const notices = useQuery({ ...privacyNoticesQuery(chosen?.programme.id ?? ''), enabled: Boolean(chosen) });
  const format = useDate();
  if (!chosen) return <SettingsNotForYou title={t('privacy.title')} />;
  const isAdmin = chosen.roles.includes('admin');
  const list = notices.data?.notices ?? [];
  const current = list[0];
  return (
    <div className="settings-page">
      <title>{`${t('privacy.documentTitle')} – makker`}</title>
      <p>
        <Link to={`/indstillinger${search}`} className="back-link">
          {t('backToSettings')}
        </Link>
      </p>
      <h1>{t('privacy.title')}</h1>
      <p className="font-lead">{t('privacy.intro')}</p>
      <SettingsStatus text={message} />
      {notices.isPending ? (
        <SettingsNotice loading />
      ) : notices.isError ? (
        isApiError(notices.error, 'TWO_FACTOR_REQUIRED') ? (
          <TwoFactorNeededNotice />
        ) : (
          <SettingsNotice error={problemMessage(notices.error)} onRetry={() => void notices.refetch()} />
        )
      ) : (
        <>
          <p className="settings-current">
            {current
              ? t('privacy.current', { version: current.version, date: format(current.publishedAt) })
              : t('privacy.noneYet')}
          </p>
          {isAdmin ? (
            <PublishNoticeForm
              key={current?.version ?? 0}
              programmeId={chosen.programme.id}
              current={current}
              onPublished={setMessage}
            />
          ) : (
            <div className="alert alert-info">
              <DkfdsIcon name="info" className="alert-icon" />
              <div className="alert-body">
                <p className="alert-text">{t('privacy.adminOnly')}</p>
              </div>
            </div>
          )}
          {list.length > 0 ? <Versions notices={list} format={format} /> : null}
        </>
      )}
    </div>
  );
}

function Versions({ notices, format }: { notices: PrivacyNotice[]; format: (iso: string) => string }) {
  const { t, i18n } = useTranslation('intakeSettings');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return (
    <section aria-labelledby="privacy-versions-heading" className="settings-section">
      <h2 id="privacy-versions-heading">{t('privacy.versions')}</h2>
      {notices.map((notice) => (
        <details key={notice.version} className="settings-version" open={notice === notices[0]}>
          <summary>
            {t('privacy.version', { version: notice.version, date: format(notice.publishedAt) })}
          </summary>
          <h3 className="h5">{t('privacy.textDa')}</h3>
          <p lang="da" className="settings-notice-text">
            {notice.text.da}
          </p>
          <h3 className="h5">{t('privacy.textEn')}</h3>
          <p lang="en" className="settings-notice-text">
            {notice.text.en}
          </p>
          {notice.consents.length > 0 ? (
            <>
              <h3 className="h5">{t('privacy.consentList')}</h3>
              <ul>
                {notice.consents.map((c) => (
                  <li key={c.key}>
                    <span lang={lang}>{c.label[lang]}</span> <code>{c.key}</code>
                    {c.required ? ` ${t('privacy.consentRequired')}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      ))}
    </section>
  );
}

function useDate() {
  const { i18n } = useTranslation();
  const formatter = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  });
  return (iso: string) => formatter.format(new Date(iso));
}
