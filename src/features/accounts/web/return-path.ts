/**
 * Where a person returns after logging in: `/log-ind?tilbage=/personer` sends them back to the
 * page that asked them to log in (again). The value comes from an address anyone can craft and
 * send, so only a path on this site is followed; anything else quietly means Min side.
 */
import { useSearchParams } from 'react-router';

/** The query parameter on /log-ind ("back"). */
export const RETURN_PARAM = 'tilbage';

/** Where a login ends when no (usable) return path was given. */
export const DEFAULT_RETURN_PATH = '/min-side';

/**
 * `value` when it is a path on this site: one `/` first, never `//` or `/\` (browsers read both
 * as "another host"), no scheme, and no spaces or control characters (browsers drop tabs and
 * line breaks from addresses, so `/\t/evil.example` would become `//evil.example`). The login
 * page itself is refused too, so a login cannot lead back to a login. Otherwise null.
 *
 * @example safeReturnPath('/personer?projekt=vejle') // '/personer?projekt=vejle'
 * @example safeReturnPath('//evil.example') // null
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\s\u0000-\u001f\u007f\\]/.test(value)) return null;
  const url = new URL(value, 'http://makker.invalid');
  // `/..//evil.example` normalises to `//evil.example`: refused before anything resolves it again.
  if (url.origin !== 'http://makker.invalid' || url.pathname.startsWith('//')) return null;
  if (url.pathname === '/log-ind') return null;
  return value;
}

/**
 * The login page, set to come back to `path` afterwards. Slashes are left readable
 * (`/log-ind?tilbage=/personer`); `?`, `&`, `#` and the rest are encoded, so a fragment (an
 * invitation's token) stays part of the value and never reaches the server.
 */
export function loginPathReturningTo(path: string): string {
  const back = safeReturnPath(path);
  if (!back) return '/log-ind';
  return `/log-ind?${RETURN_PARAM}=${encodeURIComponent(back).replaceAll('%2F', '/')}`;
}

/** On the login page: where to go once logged in (the `tilbage` path, or Min side). */
export function useReturnPath(): string {
  const [params] = useSearchParams();
  return safeReturnPath(params.get(RETURN_PARAM)) ?? DEFAULT_RETURN_PATH;
}
