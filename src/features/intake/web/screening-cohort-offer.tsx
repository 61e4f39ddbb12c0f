import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../../shared/api-client.ts';
import type { CohortSummary } from '../../training/training.contract.ts';
import { ChoiceGroup } from '../../ui/web/index.ts';

/** "No cohort": the value of the choice that offers none. */
export const NO_COHORT = 'none';

/**
 * Approving a mentor: a place on a cohort that has not finished (the training feature's list),
 * or none. The server checks the choice again; the mentor joins when they accept the invitation.
 */
export function ScreeningCohortOffer({
  programmeId,
  value,
  onChange,
}: {
  programmeId: string;
  value: string;
  onChange: (cohortId: string) => void;
}) {
  const { t } = useTranslation('screening');
  const cohorts = useQuery({
    queryKey: ['intake', 'cohorts-to-offer', programmeId],
    queryFn: ({ signal }) =>
      apiFetch<{ cohorts: CohortSummary[] }>(`/api/programmes/${encodeURIComponent(programmeId)}/cohorts`, {
        signal,
      }),
  });
  if (cohorts.isPending) return <p role="status">{t('change.cohort.loading')}</p>;
  const open = (cohorts.data?.cohorts ?? []).filter((c) => c.status !== 'finished');
  if (open.length === 0) return null;
  return (
    <ChoiceGroup<string>
      id="screening-cohort"
      type="radio"
      legend={t('change.cohort.legend')}
      hint={t('change.cohort.hint')}
      choices={[
        ...open.map((c) => ({
          value: c.id,
          label:
            c.members < c.capacity
              ? t('change.cohort.option', { name: c.name, members: c.members, capacity: c.capacity })
              : t('change.cohort.optionFull', { name: c.name }),
        })),
        { value: NO_COHORT, label: t('change.cohort.none') },
      ]}
      selected={[value]}
      onChange={(selected) => onChange(selected[0] ?? NO_COHORT)}
    />
  );
}
