import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../../shared/api-client.ts';
import type { LoginOptionsResponse } from '../accounts.contract.ts';
import { OidcLoginButton } from './oidc-login-button.tsx';

/** Which ways in this installation offers; it changes only when the server restarts. */
function loginOptionsQuery() {
  return queryOptions({
    queryKey: ['accounts', 'login-options'],
    queryFn: ({ signal }) => apiFetch<LoginOptionsResponse>('/api/public/login-options', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The OpenID Connect way in (e.g. MitID), first on the login page when the server offers it,
 * with an intro that speaks of several ways. Otherwise, also while asking and if asking fails (the
 * e-mail ways still work), the page's own `fallback` intro.
 */
export function OidcLoginWay({ fallback }: { fallback: ReactNode }) {
  const { t } = useTranslation('accounts');
  const oidc = useQuery(loginOptionsQuery()).data?.oidc;
  if (!oidc) return fallback;
  return (
    <>
      <p className="font-lead">{t('oidc.intro')}</p>
      <section className="login-way" aria-labelledby="login-oidc-heading">
        <h2 id="login-oidc-heading">{t('oidc.title', { label: oidc.label })}</h2>
        <p>{t('oidc.text', { label: oidc.label })}</p>
        <OidcLoginButton label={oidc.label} />
      </section>
    </>
  );
}
