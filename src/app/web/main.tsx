/** Entry of the web app: styles, translations, data cache and router. */
// First: it configures zod before any module builds a schema.
import './zod-config.ts';
import './styles/app.scss';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { z } from 'zod';
import { i18n } from './i18n.ts';
import { createQueryClient } from './query-client.ts';
import { createRouter } from './router.tsx';

// The eligibility engine validates with zod in the browser too. Zod would try `new Function` to
// compile faster validators; our CSP forbids eval (and reports the attempt), so it must not try.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={createRouter()} />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
