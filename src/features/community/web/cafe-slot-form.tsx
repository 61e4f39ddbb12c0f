import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, useProblemMessage } from '../../ui/web/index.ts';
import { addCafeSlot, communityKey } from './community.requests.ts';
import { useCommunityFormat } from './community-format.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Tilføj en fast tid": a weekly café time; its sessions for the next eight weeks are made at once. */
export function CafeSlotForm({
  programmeId,
  onSaved,
}: {
  programmeId: string;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('community');
  const format = useCommunityFormat();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [weekday, setWeekday] = useState(2);
  const [start, setStart] = useState('13:00');
  const [end, setEnd] = useState('16:00');
  const [place, setPlace] = useState('');
  const [error, setError] = useState<string>();
  const save = useMutation({
    mutationFn: () => addCafeSlot(programmeId, { weekday, start, end, place: place.trim() }),
    onSuccess: async () => {
      setOpen(false);
      setError(undefined);
      onSaved(t('slot.saved', { weekday: format.weekday(weekday), start, end }));
      await queryClient.invalidateQueries({ queryKey: communityKey(programmeId) });
    },
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
          {t('slot.add')}
        </button>
      </p>
    );
  return (
    <form noValidate onSubmit={submit} className="community-form community-card">
      <h3>{t('slot.title')}</h3>
      <div className="form-group">
        <label className="form-label" htmlFor="slot-weekday">
          {t('slot.weekday')}
        </label>
        <select
          id="slot-weekday"
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
        id="slot-start"
        type="time"
        label={t('slot.start')}
        value={start}
        onChange={(e) => setStart(e.target.value)}
      />
      <TextField
        id="slot-end"
        type="time"
        label={t('slot.end')}
        value={end}
        onChange={(e) => setEnd(e.target.value)}
      />
      <TextField
        id="slot-place"
        label={t('slot.place')}
        error={error}
        maxLength={200}
        value={place}
        onChange={(e) => setPlace(e.target.value)}
      />
      <div className="community-actions">
        <button type="submit" className="button button-primary community-action">
          {t('slot.submit')}
        </button>
        <button
          type="button"
          className="button button-secondary community-action"
          onClick={() => setOpen(false)}
        >
          {t('staff.keep')}
        </button>
      </div>
    </form>
  );
}
