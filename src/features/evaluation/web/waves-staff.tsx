import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { ResponseRate, WaveSettingsInput } from '../waves.contract.ts';
import { evaluationKey } from './evaluation.requests.ts';
import { Loading } from './respondent-frame.tsx';
import { responseRatesQuery, saveWaveSettings, waveSettingsQuery } from './waves.requests.ts';

/**
 * On /evaluering (decision 045): the response rates per wave and role — counts only, under 5
 * shown as "< 5" — and the programme's wave settings, which staff edit.
 */
export function ResponseRatesSection({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const rates = useQuery(responseRatesQuery(programmeId));
  if (!rates.data) return <Loading query={rates} />;
  const n = rates.data.smallestShown;
  const count = (value: number | null) => (value === null ? t('waves.rates.few', { n }) : String(value));
  const percent = (value: number | null) =>
    value === null
      ? '–'
      : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
          style: 'percent',
          maximumFractionDigits: 0,
        }).format(value);
  const columns = ['sent', 'answered', 'partly', 'open', 'expired'] as const;
  return (
    <section aria-labelledby="rates-heading" className="evaluation-section">
      <h2 id="rates-heading">{t('waves.rates.title')}</h2>
      <p>{t('waves.rates.intro', { n })}</p>
      <section
        className="table--responsive-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
        tabIndex={0}
        aria-label={t('waves.rates.title')}
      >
        <table className="table table--compact">
          <caption className="sr-only">{t('waves.rates.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('waves.rates.wave')}</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {t(`waves.rates.${c}`)}
                </th>
              ))}
              <th scope="col">{t('waves.rates.answeredRate')}</th>
              <th scope="col">{t('waves.rates.anyAnswerRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.data.rates.map((r: ResponseRate) => (
              <tr key={`${r.role}-${r.wave}`} data-wave={r.wave} data-role={r.role}>
                <th scope="row">
                  {r.wave} {t(`wave.${r.wave}`)} · {t(`waves.rates.roles.${r.role}`)}
                </th>
                {columns.map((c) => (
                  <td key={c}>{count(r[c])}</td>
                ))}
                <td>{percent(r.answeredRate)}</td>
                <td>{percent(r.anyAnswerRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

const parseDays = (text: string): number[] | null => {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.every((p) => /^\d{1,2}$/.test(p)) ? parts.map(Number) : null;
};

export function WaveSettingsSection({ programmeId }: { programmeId: string }) {
  const settings = useQuery(waveSettingsQuery(programmeId));
  if (!settings.data) return <Loading query={settings} />;
  return <WaveSettingsForm programmeId={programmeId} initial={settings.data} />;
}

function WaveSettingsForm({ programmeId, initial }: { programmeId: string; initial: WaveSettingsInput }) {
  const { t } = useTranslation('evaluation');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [waves, setWaves] = useState(initial.waves);
  const [windowDays, setWindowDays] = useState(String(initial.windowDays));
  const [reminders, setReminders] = useState(initial.reminderDays.join(', '));
  const [tried, setTried] = useState(false);
  const reminderDays = parseDays(reminders);
  const save = useMutation({
    mutationFn: () =>
      saveWaveSettings(programmeId, {
        waves,
        windowDays: Number(windowDays),
        reminderDays: reminderDays ?? [],
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKey(programmeId) }),
  });
  const setRule = (i: number, change: Partial<WaveSettingsInput['waves'][number]>) =>
    setWaves(waves.map((w, j) => (j === i ? { ...w, ...change } : w)));
  return (
    <section aria-labelledby="wave-settings-heading" className="evaluation-section">
      <h2 id="wave-settings-heading">{t('waves.settings.title')}</h2>
      <p>{t('waves.settings.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (reminderDays) save.mutate();
        }}
      >
        <p>{t('waves.settings.t0')}</p>
        {waves.map((rule, i) =>
          i === 0 ? null : (
            <fieldset key={rule.wave} className="evaluation-wave-rule">
              <legend className="form-label">{`${rule.wave}: ${t(`wave.${rule.wave}`)}`}</legend>
              <TextField
                id={`wave-${rule.wave}-months`}
                label={t('waves.settings.months', { wave: rule.wave })}
                type="number"
                inputMode="numeric"
                min={0}
                max={24}
                value={String(rule.months)}
                onChange={(e) => setRule(i, { months: Number(e.target.value) })}
              />
              <div className="form-group">
                <label className="form-label" htmlFor={`wave-${rule.wave}-from`}>
                  {t('waves.settings.from', { wave: rule.wave })}
                </label>
                <select
                  id={`wave-${rule.wave}-from`}
                  className="form-select"
                  value={rule.from}
                  onChange={(e) => setRule(i, { from: e.target.value as 'start' | 'end' })}
                >
                  <option value="start">{t('waves.settings.fromStart')}</option>
                  <option value="end">{t('waves.settings.fromEnd')}</option>
                </select>
              </div>
            </fieldset>
          ),
        )}
        <TextField
          id="wave-window"
          label={t('waves.settings.windowDays')}
          hint={t('waves.settings.windowHint')}
          type="number"
          inputMode="numeric"
          min={7}
          max={90}
          value={windowDays}
          onChange={(e) => setWindowDays(e.target.value)}
        />
        <TextField
          id="wave-reminders"
          label={t('waves.settings.reminderDays')}
          hint={t('waves.settings.reminderHint')}
          inputMode="numeric"
          value={reminders}
          error={tried && !reminderDays ? t('waves.settings.reminderInvalid') : undefined}
          onChange={(e) => setReminders(e.target.value)}
        />
        {save.isError ? (
          <p className="form-error-message" role="alert">
            {problemMessage(save.error)}
          </p>
        ) : null}
        {save.isSuccess ? (
          <p role="status" className="weight-semibold">
            {t('waves.settings.saved')}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('waves.settings.save')}
        </button>
      </form>
    </section>
  );
}
