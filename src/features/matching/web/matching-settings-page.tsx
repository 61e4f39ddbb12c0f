import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ErrorSummary,
  type ErrorSummaryItem,
  TextAreaField,
  TextField,
  useProblemMessage,
} from '../../ui/web/index.ts';
import { type Activity, type MatchingSettings, SCORE_PARTS } from '../matching.contract.ts';
import { matchingKey, matchingSettingsQuery, saveMatchingSettings } from './matching.requests.ts';
import { MatchingFrame, type Programme, QueryState } from './matching-frame.tsx';

/**
 * Route `/matching/indstillinger`, for staff: the programme's list of activities people choose
 * from (Danish and English names), its areas, how many peers a mentor may have, and the weights.
 */
export function MatchingSettingsPage() {
  const { t } = useTranslation('matching');
  return (
    <MatchingFrame documentTitle={t('settings.documentTitle')}>
      {(programme, search) => <Settings key={programme.id} programme={programme} search={search} />}
    </MatchingFrame>
  );
}

function Settings({ programme, search }: { programme: Programme; search: string }) {
  const { t } = useTranslation('matching');
  const settings = useQuery(matchingSettingsQuery(programme.id));
  return (
    <>
      <title>{`${t('settings.documentTitle')} – makker`}</title>
      <p>
        <Link to={`/matching${search}`} className="matching-link">
          {t('round.back')}
        </Link>
      </p>
      <h1>{t('settings.title')}</h1>
      <QueryState query={settings} />
      {settings.data ? <SettingsForm programmeId={programme.id} settings={settings.data} /> : null}
    </>
  );
}

/** A key for a new activity from its Danish name, unique in the list. */
function keyFor(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 34) || 'aktivitet';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

function SettingsForm({ programmeId, settings }: { programmeId: string; settings: MatchingSettings }) {
  const { t } = useTranslation('matching');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [activities, setActivities] = useState<(Activity & { isNew?: boolean })[]>(settings.activities);
  const [areas, setAreas] = useState(settings.areas.join('\n'));
  const [capacity, setCapacity] = useState(String(settings.mentorCapacity));
  const [weights, setWeights] = useState(settings.weights);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation({
    mutationFn: (body: MatchingSettings) => saveMatchingSettings(programmeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchingKey(programmeId) }),
    onError: (error) => setErrors([{ text: problemMessage(error) }]),
  });
  const setLabel = (i: number, locale: 'da' | 'en', value: string) =>
    setActivities((list) =>
      list.map((a, k) => (k === i ? { ...a, label: { ...a.label, [locale]: value } } : a)),
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setAttempt((n) => n + 1);
    const found: ErrorSummaryItem[] = [];
    activities.forEach((a, i) => {
      if (!a.label.da.trim() || !a.label.en.trim())
        found.push({
          text: t('settings.activityNameRequired', { number: i + 1 }),
          fieldId: `activity-${i}-da`,
        });
    });
    if (activities.length === 0) found.push({ text: t('settings.activitiesRequired') });
    const places = Number(capacity);
    if (!Number.isInteger(places) || places < 1 || places > 5)
      found.push({ text: t('settings.capacityInvalid'), fieldId: 'matching-capacity' });
    setErrors(found);
    if (found.length > 0) return;
    const taken = new Set(activities.filter((a) => !a.isNew).map((a) => a.key));
    const list = activities.map(({ isNew, ...a }) => {
      if (!isNew) return a;
      const key = keyFor(a.label.da, taken);
      taken.add(key);
      return { ...a, key };
    });
    const areaList = [
      ...new Set(
        areas
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ];
    save.mutate({ activities: list, areas: areaList, mentorCapacity: places, weights });
  }

  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.text;
  return (
    <form noValidate onSubmit={submit} className="matching-form">
      <ErrorSummary key={attempt} items={errors} />
      <fieldset className="matching-section">
        <legend className="h2">{t('settings.activities')}</legend>
        <p className="form-hint">{t('settings.activitiesHint')}</p>
        <ol className="matching-list">
          {activities.map((a, i) => (
            <li key={a.isNew ? `new-${i}` : a.key} className="matching-card">
              <TextField
                id={`activity-${i}-da`}
                label={t('settings.activityDa', { number: i + 1 })}
                error={errorOf(`activity-${i}-da`)}
                maxLength={60}
                value={a.label.da}
                onChange={(e) => setLabel(i, 'da', e.target.value)}
              />
              <TextField
                id={`activity-${i}-en`}
                label={t('settings.activityEn', { number: i + 1 })}
                maxLength={60}
                value={a.label.en}
                onChange={(e) => setLabel(i, 'en', e.target.value)}
              />
              <button
                type="button"
                className="button button-tertiary matching-action"
                onClick={() => setActivities((list) => list.filter((_, k) => k !== i))}
              >
                {t('settings.removeActivity', { name: a.label.da || i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              setActivities((list) => [...list, { key: '', label: { da: '', en: '' }, isNew: true }])
            }
          >
            {t('settings.addActivity')}
          </button>
        </p>
      </fieldset>
      <TextAreaField
        id="matching-areas"
        label={t('settings.areas')}
        hint={t('settings.areasHint')}
        rows={6}
        value={areas}
        onChange={(e) => setAreas(e.target.value)}
      />
      <TextField
        id="matching-capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={5}
        label={t('settings.capacity')}
        hint={t('settings.capacityHint')}
        error={errorOf('matching-capacity')}
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
      />
      <fieldset className="matching-section">
        <legend className="form-label">{t('round.weights')}</legend>
        <span className="form-hint">{t('settings.weightsHint')}</span>
        <div className="matching-weights">
          {SCORE_PARTS.map((part) => (
            <div key={part} className="form-group">
              <label className="form-label" htmlFor={`settings-weight-${part}`}>
                {t(`part.${part}`)}
              </label>
              <input
                id={`settings-weight-${part}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={10}
                className="form-input input-width-xs"
                value={weights[part]}
                onChange={(e) =>
                  setWeights((w) => ({
                    ...w,
                    [part]: Math.max(0, Math.min(10, Math.round(Number(e.target.value) || 0))),
                  }))
                }
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div role="status" className="matching-status">
        {save.isSuccess && !save.isPending ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{t('settings.saved')}</p>
            </div>
          </div>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {save.isPending ? t('form.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}
