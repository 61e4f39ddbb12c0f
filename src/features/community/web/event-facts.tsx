import { useTranslation } from 'react-i18next';
import type { CommunityEvent } from '../community.contract.ts';
import { useCommunityFormat } from './community-format.ts';

/** When, where, price, deadline and who may come: the facts of an event, for staff and peers alike. */
export function EventFacts({ event }: { event: CommunityEvent }) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  return (
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
  );
}
