import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { loginTimeQuery } from './people.requests.ts';

/**
 * The web app's copy of FRESH_LOGIN_MINUTES in src/server/access.ts (which the browser bundle
 * cannot import), less a minute for clocks that disagree. The server decides; this only chooses
 * whether a download link is offered, because a link cannot show the server's "log in again"
 * (the browser would save the problem document, or report a failed download).
 */
const FRESH_MS = 10 * 60_000 - 60_000;

export type LoginFreshness = 'checking' | 'fresh' | 'stale';

/** Whether the current login is recent enough for a sensitive action; turns stale on time. */
export function useLoginFreshness(): LoginFreshness {
  const login = useQuery(loginTimeQuery());
  const [now, setNow] = useState(() => Date.now());
  const until = login.data ? login.data.getTime() + FRESH_MS : null;

  useEffect(() => {
    if (until === null) return;
    const left = until - Date.now();
    if (left <= 0) return;
    const timer = window.setTimeout(() => setNow(Date.now()), left + 50);
    return () => window.clearTimeout(timer);
  }, [until]);

  if (login.isPending) return 'checking';
  if (until === null) return 'stale';
  return Math.max(now, Date.now()) < until ? 'fresh' : 'stale';
}
