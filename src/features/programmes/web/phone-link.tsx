import { DkfdsIcon } from './dkfds-icon.tsx';

/** The number as a tel: URI: digits and a leading + only ("80 200 500" → "tel:80200500"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A one-tap call button, large enough to hit on a small phone. */
export function PhoneLink({ phone, label, variant }: { phone: string; label: string; variant: 'primary' | 'secondary' }) {
  return (
    <a className={`button button-${variant} call-button`} href={telHref(phone)}>
      <DkfdsIcon name="smartphone" />
      <span>{label}</span>
    </a>
  );
}
