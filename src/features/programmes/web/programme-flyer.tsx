import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammePageResponse } from '../programmes.contract.ts';
import { CafeTimes } from './cafe-times.tsx';
import { ContactList } from './contact-list.tsx';
import { HelpNowBox } from './help-now-box.tsx';
import { ProgrammeImages } from './programme-images.tsx';

/**
 * A programme's public page: what the printed flyer says. Help lines come right after the
 * introduction; café and contacts sit beside the text on wide screens and after it on phones.
 */
export function ProgrammeFlyer({ page }: { page: ProgrammePageResponse }) {
  const { t, i18n } = useTranslation('programmes');
  const { content, locale } = page;
  // When the content is not in the chosen language, say so, and mark it for screen readers.
  const differs = i18n.resolvedLanguage !== locale;
  return (
    <article className="programme-flyer" lang={differs ? locale : undefined}>
      <title>{`${content.title} – makker`}</title>
      {differs ? (
        <p className="alert alert-info alert--paragraph" lang={i18n.resolvedLanguage}>
          {t('otherLanguage', { language: t(`languageNames.${locale}`) })}
        </p>
      ) : null}
      <h1 className="programme-title">{content.title}</h1>
      {content.tagline ? <p className="font-lead programme-tagline">{content.tagline}</p> : null}
      <HelpNowBox support={content.support} />
      <div className="row">
        <div className="col-12 col-lg-7 programme-main">
          {content.what.length > 0 ? (
            <section aria-labelledby="what-heading">
              <h2 id="what-heading">{t('sections.what')}</h2>
              {content.what.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </section>
          ) : null}
          <ProgrammeImages images={page.images} locale={locale} />
          {content.who.length > 0 ? (
            <section aria-labelledby="who-heading">
              <h2 id="who-heading">{t('sections.who')}</h2>
              <ul className="programme-list">
                {content.who.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {content.how.length > 0 ? (
            <section aria-labelledby="how-heading">
              <h2 id="how-heading">{t('sections.how')}</h2>
              <ol className="programme-steps">
                {content.how.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </section>
          ) : null}
          <section aria-labelledby="apply-heading" className="programme-apply">
            <h2 id="apply-heading">{t('apply.title')}</h2>
            <p className="programme-apply-links">
              <Link to={`/p/${page.programme.slug}/ansoeg/peer`} className="button button-primary">
                {t('apply.peer')}
              </Link>
              <Link to={`/p/${page.programme.slug}/ansoeg/mentor`} className="button button-secondary">
                {t('apply.mentor')}
              </Link>
            </p>
          </section>
        </div>
        <div className="col-12 col-lg-5 programme-side">
          <CafeTimes cafe={content.cafe} locale={locale} />
          <ContactList contacts={content.contacts} />
        </div>
      </div>
    </article>
  );
}
