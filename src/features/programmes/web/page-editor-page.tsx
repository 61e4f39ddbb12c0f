import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../shared/api-client.ts';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin, TwoFactorNeededNotice, useChosenProgramme } from '../../accounts/web/index.ts';
import { DkfdsIcon, useProblemMessage } from '../../ui/web/index.ts';
import type { Locale, ProgrammePageContent } from '../programmes.contract.ts';
import { editablePageQuery } from './page-editor.requests.ts';
import { PageEditorForm } from './page-editor-form.tsx';
import { PageImagesSection } from './page-images-section.tsx';
import { SettingsNotForYou } from './settings-hub-page.tsx';

const LOCALES: readonly Locale[] = ['da', 'en'];
/** The query parameter naming the language being edited. */
const LANGUAGE_PARAM = 'sprog';
const EMPTY: ProgrammePageContent = {
  title: '',
  tagline: '',
  what: [],
  who: [],
  how: [],
  contacts: [],
  cafe: [],
  support: [],
};

/**
 * Route `/indstillinger/side`, for staff and admins: the programme's public page, one language
 * at a time (a tab each, `?sprog=en`), saved whole. The public page shows it at once.
 */
export function PageEditorPage() {
  const { t } = useTranslation('settings');
  return (
    <RequireLogin documentTitle={t('page.documentTitle')}>{(me) => <EditorContent me={me} />}</RequireLogin>
  );
}

function EditorContent({ me }: { me: MeResponse }) {
  const { t } = useTranslation('settings');
  const { chosen, search } = useChosenProgramme(me);
  const [params] = useSearchParams();
  const [message, setMessage] = useState('');
  if (!chosen) return <SettingsNotForYou title={t('page.title')} />;
  const locale: Locale = params.get(LANGUAGE_PARAM) === 'en' ? 'en' : 'da';
  const href = (l: Locale) => {
    const next = new URLSearchParams(search);
    if (l !== 'da') next.set(LANGUAGE_PARAM, l);
    const query = next.toString();
    return `/indstillinger/side${query ? `?${query}` : ''}`;
  };
  return (
    <div className="settings-page">
      <title>{`${t('page.documentTitle')} – makker`}</title>
      <p>
        <Link to={`/indstillinger${search}`} className="back-link">
          {t('backToSettings')}
        </Link>
      </p>
      <h1>{t('page.title')}</h1>
      <p className="font-lead">{t('page.intro')}</p>
      <p>
        <Link to={`/p/${chosen.programme.slug}`}>{t('page.show')}</Link>
      </p>
      <nav className="tab-container settings-language-tabs" aria-label={t('page.languages')}>
        <ul className="tab-list">
          {LOCALES.map((l) => (
            <li key={l}>
              <Link
                to={href(l)}
                className="tab-button"
                aria-current={l === locale ? 'page' : undefined}
                onClick={() => setMessage('')}
              >
                <span>{t(`page.languageNames.${l}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div role="status">
        {message ? (
          <div className="alert alert-success alert--paragraph">
            <DkfdsIcon name="success" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-text">{message}</p>
            </div>
          </div>
        ) : null}
      </div>
      <LanguageEditor
        key={`${chosen.programme.id}-${locale}`}
        programmeId={chosen.programme.id}
        locale={locale}
        onSaved={setMessage}
      />
      <PageImagesSection programmeId={chosen.programme.id} onMessage={setMessage} />
    </div>
  );
}

function LanguageEditor({
  programmeId,
  locale,
  onSaved,
}: {
  programmeId: string;
  locale: Locale;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('settings');
  const problemMessage = useProblemMessage();
  const page = useQuery(editablePageQuery(programmeId, locale));
  const language = t(`page.languageNames.${locale}`).toLowerCase();
  if (page.isPending) {
    return (
      <div className="page-loading">
        <div className="spinner" aria-hidden="true" />
        <div className="spinner-status" role="status">
          {t('loading')}
        </div>
      </div>
    );
  }
  const missing = isApiError(page.error, 'PROGRAMME_PAGE_NOT_FOUND');
  if (page.isError && !missing) {
    if (isApiError(page.error, 'TWO_FACTOR_REQUIRED')) return <TwoFactorNeededNotice />;
    return (
      <div>
        <p className="form-error-message" role="alert">
          {problemMessage(page.error)}
        </p>
        <button type="button" className="button button-secondary" onClick={() => void page.refetch()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return (
    <>
      {missing ? (
        <div className="alert alert-info">
          <DkfdsIcon name="info" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t('page.missing', { language })}</p>
          </div>
        </div>
      ) : null}
      <PageEditorForm
        programmeId={programmeId}
        locale={locale}
        initial={page.data?.content ?? EMPTY}
        onSaved={onSaved}
      />
    </>
  );
}
