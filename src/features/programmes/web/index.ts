/**
 * What the app shell may use of the programmes feature's web side: its pages as routes and its
 * texts (merged by the app's i18n setup under the `programmes` and `settings` namespaces).
 */
import type { RouteObject } from 'react-router';
import { FrontPage } from './front-page.tsx';
import { PageEditorPage } from './page-editor-page.tsx';
import { ProgrammeRoutePage } from './programme-page.tsx';
import { SettingsHubPage } from './settings-hub-page.tsx';

/** The crisis and support lines box and the public page query (the evaluation shows them at once). */
export { HelpNowBox } from './help-now-box.tsx';
export { programmesMessages } from './programmes.i18n.ts';
export { programmePageQuery } from './programmes.queries.ts';
export { settingsMessages } from './settings.i18n.ts';

/** `/` is the programme's page (or the list when an installation runs several); `/p/:slug` one programme. */
export const programmesRoutes: RouteObject[] = [
  { path: '/', Component: FrontPage },
  { path: '/p/:slug', Component: ProgrammeRoutePage },
  // Staff: the settings hub (linking to the intake feature's settings too) and the page editor.
  { path: '/indstillinger', Component: SettingsHubPage },
  { path: '/indstillinger/side', Component: PageEditorPage },
];
