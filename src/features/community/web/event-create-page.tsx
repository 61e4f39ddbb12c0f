import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { copenhagenInstant } from '../../../shared/calendar-date.ts';
import {
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  TextAreaField,
  TextField,
  useFieldProblems,
  useProblemMessage,
} from '../../ui/web/index.ts';
import { EVENT_AUDIENCES, type EventAudience } from '../community.contract.ts';
import { communityKey, createEvent } from './community.requests.ts';
import { type Programme, StaffFrame } from './community-frame.tsx';

/** Route `/faellesskab/arrangementer/nyt`: an event's name, text, place, time, places, price and who may come. */
export function EventCreatePage() {
  const { t } = useTranslation('community');
  return (
    <StaffFrame documentTitle={t('create.documentTitle')}>
      {(programme, search) => <CreateEvent key={programme.id} programme={programme} search={search} />}
    </StaffFrame>
  );
}

const REQUIRED = ['title', 'place', 'date', 'start', 'end', 'capacity', 'deadline'] as const;
type Field = (typeof REQUIRED)[number] | 'description' | 'cost';

function CreateEvent({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('community');
  const problemMessage = useProblemMessage();
  const fieldProblems = useFieldProblems();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({
    title: '',
    description: '',
    place: '',
    date: '',
    start: '12:00',
    end: '15:00',
    capacity: '20',
    cost: '0',
    deadline: '',
  });
  const [audience, setAudience] = useState<EventAudience>('both');
  const [guest, setGuest] = useState(false);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation({
    mutationFn: () => {
      const startsAt = copenhagenInstant(values.date, values.start);
      // The whole last day counts, but sign-up never runs past the start.
      const deadline = copenhagenInstant(values.deadline, '23:59');
      return createEvent(programme.id, {
        title: values.title.trim(),
        description: values.description.trim(),
        place: values.place.trim(),
        startsAt: startsAt.toISOString(),
        endsAt: copenhagenInstant(values.date, values.end).toISOString(),
        capacity: Number(values.capacity),
        costKr: Number(values.cost || 0),
        signUpDeadline: new Date(Math.min(deadline.getTime(), startsAt.getTime())).toISOString(),
        audience,
        guestAllowed: guest,
      });
    },
    onSuccess: async (event) => {
      await queryClient.invalidateQueries({ queryKey: communityKey(programme.id) });
      await navigate(`/faellesskab/arrangementer/${event.id}${search}`);
    },
    onError: (error) => {
      const byField = fieldProblems(error);
      const items = Object.entries(byField).map(([path, text]) => ({ text: `${path}: ${text}` }));
      setErrors(items.length ? items : [{ text: problemMessage(error) }]);
    },
  });
  const id = (field: Field) => `event-${field}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setAttempt((n) => n + 1);
    const found = REQUIRED.filter((f) => !values[f].trim()).map((f) => ({
      text: `${t(`create.${f === 'title' ? 'name' : f}`)}: ${t('create.required')}`,
      fieldId: id(f),
    }));
    setErrors(found);
    if (found.length === 0) save.mutate();
  }
  const errorOf = (field: Field) => errors.find((e) => e.fieldId === id(field)) && t('create.required');
  const field = (f: Field, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      id={id(f)}
      label={label}
      error={errorOf(f)}
      value={values[f]}
      onChange={(e) => setValues({ ...values, [f]: e.target.value })}
      {...extra}
    />
  );
  return (
    <>
      <title>{`${t('create.documentTitle')} – makker`}</title>
      <p>
        <Link to={`/faellesskab${search}`} className="community-link">
          {t('create.back')}
        </Link>
      </p>
      <h1>{t('create.title')}</h1>
      <form noValidate onSubmit={submit} className="community-form">
        <ErrorSummary key={attempt} items={errors} />
        {field('title', t('create.name'), { hint: t('create.nameHint'), required: true, maxLength: 200 })}
        <TextAreaField
          id={id('description')}
          label={t('create.description')}
          value={values.description}
          maxLength={4000}
          rows={4}
          onChange={(e) => setValues({ ...values, description: e.target.value })}
        />
        {field('place', t('create.place'), { required: true, maxLength: 200 })}
        {field('date', t('create.date'), { type: 'date', required: true })}
        {field('start', t('create.start'), { type: 'time', required: true })}
        {field('end', t('create.end'), { type: 'time', required: true })}
        {field('capacity', t('create.capacity'), {
          type: 'number',
          inputMode: 'numeric',
          min: 1,
          max: 500,
          hint: t('create.capacityHint'),
          required: true,
        })}
        {field('cost', t('create.cost'), { type: 'number', inputMode: 'numeric', min: 0 })}
        {field('deadline', t('create.deadline'), { type: 'date', required: true })}
        <ChoiceGroup
          id="event-audience"
          type="radio"
          legend={t('create.audience')}
          choices={EVENT_AUDIENCES.map((a) => ({ value: a, label: t(`event.audiences.${a}`) }))}
          selected={[audience]}
          onChange={(selected) => setAudience(selected[0] ?? 'both')}
        />
        <ChoiceGroup
          id="event-guest"
          type="checkbox"
          legend={t('create.guestLegend')}
          choices={[{ value: 'guest', label: t('create.guest') }]}
          selected={guest ? ['guest'] : []}
          onChange={(selected) => setGuest(selected.includes('guest'))}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('create.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
