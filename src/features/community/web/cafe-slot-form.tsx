import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { CafeSlot } from '../community.contract.ts';
import { addCafeSlot, communityKey, endCafeSlot, updateCafeSlot } from './community.requests.ts';
import { useCommunityFormat } from './community-format.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * "Tilføj en fast tid": a weekly café time; its sessions for the next eight weeks are made at once.
 * Given a `slot`, the same form changes that time (its coming sessions follow) or stops it.
 */
export function CafeSlotForm({
  programmeId,
  slot,
  onSaved,
}: {
  programmeId: string;
  slot?: CafeSlot;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [weekday, setWeekday] = useState(slot?.weekday ?? 2);
  const [start, setStart] = useState(slot?.start ?? '13:00');
  const [end, setEnd] = useState(slot?.end ?? '16:00');
  const [place, setPlace] = useState(slot?.place ?? '');
  const [error, setError] = useState<string>();
  const [stopping, setStopping] = useState(false);
  const idOf = (name: string) => `slot-${name}${slot ? `-${slot.id}` : ''}`;
  const current = slot ? `${format.weekday(slot.weekday)} ${slot.start}–${slot.end}` : '';
  const done = async (message: string) => {
    setOpen(false);
    setStopping(false);
    setError(undefined);
    onSaved(message);
    await queryClient.invalidateQueries({ queryKey: communityKey(programmeId) });
  };
  const save = useMutation({
    mutationFn: async () => {
      const request = { weekday, start, end, place: place.trim() };
      if (slot) return (await updateCafeSlot(programmeId, slot.id, request)).notified;
      await addCafeSlot(programmeId, request);
      return 0;
    },
    onSuccess: (notified) =>
      done(
        slot
          ? t('slot.changed', { weekday: format.weekday(weekday), start, end, count: notified })
          : t('slot.saved', { weekday: format.weekday(weekday), start, end }),
      ),
    onError: (e) => setError(problemMessage(e)),
  });
  const stop = useMutation({
    mutationFn: () => endCafeSlot(programmeId, slot!.id),
    onSuccess: ({ notified }) => done(t('slot.stopped', { time: current, count: notified })),
    onError: (e) => setError(problemMessage(e)),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!place.trim()) return setError(t('slot.placeRequired'));
    if (!save.isPending) save.mutate();
  }
  if (!open)
    return (
      <p>
        <button
          type="button"
          className="button button-secondary community-action"
          onClick={() => setOpen(true)}
        >
          {slot ? (
            <>
              {t('slot.change')}
              <span className="sr-only"> {current}</span>
            </>
          ) : (
            t('slot.add')
          )}
        </button>
      </p>
    );
  return (
    <form noValidate onSubmit={submit} className="community-form community-card">
      <h3>{slot ? t('slot.changeTitle', { time: current }) : t('slot.title')}</h3>
      {slot ? <p>{t('slot.changeIntro')}</p> : null}
      <div className="form-group">
        <label className="form-label" htmlFor={idOf('weekday')}>
          {t('slot.weekday')}
        </label>
        <select
          id={idOf('weekday')}
          className="form-select"
          value={weekday}
          onChange={(e) => setWeekday(Number(e.target.value))}
        >
          {WEEKDAYS.map((d) => (
            <option key={d} value={d}>
              {format.weekday(d)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={idOf('start')}
        type="time"
        label={t('slot.start')}
        value={start}
        onChange={(e) => setStart(e.target.value)}
      />
      <TextField
        id={idOf('end')}
        type="time"
        label={t('slot.end')}
        value={end}
        onChange={(e) => setEnd(e.target.value)}
      />
      <TextField
        id={idOf('place')}
        label={t('slot.place')}
        error={error}
        maxLength={200}
        value={place}
        onChange={(e) => setPlace(e.target.value)}
      />
      <div className="community-actions">
        <button type="submit" className="button button-primary community-action">
          {slot ? t('slot.saveChange') : t('slot.submit')}
        </button>
        <button
          type="button"
          className="button button-secondary community-action"
          onClick={() => setOpen(false)}
        >
          {t('staff.keep')}
        </button>
      </div>
      {slot ? (
        <div className="community-actions">
          {stopping ? (
            <>
              <button
                type="button"
                className="button button-secondary community-action"
                onClick={() => stop.isPending || stop.mutate()}
              >
                {t('slot.confirmStop', { time: current })}
              </button>
              <button
                type="button"
                className="button button-secondary community-action"
                onClick={() => setStopping(false)}
              >
                {t('staff.keep')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-secondary community-action"
              onClick={() => setStopping(true)}
            >
              {t('slot.stop')}
            </button>
          )}
        </div>
      ) : null}
    </form>
  );
}
