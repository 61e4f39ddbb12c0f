import { useTranslation } from 'react-i18next';
import type { ProgrammePageContent } from '../programmes.contract.ts';
import { PhoneLink } from './phone-link.tsx';

/**
 * Crisis and support lines, one tap away and near the top of the page: someone reading this page
 * may be having a hard day. Not role="alert": it is always there and must not interrupt.
 */
export function HelpNowBox({ support }: { support: ProgrammePageContent['support'] }) {
  const { t } = useTranslation('programmes');
  if (support.length === 0) return null;
  return (
    <section className="help-now" aria-labelledby="help-now-heading">
      <h2 id="help-now-heading" className="help-now-heading">
        {t('helpNow.title')}
      </h2>
      <p className="help-now-intro">{t('helpNow.intro')}</p>
      <ul className="help-now-list">
        {support.map((line) => (
          <li key={`${line.name}-${line.phone ?? ''}`} className="help-now-line">
            <p className="help-now-name">{line.name}</p>
            {line.description || line.hours ? (
              <p className="help-now-details">{[line.description, line.hours].filter(Boolean).join(' · ')}</p>
            ) : null}
            {line.phone ? (
              <PhoneLink
                phone={line.phone}
                label={t('helpNow.call', { phone: line.phone })}
                variant="primary"
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
