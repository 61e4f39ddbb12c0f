/**
 * What the app shell may use of the accounts feature's web side: its pages as routes, the
 * header's login/logout part, and its texts (merged by the app's i18n setup as `accounts`).
 */
import type { RouteObject } from 'react-router';
import { AuditTrailPage } from './audit-trail-page.tsx';
import { ForgotPasswordPage } from './forgot-password-page.tsx';
import { InvitationPage } from './invitation-page.tsx';
import { LoginPage } from './login-page.tsx';
import { MyDataPage } from './my-data-page.tsx';
import { MyPage } from './my-page.tsx';
import { NewPasswordPage } from './new-password-page.tsx';
import { PeoplePage } from './people-page.tsx';
import { PersonPage } from './people-person-page.tsx';
import { TwoFactorPage } from './two-factor-page.tsx';

/** "Log ind", or the person's first name and "Log ud", for the header. */
export { AccountNav } from './account-nav.tsx';
export { accountsMessages } from './accounts.i18n.ts';
/** The logged-in person and their roles per programme (null for a visitor), for other features' menus. */
export { meQuery } from './accounts.queries.ts';
/** For other features' staff pages: login first, the programme chosen, the two-factor notice. */
export { RequireLogin } from './login-required.tsx';
export { TwoFactorNeededNotice } from './people-notices.tsx';
export { NotForYou } from './people-page.tsx';
export { PROGRAMME_PARAM, useChosenProgramme } from './people-programme.ts';

/** Danish addresses: they are the ones people read aloud, type and find in their e-mails. */
export const accountsRoutes: RouteObject[] = [
  { path: '/log-ind', Component: LoginPage },
  { path: '/min-side', Component: MyPage },
  { path: '/glemt-adgangskode', Component: ForgotPasswordPage },
  { path: '/ny-adgangskode', Component: NewPasswordPage },
  { path: '/to-faktor', Component: TwoFactorPage },
  { path: '/invitation', Component: InvitationPage },
  { path: '/personer', Component: PeoplePage },
  { path: '/personer/:personId', Component: PersonPage },
  { path: '/min-side/mine-data', Component: MyDataPage },
  { path: '/min-side/hvem-har-set', Component: AuditTrailPage },
];
