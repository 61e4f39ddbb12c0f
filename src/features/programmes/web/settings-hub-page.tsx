import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { PROGRAMME_PARAM, RequireLogin, useChosenProgramme } from '../../accounts/web/index.ts';
import { DkfdsIcon } from '../../ui/web/index.ts';

/**
 * Route `/indstillinger`, for staff and admins: the way to the programme's public page, its
 * intake settings and its privacy notice. The programme choice (`?projekt=`) goes along.
 */
export function SettingsHubPage() {
  const { t } = useTranslation('settings');
  return <RequireLogin documentTitle={t('documentTitle')}>{(me) => <Hub me={me} />}</RequireLogin>;
}

function Hub({ me }: { me: MeResponse }) {
  const { t } = useTranslation('settings');
  const { managed, chosen, search } = useChosenProgramme(me);
  if (!chosen) return <SettingsNotForYou title={t('title')} />;
  const links = [
    { to: '/indstillinger/side', label: t('hub.page'), hint: t('hub.pageHint') },
    { to: '/indstillinger/optagelse', label: t('hub.intake'), hint: t('hub.intakeHint') },
    { to: '/indstillinger/privatliv', label: t('hub.privacy'), hint: t('hub.privacyHint') },
    { to: '/evaluering', label: t('hub.evaluation'), hint: t('hub.evaluationHint') },
  ];
  return (
    <div className="settings-page">
      <title>{`${t('documentTitle')} – makker`}</title>
      <h1>{t('title')}</h1>
      {managed.length > 1 ? (
        <Form method="get" action="/indstillinger" className="people-programme-chooser">
          <div className="form-group">
            <label className="form-label" htmlFor="settings-programme">
              {t('programmeLabel')}
            </label>
            <select
              id="settings-programme"
              name={PROGRAMME_PARAM}
              className="form-select"
              defaultValue={chosen.programme.slug}
            >
              {managed.map((m) => (
                <option key={m.programme.id} value={m.programme.slug}>
                  {m.programme.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            {t('programmeShow')}
          </button>
        </Form>
      ) : null}
      <p className="font-lead">{t('intro', { programme: chosen.programme.name })}</p>
      <ul className="settings-links nobullet-list">
        {links.map((link) => (
          <li key={link.to} className="settings-link-item">
            <Link to={`${link.to}${search}`} className="settings-link">
              {link.label}
            </Link>
            <p className="form-hint settings-link-hint">{link.hint}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A person who is not staff or admin in any programme and found a settings address. */
export function SettingsNotForYou({ title }: { title: string }) {
  const { t } = useTranslation('settings');
  return (
    <div>
      <title>{`${title} – makker`}</title>
      <h1>{title}</h1>
      <div className="alert alert-info">
        <DkfdsIcon name="info" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('notForYou')}</p>
        </div>
      </div>
      <p>
        <Link to="/min-side" className="button button-secondary">
          {t('backToMyPage')}
        </Link>
      </p>
    </div>
  );
}
