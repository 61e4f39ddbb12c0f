import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApplicationDetail, INTERVIEW_FROM } from '../intake.contract.ts';
import { useScreeningFormat } from './screening-format.ts';
import { ScreeningInterviewBooking } from './screening-interview-booking.tsx';
import { ScreeningInterviewNotes } from './screening-interview-notes.tsx';
import { ScreeningStatusMessage } from './screening-status-message.tsx';

/**
 * "Samtale": the booked time and place, booking or moving it while screening is open, and the
 * notes with the checklist once it is booked. One live region says what a save did.
 */
export function ScreeningInterviewSection({
  programmeId,
  application,
}: {
  programmeId: string;
  application: ApplicationDetail;
}) {
  const { t } = useTranslation('screening');
  const format = useScreeningFormat();
  const [message, setMessage] = useState('');
  const current = application.interview;
  const canBook = INTERVIEW_FROM.includes(application.status);
  return (
    <section aria-labelledby="screening-interview-heading" className="screening-section screening-interview">
      <h2 id="screening-interview-heading">{t('interview.title')}</h2>
      <ScreeningStatusMessage text={message} />
      {current ? (
        <dl className="screening-summary">
          <div>
            <dt>{t('interview.when')}</dt>
            <dd>{format.dateTime(current.startsAt)}</dd>
          </div>
          <div>
            <dt>{t('interview.place')}</dt>
            <dd>{current.place}</dd>
          </div>
          {current.bookedByName ? (
            <div>
              <dt>{t('interview.bookedBy')}</dt>
              <dd>{current.bookedByName}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p>{t('interview.none')}</p>
      )}
      {canBook ? (
        <ScreeningInterviewBooking
          key={`booking-${current?.updatedAt ?? 'new'}`}
          programmeId={programmeId}
          application={application}
          onBooked={setMessage}
        />
      ) : null}
      {current ? (
        <ScreeningInterviewNotes
          key={`notes-${current.updatedAt}`}
          programmeId={programmeId}
          application={application}
          onSaved={setMessage}
        />
      ) : null}
    </section>
  );
}
