import { useTranslation } from 'react-i18next';
import { DkfdsIcon } from '../../ui/web/index.ts';
import type { ProgrammePageContent } from '../programmes.contract.ts';
import { PhoneLink } from './phone-link.tsx';

/** The people to call or write to about the programme. */
export function ContactList({ contacts }: { contacts: ProgrammePageContent['contacts'] }) {
  const { t } = useTranslation('programmes');
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('sections.contacts')}</h2>
      <ul className="contact-list">
        {contacts.map((contact) => (
          <li key={`${contact.name}-${contact.phone ?? ''}-${contact.email ?? ''}`} className="contact">
            <h3 className="contact-name">{contact.name}</h3>
            {contact.role ? <p className="contact-role">{contact.role}</p> : null}
            <div className="contact-actions">
              {contact.phone ? (
                <PhoneLink
                  phone={contact.phone}
                  label={t('contacts.call', { phone: contact.phone })}
                  variant="secondary"
                />
              ) : null}
              {contact.email ? (
                <a className="button button-secondary contact-email" href={`mailto:${contact.email}`}>
                  <DkfdsIcon name="email" />
                  <span>{t('contacts.write', { email: contact.email })}</span>
                </a>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
