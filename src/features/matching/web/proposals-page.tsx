import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { StaffProposal } from '../matching.contract.ts';
import { arrangeMeeting, matchingKey, offerProposal, proposalsQuery } from './matching.requests.ts';
import { MatchingFrame, QueryState } from './matching-frame.tsx';

/**
 * Route `/matching/tilbud`, for staff: how proposals were received (acceptance rate), how long
 * each waiting peer has waited since their wishes were saved (decision 041), and every approved
 * proposal — offer it, record the first meeting, read both answers and their reasons.
 */
export function ProposalsPage() {
  const { t } = useTranslation('matching');
  return (
    <MatchingFrame documentTitle={t('proposals.documentTitle')}>
      {(programme) => <Proposals programmeId={programme.id} />}
    </MatchingFrame>
  );
}

function Proposals({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('matching');
  const list = useQuery(proposalsQuery(programmeId));
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK', {
    style: 'percent',
  });
  return (
    <>
      <title>{`${t('proposals.documentTitle')} – makker`}</title>
      <h1>{t('proposals.title')}</h1>
      <QueryState query={list} />
      {list.data ? (
        <>
          <h2 className="h3">{t('proposals.rateTitle')}</h2>
          <p>
            {list.data.stats.proposals.acceptanceRate === null
              ? t('proposals.noRate')
              : t('proposals.rate', {
                  rate: percent.format(list.data.stats.proposals.acceptanceRate),
                  accepted: list.data.stats.proposals.accepted,
                  declined: list.data.stats.proposals.declined,
                })}
          </p>
          <h2 className="h3">{t('proposals.waitingTitle')}</h2>
          <p>{t('proposals.waitingIntro')}</p>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('proposals.name')}</th>
                  <th scope="col">{t('proposals.days')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.stats.waiting.map((w) => (
                  <tr key={w.userId}>
                    <td>{w.name}</td>
                    <td>{t('proposals.daysValue', { count: w.days })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 className="h3">{t('proposals.listTitle')}</h2>
          <ul className="matching-list">
            {list.data.proposals.map((p) => (
              <li key={p.id} className="matching-card">
                <ProposalCard programmeId={programmeId} proposal={p} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function ProposalCard({ programmeId, proposal }: { programmeId: string; proposal: StaffProposal }) {
  const { t } = useTranslation('matching');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: matchingKey(programmeId) });
  const offer = useMutation({
    mutationFn: () => offerProposal(programmeId, proposal.id),
    onSettled: refresh,
  });
  const [at, setAt] = useState('');
  const [place, setPlace] = useState<'cafe' | 'staff'>('cafe');
  const [note, setNote] = useState('');
  const meet = useMutation({
    mutationFn: () =>
      arrangeMeeting(programmeId, proposal.id, { at: new Date(at).toISOString(), place, note }),
    onSettled: refresh,
  });
  const id = (name: string) => `proposal-${proposal.id}-${name}`;
  const answer = (who: 'peer' | 'mentor') => {
    const value = who === 'peer' ? proposal.peerAnswer : proposal.mentorAnswer;
    const reason = who === 'peer' ? proposal.peerReason : proposal.mentorReason;
    return `${t(`proposals.answer.${value ?? 'none'}`)}${reason ? ` – "${reason}"` : ''}`;
  };
  return (
    <>
      <h3 className="h4">{t('proposals.pair', { peer: proposal.peerName, mentor: proposal.mentorName })}</h3>
      <p>
        <span className="badge badge-neutral">{t(`offers.status.${proposal.status}`)}</span>
      </p>
      <dl>
        <dt>{t('proposals.peerAnswer')}</dt>
        <dd>{answer('peer')}</dd>
        <dt>{t('proposals.mentorAnswer')}</dt>
        <dd>{answer('mentor')}</dd>
        <dt>{t('offers.meeting')}</dt>
        <dd>
          {proposal.meeting
            ? `${new Date(proposal.meeting.at).toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen' })}, ${t(`proposals.place.${proposal.meeting.place}`)} ${proposal.meeting.note}`
            : t('proposals.noMeeting')}
        </dd>
      </dl>
      {proposal.status === 'declined' ? <p>{t('proposals.backInPool')}</p> : null}
      {proposal.status === 'approved' ? (
        <button type="button" className="button button-primary" onClick={() => offer.mutate()}>
          {t('proposals.offer')}
        </button>
      ) : null}
      {['approved', 'offered'].includes(proposal.status) ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            meet.mutate();
          }}
        >
          <div className="form-group">
            <label className="form-label" htmlFor={id('at')}>
              {t('proposals.meetingAt')}
            </label>
            <input
              id={id('at')}
              type="datetime-local"
              className="form-input"
              required
              value={at}
              onChange={(e) => setAt(e.target.value)}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={id('place')}>
              {t('proposals.meetingPlace')}
            </label>
            <select
              id={id('place')}
              className="form-select"
              value={place}
              onChange={(e) => setPlace(e.target.value as 'cafe' | 'staff')}
            >
              <option value="cafe">{t('proposals.place.cafe')}</option>
              <option value="staff">{t('proposals.place.staff')}</option>
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={id('note')}>
              {t('proposals.meetingNote')}
            </label>
            <input
              id={id('note')}
              className="form-input"
              maxLength={200}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary">
            {t('proposals.saveMeeting')}
          </button>
        </form>
      ) : null}
      {offer.isError || meet.isError ? (
        <p className="form-error-message" role="alert">
          {problemMessage(offer.error ?? meet.error)}
        </p>
      ) : null}
    </>
  );
}
