import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The part of Min side that leads to "Mine data" and "Hvem har set mine data". */
export function MyDataLinks() {
  const { t } = useTranslation('accounts');
  return (
    <section aria-labelledby="my-data-links-heading" className="mb-6">
      <h2 id="my-data-links-heading">{t('myData.links.title')}</h2>
      <p>{t('myData.links.intro')}</p>
      <ul className="my-data-links">
        <li>
          <Link to="/min-side/mine-data" className="tap-link">
            {t('myData.title')}
          </Link>
        </li>
        <li>
          <Link to="/min-side/ansoegning" className="tap-link">
            {t('myData.links.application')}
          </Link>
        </li>
        <li>
          <Link to="/min-side/hvem-har-set" className="tap-link">
            {t('auditTrail.title')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
