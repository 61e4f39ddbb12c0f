import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/** What a person sees if a page crashes: the usual frame and a calm message, never a stack trace. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <AppLayout>
        <NotFoundPage />
      </AppLayout>
    );
  }
  console.error(error);
  return (
    <AppLayout>
      <title>{`${t('routeError.title')} – makker`}</title>
      <h1>{t('routeError.title')}</h1>
      <p className="font-lead">{t('routeError.text')}</p>
    </AppLayout>
  );
}
