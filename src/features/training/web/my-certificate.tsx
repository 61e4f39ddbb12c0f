import { useTranslation } from 'react-i18next';
import type { MyCohort } from '../training.contract.ts';
import { ownCertificateUrl } from './training.requests.ts';
import { useTrainingFormat } from './training-format.ts';

/** The course certificate of a cohort the mentor completed: a plain download link (decision 034). */
export function MyCertificate({ programmeId, cohort }: { programmeId: string; cohort: MyCohort }) {
  const { t } = useTranslation('training');
  const format = useTrainingFormat();
  if (!cohort.certificate) return null;
  const headingId = `my-certificate-${cohort.id}`;
  return (
    <section aria-labelledby={headingId} className="training-card training-certificate">
      <h3 id={headingId} className="h4">
        {t('certificate.title')}
      </h3>
      <p>{t('certificate.mine')}</p>
      {cohort.certificate.issuedAt ? (
        <p>{t('certificate.issuedMine', { date: format.shortDay(cohort.certificate.issuedAt) })}</p>
      ) : null}
      <p>
        <a
          href={ownCertificateUrl(programmeId, cohort.id)}
          download="kursusbevis.pdf"
          className="button button-primary training-action"
        >
          {t('certificate.download')}
        </a>
      </p>
    </section>
  );
}
