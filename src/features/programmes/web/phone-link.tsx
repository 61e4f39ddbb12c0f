import { DkfdsIcon } from '../../ui/web/index.ts';
import { telHref } from './tel-href.ts';

/** A one-tap call button, large enough to hit on a small phone. */
export function PhoneLink({
  phone,
  label,
  variant,
}: {
  phone: string;
  label: string;
  variant: 'primary' | 'secondary';
}) {
  return (
    <a className={`button button-${variant} call-button`} href={telHref(phone)}>
      <DkfdsIcon name="smartphone" />
      <span>{label}</span>
    </a>
  );
}
