/**
 * What the app shell may use of the programmes feature's web side: its pages as routes and its
 * texts (merged by the app's i18n setup under the `programmes` namespace).
 */
import type { RouteObject } from 'react-router';
import { FrontPage } from './front-page.tsx';
import { ProgrammeRoutePage } from './programme-page.tsx';

export { programmesMessages } from './programmes.i18n.ts';

/** `/` is the programme's page (or the list when an installation runs several); `/p/:slug` one programme. */
export const programmesRoutes: RouteObject[] = [
  { path: '/', Component: FrontPage },
  { path: '/p/:slug', Component: ProgrammeRoutePage },
];
