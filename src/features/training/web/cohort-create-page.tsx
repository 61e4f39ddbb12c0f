import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  TextField,
  useProblemMessage,
} from '../../ui/web/index.ts';
import type { CohortCandidates, CreateCohortRequest } from '../training.contract.ts';
import { candidatesQuery, createCohort, trainingKey, trainingSettingsQuery } from './training.requests.ts';
import { type Programme, QueryState, TrainingFrame } from './training-frame.tsx';

const NAME_ID = 'cohort-name';
const MONTH_ID = 'cohort-start-month';
const CAPACITY_ID = 'cohort-capacity';

/** Route `/hold/nyt`: a cohort's name, first month, places, leads and members; one column on a phone. */
export function CohortCreatePage() {
  const { t } = useTranslation('training');
  return (
    <TrainingFrame documentTitle={t('create.documentTitle')}>
      {(programme, search) => <CreateCohort key={programme.id} programme={programme} search={search} />}
    </TrainingFrame>
  );
}

function CreateCohort({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('training');
  const candidates = useQuery(candidatesQuery(programme.id));
  const settings = useQuery(trainingSettingsQuery(programme.id));
  return (
    <>
      <title>{`${t('create.documentTitle')} – makker`}</title>
      <p>
        <Link to={`/hold${search}`} className="training-link">
          {t('create.back')}
        </Link>
      </p>
      <h1>{t('create.title')}</h1>
      <QueryState query={settings.isError ? settings : candidates} />
      {candidates.data && settings.data ? (
        <>
          <p className="font-lead">{t('create.intro', { months: settings.data.months })}</p>
          <CohortForm
            programmeId={programme.id}
            search={search}
            candidates={candidates.data}
            defaultCapacity={settings.data.defaultCapacity}
          />
        </>
      ) : null}
    </>
  );
}

function CohortForm({
  programmeId,
  search,
  candidates,
  defaultCapacity,
}: {
  programmeId: string;
  search: string;
  candidates: CohortCandidates;
  defaultCapacity: number;
}) {
  const { t } = useTranslation('training');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [startMonth, setStartMonth] = useState('');
  const [capacity, setCapacity] = useState(String(defaultCapacity));
  const [leadIds, setLeadIds] = useState<string[]>([]);
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const save = useMutation({
    mutationFn: (body: CreateCohortRequest) => createCohort(programmeId, body),
    onSuccess: async (cohort) => {
      await queryClient.invalidateQueries({ queryKey: trainingKey(programmeId) });
      await navigate(`/hold/${cohort.id}${search}`, { state: { created: true } });
    },
    onError: (error) => setErrors([{ text: problemMessage(error) }]),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setAttempt((n) => n + 1);
    const places = Number(capacity);
    const found: ErrorSummaryItem[] = [];
    if (!name.trim()) found.push({ text: t('create.nameRequired'), fieldId: NAME_ID });
    if (!/^\d{4}-\d{2}$/.test(startMonth))
      found.push({ text: t('create.startMonthRequired'), fieldId: MONTH_ID });
    if (!Number.isInteger(places) || places < 1 || places > 40)
      found.push({ text: t('create.capacityInvalid'), fieldId: CAPACITY_ID });
    setErrors(found);
    if (found.length === 0)
      save.mutate({ name: name.trim(), startMonth, capacity: places, leadIds, memberIds });
  }

  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.text;
  return (
    <form noValidate onSubmit={submit} className="training-form">
      <ErrorSummary key={attempt} items={errors} />
      <TextField
        id={NAME_ID}
        label={t('create.name')}
        hint={t('create.nameHint')}
        error={errorOf(NAME_ID)}
        required
        maxLength={100}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        id={MONTH_ID}
        type="month"
        label={t('create.startMonth')}
        hint={t('create.startMonthHint')}
        error={errorOf(MONTH_ID)}
        required
        placeholder="2027-09"
        value={startMonth}
        onChange={(event) => setStartMonth(event.target.value)}
      />
      <TextField
        id={CAPACITY_ID}
        type="number"
        inputMode="numeric"
        min={1}
        max={40}
        label={t('create.capacity')}
        hint={t('create.capacityHint')}
        error={errorOf(CAPACITY_ID)}
        required
        value={capacity}
        onChange={(event) => setCapacity(event.target.value)}
      />
      <ChoiceGroup
        id="cohort-leads"
        type="checkbox"
        legend={t('create.leads')}
        choices={candidates.staff.map((p) => ({ value: p.id, label: p.name }))}
        selected={leadIds}
        onChange={setLeadIds}
      />
      {candidates.mentors.length === 0 ? (
        <p>{t('create.noMentors')}</p>
      ) : (
        <ChoiceGroup
          id="cohort-members"
          type="checkbox"
          legend={t('create.members')}
          hint={t('create.membersHint')}
          choices={candidates.mentors.map((p) => ({
            value: p.id,
            label: p.name,
            ...(p.cohortName ? { hint: t('create.onCohort', { cohort: p.cohortName }) } : {}),
          }))}
          selected={memberIds}
          // In the order chosen (the group appends): those past the places wait in that order.
          onChange={setMemberIds}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {save.isPending ? t('create.sending') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}
