/**
 * The only check the web app makes of an e-mail before sending it: not empty, and shaped like
 * an address. Whether it belongs to anyone is for the server to decide (and never to reveal).
 */
export type EmailProblem = 'required' | 'invalid';

export function findEmailProblem(value: string): EmailProblem | null {
  const email = value.trim();
  if (email === '') return 'required';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : 'invalid';
}
