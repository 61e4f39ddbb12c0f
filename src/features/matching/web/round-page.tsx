/**
 * Route `/matching/runder/:roundId`, for staff: the round's proposals, each with its score and
 * the reasons in plain words, the next best partners of both people, pin / forbid / approve per
 * pair and "approve all"; peers without a proposal; who is left out and why; the weights with a
 * preview of what they would change; the approved proposals.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { Pair, RoundDetail, RoundPerson } from '../matching.contract.ts';
import { useExplainPair, useExplainPart } from './explain-pair.ts';
import { approve, matchingKey, removePin, roundQuery, setPin } from './matching.requests.ts';
import { MatchingFrame, type Programme, QueryState } from './matching-frame.tsx';
import { RoundWeights } from './round-weights.tsx';

export function RoundPage() {
  const { t } = useTranslation('matching');
  return (
    <MatchingFrame documentTitle={t('round.documentTitle')}>
      {(programme, search) => <Round key={programme.id} programme={programme} search={search} />}
    </MatchingFrame>
  );
}

type Change =
  | { kind: 'pin' | 'forbid'; peerId: string; mentorId: string }
  | { kind: 'unpin'; peerId: string; mentorId: string }
  | { kind: 'approve'; pairs: { peerId: string; mentorId: string }[] };

function Round({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('matching');
  const { roundId = '' } = useParams();
  const round = useQuery(roundQuery(programme.id, roundId));
  const queryClient = useQueryClient();
  const problemMessage = useProblemMessage();
  const change = useMutation({
    mutationFn: (c: Change) =>
      c.kind === 'approve'
        ? approve(programme.id, roundId, c.pairs)
        : c.kind === 'unpin'
          ? removePin(programme.id, roundId, c)
          : setPin(programme.id, roundId, c),
    onSuccess: (detail) => queryClient.setQueryData(roundQuery(programme.id, roundId).queryKey, detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...matchingKey(programme.id), 'rounds'] }),
  });
  const back = (
    <p>
      <Link to={`/matching${search}`} className="matching-link">
        {t('round.back')}
      </Link>
    </p>
  );
  if (!round.data)
    return (
      <>
        <title>{`${t('round.documentTitle')} – makker`}</title>
        {back}
        <QueryState query={round} missing={<p>{t('round.notFound')}</p>} />
      </>
    );
  const r = round.data;
  const open = r.status === 'open';
  const people = new Map([...r.peers, ...r.mentors].map((p) => [p.userId, p]));
  const nameOf = (id: string) => people.get(id)?.name ?? '';
  const inPool = (list: RoundPerson[]) => list.filter((p) => !p.excluded);
  const leftOut = [...r.peers, ...r.mentors].filter((p) => p.excluded);
  const forbidden = r.pins.filter((p) => p.kind === 'forbid');
  return (
    <>
      <title>{`${t('round.documentTitle')} – makker`}</title>
      {back}
      <h1>{t('round.title')}</h1>
      <p className="font-lead">
        {t('round.summary', {
          proposals: r.proposals.length,
          waiting: inPool(r.peers).length,
          mentors: inPool(r.mentors).length,
          total: Math.round(r.total),
        })}
      </p>
      <div role="status" className="matching-status">
        {change.isError ? (
          <p className="form-error-message" role="alert">
            {problemMessage(change.error)}
          </p>
        ) : null}
      </div>
      <section aria-labelledby="proposals-heading" className="matching-section">
        <h2 id="proposals-heading">{t('round.proposals')}</h2>
        {r.proposals.length === 0 ? (
          <p>{t('round.noProposals')}</p>
        ) : (
          <>
            {open ? (
              <p>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={change.isPending}
                  onClick={() =>
                    change.mutate({
                      kind: 'approve',
                      pairs: r.proposals.map(({ peerId, mentorId }) => ({ peerId, mentorId })),
                    })
                  }
                >
                  {t('round.approveAll', { count: r.proposals.length })}
                </button>
              </p>
            ) : null}
            <ol className="matching-list">
              {r.proposals.map((pair) => (
                <ProposalCard
                  key={`${pair.peerId}:${pair.mentorId}`}
                  round={r}
                  pair={pair}
                  nameOf={nameOf}
                  people={people}
                  search={search}
                  busy={change.isPending || !open}
                  onChange={(c) => change.mutate(c)}
                />
              ))}
            </ol>
          </>
        )}
      </section>
      {r.unmatched.length > 0 ? (
        <section aria-labelledby="unmatched-heading" className="matching-section">
          <h2 id="unmatched-heading">{t('round.unmatched')}</h2>
          <p className="form-hint">{t('round.unmatchedHint')}</p>
          <ul className="matching-list">
            {r.unmatched.map((id) => (
              <li key={id} className="matching-card">
                <PersonLink id={id} name={nameOf(id)} search={search} />
                <Alternatives
                  person={people.get(id)}
                  name={nameOf(id)}
                  nameOf={nameOf}
                  onPin={
                    open && !change.isPending
                      ? (mentorId) => change.mutate({ kind: 'pin', peerId: id, mentorId })
                      : null
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {forbidden.length > 0 ? (
        <section aria-labelledby="forbidden-heading" className="matching-section">
          <h2 id="forbidden-heading">{t('round.forbidden')}</h2>
          <ul className="matching-plain-list">
            {forbidden.map((p) => (
              <li key={`${p.peerId}:${p.mentorId}`}>
                {nameOf(p.peerId)} – {nameOf(p.mentorId)}{' '}
                {open ? (
                  <button
                    type="button"
                    className="button button-tertiary matching-action"
                    disabled={change.isPending}
                    onClick={() => change.mutate({ kind: 'unpin', peerId: p.peerId, mentorId: p.mentorId })}
                  >
                    {t('round.allowAgain')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="mentors-heading" className="matching-section">
        <h2 id="mentors-heading">{t('round.availableMentors')}</h2>
        <ul className="matching-plain-list">
          {inPool(r.mentors).map((m) => {
            const proposed = r.proposals.filter((p) => p.mentorId === m.userId).length;
            return (
              <li key={m.userId}>
                <PersonLink id={m.userId} name={m.name} search={search} />:{' '}
                {t('round.places', { count: m.freePlaces ?? 0 })}
                {proposed ? ` · ${t('round.proposedFor', { count: proposed })}` : ''}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="left-out-heading" className="matching-section">
        <h2 id="left-out-heading">{t('round.leftOut')}</h2>
        <ul className="matching-plain-list">
          {leftOut.map((p) => (
            <li key={p.userId}>
              <PersonLink id={p.userId} name={p.name} search={search} /> ({t(`person.role.${p.role}`)}):{' '}
              {p.excluded ? t(`round.excluded.${p.excluded}`) : null}
            </li>
          ))}
        </ul>
      </section>
      {open ? <RoundWeights programmeId={programme.id} round={r} nameOf={nameOf} /> : null}
      {r.approvedPairs.length > 0 ? (
        <section aria-labelledby="approved-heading" className="matching-section">
          <h2 id="approved-heading">{t('round.approvedTitle')}</h2>
          <p className="form-hint">{t('round.approvedNext')}</p>
          <ul className="matching-plain-list">
            {r.approvedPairs.map((a) => (
              <li key={a.id}>
                {a.peerName} – {a.mentorName} · {t('round.score', { score: a.score })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function PersonLink({ id, name, search }: { id: string; name: string; search: string }) {
  return (
    <Link to={`/matching/personer/${id}${search}`} className="matching-link">
      {name}
    </Link>
  );
}

function ProposalCard({
  round,
  pair,
  nameOf,
  people,
  search,
  busy,
  onChange,
}: {
  round: RoundDetail;
  pair: Pair;
  nameOf: (id: string) => string;
  people: Map<string, RoundPerson>;
  search: string;
  busy: boolean;
  onChange: (c: Change) => void;
}) {
  const { t } = useTranslation('matching');
  const explainPair = useExplainPair(round.activities);
  const explainPart = useExplainPart(round.activities);
  const ids = { peerId: pair.peerId, mentorId: pair.mentorId };
  const headingId = `pair-${pair.peerId}-${pair.mentorId}`;
  return (
    <li className="matching-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        <PersonLink id={pair.peerId} name={nameOf(pair.peerId)} search={search} /> {t('round.and')}{' '}
        <PersonLink id={pair.mentorId} name={nameOf(pair.mentorId)} search={search} />
      </h3>
      <p>
        <span className="badge badge-info">{t('round.score', { score: Math.round(pair.score) })}</span>
        {pair.pinned ? <span className="badge badge-success matching-badge">{t('round.pinned')}</span> : null}
      </p>
      <p className="matching-explain">{explainPair(pair.parts)}</p>
      <details className="matching-details">
        <summary>{t('round.parts')}</summary>
        <ul className="matching-plain-list">
          {pair.parts.map((part) => (
            <li key={part.part}>
              <span className="weight-semibold">{t(`part.${part.part}`)}</span>:{' '}
              {t('round.partPoints', { points: Math.round(part.points), max: Math.round(part.maxPoints) })} –{' '}
              {explainPart(part)}
            </li>
          ))}
        </ul>
      </details>
      {[pair.peerId, pair.mentorId].map((who) => (
        <Alternatives
          key={who}
          person={people.get(who)}
          name={nameOf(who)}
          nameOf={nameOf}
          onPin={
            who === pair.peerId && !busy
              ? (mentorId) => onChange({ kind: 'pin', peerId: who, mentorId })
              : null
          }
        />
      ))}
      {busy ? null : (
        <div className="matching-actions">
          <button
            type="button"
            className="button button-primary matching-action"
            onClick={() => onChange({ kind: 'approve', pairs: [ids] })}
          >
            {t('round.approve')}
          </button>
          <button
            type="button"
            className="button button-secondary matching-action"
            onClick={() => onChange(pair.pinned ? { kind: 'unpin', ...ids } : { kind: 'pin', ...ids })}
          >
            {pair.pinned ? t('round.unpin') : t('round.pin')}
          </button>
          <button
            type="button"
            className="button button-tertiary matching-action"
            onClick={() => onChange({ kind: 'forbid', ...ids })}
          >
            {t('round.forbid')}
          </button>
        </div>
      )}
    </li>
  );
}

/** A person's next best admissible partners, with "pin" for a peer's. */
function Alternatives({
  person,
  name,
  nameOf,
  onPin,
}: {
  person: RoundPerson | undefined;
  name: string;
  nameOf: (id: string) => string;
  onPin: ((mentorId: string) => void) | null;
}) {
  const { t } = useTranslation('matching');
  return (
    <details className="matching-details">
      <summary>{t('round.alternatives', { name })}</summary>
      {person?.alternatives.length ? (
        <ul className="matching-plain-list">
          {person.alternatives.map((alt) => (
            <li key={alt.userId}>
              {t('round.alternative', { name: nameOf(alt.userId), score: Math.round(alt.score) })}
              {onPin ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button-tertiary matching-action"
                    onClick={() => onPin(alt.userId)}
                  >
                    {t('round.pinAlternative', { name: nameOf(alt.userId) })}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('round.noAlternatives')}</p>
      )}
    </details>
  );
}
