import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../ui/web/index.ts';
import { type RoundDetail, SCORE_PARTS, type Weights } from '../matching.contract.ts';
import {
  matchingKey,
  matchingSettingsQuery,
  previewRound,
  saveMatchingSettings,
} from './matching.requests.ts';

/**
 * The programme's weights, 0–10 per part, with a preview of the round's proposals under other
 * weights (which peers would get another mentor) before they are saved for the programme.
 */
export function RoundWeights({
  programmeId,
  round,
  nameOf,
}: {
  programmeId: string;
  round: RoundDetail;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation('matching');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const settings = useQuery(matchingSettingsQuery(programmeId));
  const [weights, setWeights] = useState<Weights>(round.weights);
  const preview = useMutation({ mutationFn: (w: Weights) => previewRound(programmeId, round.id, w) });
  const save = useMutation({
    mutationFn: (w: Weights) => saveMatchingSettings(programmeId, { ...settings.data!, weights: w }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchingKey(programmeId) }),
  });
  const changedMentor = (peerId: string) =>
    preview.data?.proposals.find((p) => p.peerId === peerId)?.mentorId;
  const error = preview.error ?? save.error;
  return (
    <section aria-labelledby="weights-heading" className="matching-section">
      <h2 id="weights-heading">{t('round.weights')}</h2>
      <p className="form-hint">{t('round.weightsHint')}</p>
      <div className="matching-weights">
        {SCORE_PARTS.map((part) => (
          <div key={part} className="form-group">
            <label className="form-label" htmlFor={`weight-${part}`}>
              {t(`part.${part}`)}
            </label>
            <input
              id={`weight-${part}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              className="form-input input-width-xs"
              value={weights[part]}
              onChange={(e) => {
                const n = Math.max(0, Math.min(10, Math.round(Number(e.target.value) || 0)));
                setWeights((w) => ({ ...w, [part]: n }));
              }}
            />
          </div>
        ))}
      </div>
      <div className="matching-actions">
        <button type="button" className="button button-secondary" onClick={() => preview.mutate(weights)}>
          {t('round.preview')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!settings.data || save.isPending}
          onClick={() => save.mutate(weights)}
        >
          {t('round.saveWeights')}
        </button>
      </div>
      <div role="status" className="matching-status">
        {preview.data ? (
          <>
            <p>
              {t('round.previewResult', {
                count: preview.data.changed.length,
                total: Math.round(preview.data.total),
              })}
            </p>
            {preview.data.changed.length ? (
              <ul className="matching-plain-list">
                {preview.data.changed.map((peerId) => {
                  const mentorId = changedMentor(peerId);
                  return (
                    <li key={peerId}>
                      {t('round.previewChanged', {
                        peer: nameOf(peerId),
                        mentor: mentorId ? nameOf(mentorId) : t('round.previewNoMentor'),
                      })}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </>
        ) : null}
        {save.isSuccess ? <p>{t('round.weightsSaved')}</p> : null}
        {error ? (
          <p className="form-error-message" role="alert">
            {problemMessage(error)}
          </p>
        ) : null}
      </div>
    </section>
  );
}
