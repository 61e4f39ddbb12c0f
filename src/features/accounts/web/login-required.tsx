import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { MeResponse } from '../accounts.contract.ts';
import { meQuery } from './accounts.queries.ts';
import { WithMe } from './my-page.tsx';
import { loginPathReturningTo } from './return-path.ts';

/**
 * WithMe for pages a person reaches by a bookmark or a link: a visitor goes to the login page
 * and, once logged in, comes back here instead of to Min side.
 */
export function RequireLogin({
  documentTitle,
  children,
}: {
  documentTitle: string;
  children: (me: MeResponse) => ReactNode;
}) {
  const me = useQuery(meQuery());
  const { pathname, search } = useLocation();
  if (me.isSuccess && me.data === null) {
    return <Navigate to={loginPathReturningTo(pathname + search)} replace />;
  }
  return <WithMe documentTitle={documentTitle}>{children}</WithMe>;
}
