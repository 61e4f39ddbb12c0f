import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { copenhagenDateAndTime, copenhagenInstant } from '../../../shared/calendar-date.ts';
import {
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  TextAreaField,
  TextField,
  useFieldProblems,
  useProblemMessage,
} from '../../ui/web/index.ts';
import { type CommunityEvent, EVENT_AUDIENCES, type EventAudience } from '../community.contract.ts';
import { communityKey, createEvent, eventQuery, updateEvent } from './community.requests.ts';
import { type Programme, QueryState, StaffFrame } from './community-frame.tsx';

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

/** Route `/faellesskab/arrangementer/:eventId/ret`: the same form, filled in, for an event not yet begun. */
export function EventEditPage() {
  const { t } = useTranslation('community');
  return (
    <StaffFrame documentTitle={t('edit.documentTitle')}>
      {(programme, search) => <EditEvent key={programme.id} programme={programme} search={search} />}
    </StaffFrame>
  );
}

function EditEvent({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('community');
  const { eventId = '' } = useParams();
  const detail = useQuery(eventQuery(programme.id, eventId));
  if (!detail.data)
    return (
      <>
        <title>{`${t('edit.documentTitle')} – makker`}</title>
        <QueryState query={detail} />
      </>
    );
  return <CreateEvent programme={programme} search={search} existing={detail.data.event} />;
}

function initialValues(existing: CommunityEvent | undefined): Record<Field, string> {
  if (!existing)
    return {
      title: '',
      description: '',
      place: '',
      date: '',
      start: '12:00',
      end: '15:00',
      capacity: '20',
      cost: '0',
      deadline: '',
    };
  const start = copenhagenDateAndTime(new Date(existing.startsAt));
  return {
    title: existing.title,
    description: existing.description,
    place: existing.place,
    date: start.date,
    start: start.time,
    end: copenhagenDateAndTime(new Date(existing.endsAt)).time,
    capacity: String(existing.capacity),
    cost: String(existing.costKr),
    deadline: copenhagenDateAndTime(new Date(existing.signUpDeadline)).date,
  };
}

function CreateEvent({
  programme,
  search,
  existing,
}: {
  programme: Programme;
  search: string;
  /** The event being changed; creating a new one without. */
  existing?: CommunityEvent;
}) {
  const { t } = useTranslation('community');
  const problemMessage = useProblemMessage();
  const fieldProblems = useFieldProblems();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>(() => initialValues(existing));
  const [audience, setAudience] = useState<EventAudience>(existing?.audience ?? 'both');
  const [guest, setGuest] = useState(existing?.guestAllowed ?? false);
  const texts = existing ? 'edit' : 'create';
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation({
    mutationFn: () => {
      const startsAt = copenhagenInstant(values.date, values.start);
      // The whole last day counts, but sign-up never runs past the start.
      const deadline = copenhagenInstant(values.deadline, '23:59');
      const request = {
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
      };
      return existing ? updateEvent(programme.id, existing.id, request) : createEvent(programme.id, request);
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
      <title>{`${t(`${texts}.documentTitle`)} – makker`}</title>
      <p>
        <Link
          to={existing ? `/faellesskab/arrangementer/${existing.id}${search}` : `/faellesskab${search}`}
          className="community-link"
        >
          {t(`${texts}.back`)}
        </Link>
      </p>
      <h1>{t(`${texts}.title`)}</h1>
      {existing ? <p>{t('edit.intro')}</p> : null}
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
            {t(`${texts}.submit`)}
          </button>
        </div>
      </form>
    </>
  );
}
