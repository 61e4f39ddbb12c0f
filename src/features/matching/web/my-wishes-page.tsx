import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import { matchingKey, myWishesQuery, saveMyWishes } from './matching.requests.ts';
import { QueryState } from './matching-frame.tsx';
import { WishesForm } from './wishes-form.tsx';

/**
 * Route `/min-side/oensker`, for peers and mentors: their own wishes for matching, a first draft
 * from their application until they save (`?projekt=<slug>` when they are in several).
 */
export function MyWishesPage() {
  const { t } = useTranslation('matching');
  const [params] = useSearchParams();
  return (
    <RequireLogin documentTitle={t('mine.documentTitle')}>
      {(me) => {
        const pool = me.memberships.filter((m) => m.roles.includes('peer') || m.roles.includes('mentor'));
        const chosen = pool.find((m) => m.programme.slug === params.get('projekt')) ?? pool[0];
        return (
          <div className="matching-page matching-own">
            <title>{`${t('mine.documentTitle')} – makker`}</title>
            <h1>{t('mine.title')}</h1>
            <p className="font-lead">{t('mine.intro')}</p>
            {chosen ? <MyWishes programmeId={chosen.programme.id} /> : <p>{t('mine.none')}</p>}
          </div>
        );
      }}
    </RequireLogin>
  );
}

function MyWishes({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('matching');
  const queryClient = useQueryClient();
  const profile = useQuery(myWishesQuery(programmeId));
  const save = useMutation({
    mutationFn: (wishes: Parameters<typeof saveMyWishes>[1]) => saveMyWishes(programmeId, wishes),
    onSuccess: (saved) => queryClient.setQueryData(myWishesQuery(programmeId).queryKey, saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: matchingKey(programmeId) }),
  });
  if (!profile.data) return <QueryState query={profile} />;
  return (
    <>
      {profile.data.paused ? (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{t('mine.paused')}</p>
          </div>
        </div>
      ) : null}
      <WishesForm
        key={profile.data.updatedAt ?? 'draft'}
        profile={profile.data}
        saving={save.isPending}
        error={save.error}
        saved={save.isSuccess}
        onSave={(wishes) => save.mutate(wishes)}
      />
    </>
  );
}
