import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import { matchingKey, openRound, roundsQuery } from './matching.requests.ts';
import { MatchingFrame, type Programme, QueryState } from './matching-frame.tsx';

/** Route `/matching`, for staff: the rounds so far, newest first, and "open a new round". */
export function RoundsPage() {
  const { t } = useTranslation('matching');
  return (
    <MatchingFrame documentTitle={t('rounds.documentTitle')}>
      {(programme, search) => <Rounds key={programme.id} programme={programme} search={search} />}
    </MatchingFrame>
  );
}

function Rounds({ programme, search }: { programme: Programme; search: string }) {
  const { t, i18n } = useTranslation('matching');
  const problemMessage = useProblemMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rounds = useQuery(roundsQuery(programme.id));
  const open = useMutation({
    mutationFn: () => openRound(programme.id),
    onSuccess: async (round) => {
      queryClient.setQueryData([...matchingKey(programme.id), 'round', round.id], round);
      await queryClient.invalidateQueries({ queryKey: [...matchingKey(programme.id), 'rounds'] });
      await navigate(`/matching/runder/${round.id}${search}`);
    },
  });
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  });
  return (
    <>
      <title>{`${t('rounds.documentTitle')} – makker`}</title>
      <h1>{t('rounds.title')}</h1>
      <p className="font-lead">{t('rounds.intro')}</p>
      <div className="matching-actions">
        <button type="button" className="button button-primary" onClick={() => open.mutate()}>
          {open.isPending ? t('rounds.opening') : t('rounds.open')}
        </button>
        <Link to={`/matching/indstillinger${search}`} className="button button-secondary">
          {t('settings.link')}
        </Link>
        <Link to={`/matching/tilbud${search}`} className="button button-secondary">
          {t('proposals.link')}
        </Link>
      </div>
      {open.isError ? (
        <p className="form-error-message" role="alert">
          {problemMessage(open.error)}
        </p>
      ) : null}
      <QueryState query={rounds} />
      {rounds.data ? (
        rounds.data.rounds.length === 0 ? (
          <p>{t('rounds.none')}</p>
        ) : (
          <ul className="matching-list">
            {rounds.data.rounds.map((round) => (
              <li key={round.id} className="matching-card">
                <h2 className="h4">
                  <Link to={`/matching/runder/${round.id}${search}`} className="matching-link">
                    {t('rounds.item', { date: date.format(new Date(round.openedAt)) })}
                  </Link>
                </h2>
                <p>
                  <span className={round.status === 'open' ? 'badge badge-success' : 'badge badge-neutral'}>
                    {t(`rounds.status.${round.status}`)}
                  </span>{' '}
                  {round.openedBy ? t('rounds.by', { name: round.openedBy }) : null}
                </p>
                <p>{t('rounds.approved', { count: round.approved })}</p>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}
