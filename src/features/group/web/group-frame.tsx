import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MeResponse } from '../../accounts/accounts.contract.ts';
import { RequireLogin } from '../../accounts/web/index.ts';
import { DkfdsIcon } from '../../ui/web/index.ts';

const GROUP_ROLES = ['peer', 'mentor', 'staff'];

/** The programmes whose group the person belongs to (peer, mentor or staff there). */
export function groupProgrammes(me: MeResponse) {
  return me.memberships.filter((m) => m.roles.some((r) => GROUP_ROLES.includes(r)));
}

/** Login, then the programme whose group is shown (`?projekt=<slug>` when there are several). */
export function GroupFrame({
  documentTitle,
  staffOnly = false,
  children,
}: {
  documentTitle: string;
  staffOnly?: boolean;
  children: (programmeId: string) => ReactNode;
}) {
  const { t } = useTranslation('group');
  const [params] = useSearchParams();
  return (
    <RequireLogin documentTitle={documentTitle}>
      {(me) => {
        const of = groupProgrammes(me).filter((m) => !staffOnly || m.roles.includes('staff'));
        const chosen = of.find((m) => m.programme.slug === params.get('projekt')) ?? of[0];
        return (
          <div className="group-page">
            <title>{`${documentTitle} – makker`}</title>
            {chosen ? (
              children(chosen.programme.id)
            ) : (
              <>
                <h1>{documentTitle}</h1>
                <div className="alert alert-info">
                  <DkfdsIcon name="info" className="alert-icon" />
                  <div className="alert-body">
                    <p className="alert-text">{staffOnly ? t('moderation.notForYou') : t('notMember')}</p>
                  </div>
                </div>
              </>
            )}
          </div>
        );
      }}
    </RequireLogin>
  );
}
