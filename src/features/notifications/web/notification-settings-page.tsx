import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireLogin } from '../../accounts/web/index.ts';
import { TextField, useFieldProblems, useProblemMessage } from '../../ui/web/index.ts';
import { CHANNELS, DEFAULT_QUIET_HOURS, type NotificationSettings } from '../notifications.contract.ts';
import { useKindTexts } from './kind-texts.ts';
import { notificationsKey, saveSettings, settingsQuery } from './notifications.requests.ts';
import { useMyProgramme } from './use-my-programme.ts';

/**
 * Route `/min-side/notifikationer/valg`, for everyone logged in: for each kind of message the
 * channels (in makker, e-mail, SMS), the quiet hours, the daily digest and the SMS number.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  return (
    <RequireLogin documentTitle={t('settings.documentTitle')}>{(me) => <Chosen me={me} />}</RequireLogin>
  );
}

function Chosen({ me }: { me: Parameters<typeof useMyProgramme>[0] }) {
  const { t } = useTranslation('notifications');
  const { chosen, search } = useMyProgramme(me);
  return (
    <div className="notifications-page">
      <title>{`${t('settings.documentTitle')} – makker`}</title>
      <p>
        <Link to={`/min-side/notifikationer${search}`} className="tap-link">
          {t('settings.back')}
        </Link>
      </p>
      <h1>{t('settings.title')}</h1>
      <p className="font-lead">{t('settings.intro')}</p>
      {chosen ? <Settings programmeId={chosen.programme.id} /> : <p>{t('list.noProgramme')}</p>}
    </div>
  );
}

function Settings({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('notifications');
  const settings = useQuery(settingsQuery(programmeId));
  if (!settings.data) return <p>{t('loading')}</p>;
  return <SettingsForm programmeId={programmeId} saved={settings.data} />;
}

function SettingsForm({ programmeId, saved }: { programmeId: string; saved: NotificationSettings }) {
  const { t } = useTranslation('notifications');
  const texts = useKindTexts();
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [kinds, setKinds] = useState(saved.kinds);
  const [quietOn, setQuietOn] = useState(saved.quietHours !== null);
  const [quiet, setQuiet] = useState(saved.quietHours ?? DEFAULT_QUIET_HOURS);
  const [digest, setDigest] = useState(saved.digest);
  const [phone, setPhone] = useState(saved.phone ?? '');
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: () =>
      saveSettings(programmeId, {
        kinds,
        quietHours: quietOn ? quiet : null,
        digest,
        phone: phone.trim() || null,
      }),
    onSuccess: async (next) => {
      setPhone(next.phone ?? '');
      setStatus(t('settings.saved'));
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
    onError: (e) => setStatus(problemMessage(e)),
  });
  const fields = useFieldProblems()(save.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }
  return (
    <form onSubmit={submit} noValidate className="notifications-form">
      {kinds.map((choice, index) => (
        <fieldset key={choice.kind} className="notifications-kind">
          <legend className="h4">{texts.title(choice.kind)}</legend>
          <p className="form-hint">{texts.text(choice.kind)}</p>
          <div className="notifications-channels">
            {CHANNELS.map((channel) => {
              const id = `kind-${index}-${channel}`;
              return (
                <div key={channel} className="form-group-checkbox">
                  <input
                    id={id}
                    type="checkbox"
                    className="form-checkbox"
                    // Read out with its kind: "E-mail: Møde i morgen", not three bare "E-mail"s.
                    aria-label={`${t(`settings.channels.${channel}`)}: ${texts.title(choice.kind)}`}
                    checked={choice.channels[channel]}
                    onChange={(e) =>
                      setKinds((all) =>
                        all.map((k, i) =>
                          i === index
                            ? { ...k, channels: { ...k.channels, [channel]: e.target.checked } }
                            : k,
                        ),
                      )
                    }
                  />
                  <label htmlFor={id}>{t(`settings.channels.${channel}`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <TextField
        id="notifications-phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        label={t('settings.phone')}
        hint={t('settings.phoneHint')}
        value={phone}
        error={fields.phone ? problemMessage(save.error) : undefined}
        onChange={(e) => setPhone(e.target.value)}
      />
      <fieldset className="notifications-kind">
        <legend className="h4">{t('settings.quietTitle')}</legend>
        <div className="form-group-checkbox">
          <input
            id="notifications-quiet"
            type="checkbox"
            className="form-checkbox"
            checked={quietOn}
            onChange={(e) => setQuietOn(e.target.checked)}
          />
          <label htmlFor="notifications-quiet">{t('settings.quietOn')}</label>
        </div>
        <p className="form-hint">{t('settings.quietHint')}</p>
        {quietOn ? (
          <div className="notifications-times">
            <TextField
              id="notifications-quiet-from"
              type="time"
              label={t('settings.quietFrom')}
              value={quiet.from}
              error={fields['quietHours.from']}
              onChange={(e) => setQuiet((q) => ({ ...q, from: e.target.value }))}
            />
            <TextField
              id="notifications-quiet-to"
              type="time"
              label={t('settings.quietTo')}
              value={quiet.to}
              error={fields['quietHours.to']}
              onChange={(e) => setQuiet((q) => ({ ...q, to: e.target.value }))}
            />
          </div>
        ) : null}
      </fieldset>
      <fieldset className="notifications-kind">
        <legend className="h4">{t('settings.digestTitle')}</legend>
        <div className="form-group-checkbox">
          <input
            id="notifications-digest"
            type="checkbox"
            className="form-checkbox"
            checked={digest}
            onChange={(e) => setDigest(e.target.checked)}
          />
          <label htmlFor="notifications-digest">{t('settings.digest')}</label>
        </div>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('settings.save')}
      </button>
      <p role="status" className="notifications-status">
        {status}
      </p>
    </form>
  );
}
