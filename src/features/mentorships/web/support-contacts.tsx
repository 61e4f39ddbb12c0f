import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { supportContactsQuery } from './mentorships.requests.ts';

/**
 * "Brug for hjælp nu?": the programme's support and crisis contacts from its public page, each
 * one tap away (a `tel:` link as a large button).
 */
export function SupportContacts({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('mentorships');
  const page = useQuery(supportContactsQuery(slug, i18n.resolvedLanguage === 'en' ? 'en' : 'da'));
  const contacts = page.data?.content.support.filter((c) => c.phone) ?? [];
  if (!contacts.length) return null;
  return (
    <section aria-labelledby="pair-support-heading" className="pair-support">
      <h2 id="pair-support-heading" className="h3">
        {t('support.title')}
      </h2>
      <p>{t('support.intro')}</p>
      <ul className="pair-support-list">
        {contacts.map((c) => (
          <li key={c.name}>
            <a
              className="button button-secondary pair-support-call"
              href={`tel:${c.phone!.replace(/\s+/g, '')}`}
            >
              {t('support.call', { name: c.name, phone: c.phone })}
            </a>
            {c.description || c.hours ? (
              <span className="form-hint">{[c.description, c.hours].filter(Boolean).join(' · ')}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
