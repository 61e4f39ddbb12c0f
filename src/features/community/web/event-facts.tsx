import { useTranslation } from 'react-i18next';
import { DkfdsIcon } from '../../ui/web/index.ts';
import type { CommunityEvent } from '../community.contract.ts';
import { useCommunityFormat } from './community-format.ts';

/**
 * When, where, price, deadline and who may come: the facts of an event, for staff and peers alike;
 * a cancelled event says so first, with the programme's reason.
 */
export function EventFacts({ event }: { event: CommunityEvent }) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  return (
    <>
      {event.cancelledAt ? (
        <div className="alert alert-warning alert--paragraph community-cancelled">
          <DkfdsIcon name="warning" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{t('event.cancelled')}</p>
            <p className="alert-text">{event.cancelReason}</p>
          </div>
        </div>
      ) : null}
      <dl className="community-facts">
        <div>
          <dt>{t('event.when')}</dt>
          <dd>{format.span(event.startsAt, event.endsAt)}</dd>
        </div>
        <div>
          <dt>{t('event.where')}</dt>
          <dd>{event.place}</dd>
        </div>
        <div>
          <dt>{t('event.cost')}</dt>
          <dd>{event.costKr === 0 ? t('event.free') : t('event.costKr', { cost: event.costKr })}</dd>
        </div>
        <div>
          <dt>{t('event.deadline')}</dt>
          <dd>{format.date(event.signUpDeadline)}</dd>
        </div>
        <div>
          <dt>{t('event.audience')}</dt>
          <dd>
            {t(`event.audiences.${event.audience}`)}
            {event.guestAllowed ? `. ${t('event.guest')}` : null}
          </dd>
        </div>
      </dl>
    </>
  );
}
