import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import { type AuditActor, type AuditEntry, dayOf, groupAuditTrail } from './audit-sentence.ts';
import { RequireLogin } from './login-required.tsx';
import { myAuditTrailQuery } from './people.requests.ts';

/** Intl locales for the app's languages: Danish and British English dates and times. */
const INTL_LOCALE = { da: 'da-DK', en: 'en-GB' } as const;

/**
 * Route `/min-side/hvem-har-set`: who has looked at or changed the person's data, and when, in
 * plain sentences grouped by day, newest first. Seeing it is part of trusting the programme with
 * health data; the page also says what to do when something looks wrong.
 */
export function AuditTrailPage() {
  const { t } = useTranslation('accounts');
  return (
    <RequireLogin documentTitle={t('auditTrail.documentTitle')}>{() => <AuditTrailContent />}</RequireLogin>
  );
}

function AuditTrailContent() {
  const { t, i18n } = useTranslation('accounts');
  const problemMessage = useProblemMessage();
  const trail = useQuery(myAuditTrailQuery());
  const locale = INTL_LOCALE[i18n.resolvedLanguage === 'en' ? 'en' : 'da'];
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
  const today = dayOf(new Date());
  const yesterday = dayOf(new Date(Date.now() - 24 * 60 * 60_000));

  function dayHeading(day: string, sample: Date): string {
    const full = dayFormat.format(sample);
    const date = full.charAt(0).toLocaleUpperCase(locale) + full.slice(1);
    if (day === today) return t('auditTrail.today', { date: full });
    if (day === yesterday) return t('auditTrail.yesterday', { date: full });
    return date;
  }

  return (
    <div className="audit-trail-page">
      <title>{`${t('auditTrail.documentTitle')} – makker`}</title>
      <p>
        <Link to="/min-side" className="page-back-link">
          {t('myData.backToMyPage')}
        </Link>
      </p>
      <h1>{t('auditTrail.title')}</h1>
      <p className="font-lead">{t('auditTrail.intro')}</p>
      <p>{t('auditTrail.why')}</p>
      <p>{t('auditTrail.worried')}</p>
      {trail.isPending ? (
        <p role="status">{t('auditTrail.loading')}</p>
      ) : trail.isError ? (
        <div>
          <p className="form-error-message" role="alert">
            {problemMessage(trail.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void trail.refetch()}>
            {t('myPage.retry')}
          </button>
        </div>
      ) : trail.data.events.length === 0 ? (
        <p>{t('auditTrail.none')}</p>
      ) : (
        groupAuditTrail(trail.data.events).map(({ day, entries }) => (
          <section key={day} aria-labelledby={`audit-day-${day}`} className="audit-day">
            <h2 id={`audit-day-${day}`} className="h3">
              {dayHeading(day, entries[0]!.latest)}
            </h2>
            <ul className="audit-list">
              {entries.map((entry) => (
                <AuditLineItem
                  key={`${entry.latest.toISOString()}-${entry.sentence}`}
                  entry={entry}
                  locale={locale}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

function AuditLineItem({ entry, locale }: { entry: AuditEntry; locale: string }) {
  const { t } = useTranslation('accounts');
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const latest = time.format(entry.latest);
  const earliest = time.format(entry.earliest);
  const when =
    entry.count > 1 && latest !== earliest
      ? t('auditTrail.timeRange', { from: earliest, to: latest })
      : t('auditTrail.time', { time: latest });
  const who = useWho(entry.actor);
  return (
    <li className="audit-line">
      <time dateTime={entry.latest.toISOString()} className="audit-time">
        {when}
      </time>{' '}
      <span className="audit-text">
        {t(`auditTrail.events.${entry.sentence}`, { who })}
        {entry.count > 1 ? ` ${t('auditTrail.times', { count: entry.count })}` : ''}.
      </span>
    </li>
  );
}

/** "Lene Sørensen (medarbejder)", "En tidligere medarbejder", "Nogen", "makker". */
function useWho(actor: AuditActor): string {
  const { t } = useTranslation('accounts');
  switch (actor.kind) {
    case 'self':
      return t('auditTrail.who.you');
    case 'named':
      return actor.role
        ? t('auditTrail.who.named', { name: actor.name, role: t(`people.roleWords.${actor.role}`) })
        : actor.name;
    case 'former':
      return actor.role
        ? t('auditTrail.who.former', { role: t(`people.roleWords.${actor.role}`) })
        : t('auditTrail.who.someone');
    case 'system':
      return t('auditTrail.who.system');
    default:
      return t('auditTrail.who.someone');
  }
}
