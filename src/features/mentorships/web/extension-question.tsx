import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../ui/web/index.ts';
import type { PairView } from '../mentorships.contract.ts';
import { answerExtension, mentorshipsKey } from './mentorships.requests.ts';
import { useMentorshipFormat } from './mentorships-format.ts';

/**
 * "Vil du fortsætte?" four weeks before the end (decision 042): one's own answer, and once both
 * answered only the outcome. The partner's answer is never in the page's data.
 */
export function ExtensionQuestion({ pair }: { pair: PairView }) {
  const { t } = useTranslation('mentorships');
  const format = useMentorshipFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const answer = useMutation({
    mutationFn: (wantsToContinue: boolean) => answerExtension(pair.programmeId, pair.id, wantsToContinue),
    onSuccess: async () => {
      setStatus('');
      await queryClient.invalidateQueries({ queryKey: mentorshipsKey(pair.programmeId) });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  const { extension } = pair;
  if (!extension.asked) return null;
  const date = format.date(pair.endDate);
  const said = extension.myAnswer === null ? null : extension.myAnswer ? 'answeredYes' : 'answeredNo';
  return (
    <section aria-labelledby="pair-extension-heading" className="alert alert-info pair-extension">
      <div className="alert-body">
        <h2 id="pair-extension-heading" className="alert-heading h3">
          {t('extension.heading')}
        </h2>
        {extension.outcome ? (
          <p className="alert-text">{t(`extension.${extension.outcome}`, { date })}</p>
        ) : said ? (
          <p className="alert-text">{t(`extension.${said}`)}</p>
        ) : (
          <>
            <p className="alert-text">{t('extension.question', { count: extension.months })}</p>
            <p className="alert-text">{t('extension.blind')}</p>
            {pair.can.answerExtension ? (
              <div className="pair-actions">
                {([true, false] as const).map((yes) => (
                  <button
                    key={String(yes)}
                    type="button"
                    className={`button ${yes ? 'button-primary' : 'button-secondary'}`}
                    disabled={answer.isPending}
                    onClick={() => answer.mutate(yes)}
                  >
                    {t(yes ? 'extension.yes' : 'extension.no')}
                  </button>
                ))}
              </div>
            ) : null}
          </>
        )}
        <p role="status" className="pair-status">
          {status}
        </p>
      </div>
    </section>
  );
}
