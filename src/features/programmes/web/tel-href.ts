/** The number as a tel: URI: digits and a leading + only ("80 200 500" → "tel:80200500"). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d]/g, '');
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}
