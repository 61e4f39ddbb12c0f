/**
 * The results of one role, shared by the dashboard and the HTML report: per outcome a table of
 * the comparisons with T0 (suppressed cells say "fewer than 5"), the small-n facts in words, the
 * slope chart and the distribution of change of the comparison that matters most (the primary
 * T2, else the latest shown), and relapse as proportions.
 */
import { useTranslation } from 'react-i18next';
import type { ComparisonResult, Dashboard, Outcome } from '../dashboard.contract.ts';
import {
  formatInterval,
  formatNumber,
  formatP,
  type Lang,
  relapseSentence,
  smallNFact,
} from '../dashboard-words.ts';
import { ChangeChart, SlopeChart } from './dashboard-charts.tsx';

function useLang(): Lang {
  const { i18n } = useTranslation('evaluation');
  return i18n.language === 'en' ? 'en' : 'da';
}

function ComparisonRow({ c }: { c: ComparisonResult }) {
  const { t } = useTranslation('evaluation');
  const lang = useLang();
  const label = t('dashboard.outcomes.versus', { wave: c.comparison });
  if (c.suppressed) {
    return (
      <tr>
        <th scope="row">{label}</th>
        <td colSpan={6}>{t('dashboard.suppressed')}</td>
      </tr>
    );
  }
  const p = formatP(c.p, lang) + (c.pMethod === 'normal' ? ` (${t('dashboard.outcomes.pNormal')})` : '');
  return (
    <tr>
      <th scope="row">
        {label}
        {c.primary ? (
          <>
            <br />
            <strong>{t('dashboard.outcomes.primary')}</strong>
          </>
        ) : null}
      </th>
      <td>{t('dashboard.outcomes.pairsValue', { pairs: c.nPairs, missing: c.nMissing })}</td>
      <td>
        {formatNumber(c.medianBefore, lang)} → {formatNumber(c.medianAfter, lang)}
      </td>
      <td>
        {c.improved} / {c.unchanged} / {c.worsened}
      </td>
      <td>
        {p}
        {c.pHolm !== null ? (
          <>
            <br />
            {t('dashboard.outcomes.pHolm')} {formatP(c.pHolm, lang)}
          </>
        ) : null}
      </td>
      <td>
        {formatNumber(c.rankBiserial, lang, 2)} ({formatInterval(c.rankBiserialCi, lang)})
      </td>
      <td>
        {formatNumber(c.hodgesLehmann, lang, 2)} ({formatInterval(c.hodgesLehmannCi, lang)})
        {c.hodgesLehmannCiExact ? null : (
          <>
            <br />
            {t('dashboard.outcomes.approximate')}
          </>
        )}
      </td>
    </tr>
  );
}

function OutcomeSection({
  o,
  headingLevel,
  idPrefix,
}: {
  o: Outcome;
  headingLevel: 3 | 4;
  idPrefix: string;
}) {
  const { t } = useTranslation('evaluation');
  const lang = useLang();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const id = `${idPrefix}-${o.key}`;
  const shown = o.comparisons.filter((c) => !c.suppressed);
  const focus = shown.find((c) => c.primary) ?? shown.find((c) => c.comparison === 'T2') ?? shown.at(-1);
  const isPrimary = o.comparisons.some((c) => c.primary);
  return (
    <section aria-labelledby={id} className="dashboard-outcome">
      <Heading id={id}>{o.title}</Heading>
      <p>
        {o.direction === 'higher-is-worse'
          ? t('dashboard.outcomes.higherWorse')
          : t('dashboard.outcomes.higherBetter')}
        {o.min !== null && o.max !== null
          ? ` (${formatNumber(o.min, lang)}–${formatNumber(o.max, lang)})`
          : ''}
        . {isPrimary ? t('dashboard.outcomes.primary') : t('dashboard.outcomes.exploratory')}.
      </p>
      <section
        className="table--responsive-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
        tabIndex={0}
        aria-label={o.title}
      >
        <table className="table table--compact">
          <caption className="sr-only">{o.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.outcomes.comparison')}</th>
              <th scope="col">{t('dashboard.outcomes.pairs')}</th>
              <th scope="col">{t('dashboard.outcomes.median')}</th>
              <th scope="col">{t('dashboard.outcomes.change')}</th>
              <th scope="col">{t('dashboard.outcomes.p')}</th>
              <th scope="col">{t('dashboard.outcomes.r')}</th>
              <th scope="col">{t('dashboard.outcomes.hl')}</th>
            </tr>
          </thead>
          <tbody>
            {o.comparisons.map((c) => (
              <ComparisonRow key={c.comparison} c={c} />
            ))}
          </tbody>
        </table>
      </section>
      <ul className="dashboard-facts">
        {o.comparisons
          .filter((c) => !c.suppressed)
          .map((c) => (
            <li key={c.comparison}>
              {t('dashboard.outcomes.versus', { wave: c.comparison })}: {smallNFact(c, lang)}
            </li>
          ))}
      </ul>
      {focus ? (
        <div className="dashboard-figures">
          <SlopeChart title={o.title} c={focus} min={o.min} max={o.max} />
          <ChangeChart title={o.title} c={focus} />
        </div>
      ) : null}
    </section>
  );
}

export function RoleResults({
  d,
  headingLevel,
  idPrefix,
}: {
  d: Dashboard;
  headingLevel: 3 | 4;
  idPrefix: string;
}) {
  const { t } = useTranslation('evaluation');
  const lang = useLang();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const ordered = [...d.outcomes].sort(
    (a, b) => Number(b.comparisons.some((c) => c.primary)) - Number(a.comparisons.some((c) => c.primary)),
  );
  return (
    <>
      {ordered.map((o) => (
        <OutcomeSection key={o.key} o={o} headingLevel={headingLevel} idPrefix={idPrefix} />
      ))}
      <section aria-labelledby={`${idPrefix}-relapse`} className="dashboard-outcome">
        <Heading id={`${idPrefix}-relapse`}>{t('dashboard.relapse.title')}</Heading>
        <p>{t('dashboard.relapse.intro')}</p>
        <table className="table table--compact">
          <caption className="sr-only">{t('dashboard.relapse.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.relapse.wave')}</th>
              <th scope="col">{t('dashboard.relapse.result')}</th>
            </tr>
          </thead>
          <tbody>
            {d.relapse.map((r) => (
              <tr key={r.wave}>
                <th scope="row">
                  {t(`dashboard.wave.${r.wave}`)}
                  {r.primary ? ` (${t('dashboard.relapse.primary')})` : ''}
                </th>
                <td>{relapseSentence(r, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
