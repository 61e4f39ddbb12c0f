import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApplicantRole } from '../eligibility.contract.ts';
import { funnelQuery } from './screening.requests.ts';

/**
 * The intake in numbers for the role shown: per month of sending, how many applied, met the rules,
 * had an interview and were approved; and the median days from sending to a decision.
 */
export function ScreeningFunnel({ programmeId, role }: { programmeId: string; role: ApplicantRole }) {
  const { t, i18n } = useTranslation('screening');
  const funnel = useQuery(funnelQuery(programmeId));
  if (!funnel.data) return null;
  const months = funnel.data.months.filter((m) => m.role === role);
  const median = funnel.data.medianDaysToDecision[role];
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
  const roles = t(`roles.${role}`).toLowerCase();
  return (
    <section aria-labelledby="screening-funnel-heading" className="screening-funnel">
      <h2 id="screening-funnel-heading">{t('funnel.title')}</h2>
      <p>
        {median === null ? t('funnel.noDecisions') : t('funnel.median', { count: Math.round(median), roles })}
      </p>
      {months.length > 0 ? (
        // A table wider than a phone scrolls; the region can be reached and scrolled by keyboard.
        <section
          className="table--responsive-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
          tabIndex={0}
          aria-label={t('funnel.caption', { roles })}
        >
          <table className="table">
            <caption>{t('funnel.caption', { roles })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('funnel.month')}</th>
                <th scope="col">{t('funnel.applied')}</th>
                <th scope="col">{t('funnel.eligible')}</th>
                <th scope="col">{t('funnel.interviewed')}</th>
                <th scope="col">{t('funnel.approved')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{monthName(m.month)}</th>
                  <td>{m.applied}</td>
                  <td>{m.eligible}</td>
                  <td>{m.interviewed}</td>
                  <td>{m.approved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </section>
  );
}
