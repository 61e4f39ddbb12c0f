import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DkfdsIcon } from '../../ui/web/index.ts';
import { deletePasskey, type PasskeyItem, passkeysQuery } from './passkey.requests.ts';
import { PasskeyAddForm } from './passkey-add-form.tsx';
import { usePasskeyErrorMessage } from './passkey-error-message.ts';

/**
 * The "Adgangsnøgler" part of Min side: what a passkey is, the person's passkeys with the day each
 * was made, deleting one (after a yes), and making a new one on this device.
 */
export function PasskeySection() {
  const { t } = useTranslation('accounts');
  const passkeys = useQuery(passkeysQuery());
  const [supported] = useState(browserSupportsWebAuthn);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section aria-labelledby="passkeys-heading" className="passkey-section mb-6">
      <h2 id="passkeys-heading" ref={headingRef} tabIndex={-1}>
        {t('passkeys.section.title')}
      </h2>
      <p>{t('passkeys.section.intro')}</p>
      {/* Always in the page, so screen readers announce what is put in it. */}
      <div role="status">
        {status ? (
          <div className="alert alert-success alert--paragraph">
            <DkfdsIcon name="success" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-text">{status}</p>
            </div>
          </div>
        ) : null}
      </div>
      <h3 id="passkeys-list-heading">{t('passkeys.section.listTitle')}</h3>
      {passkeys.isPending ? (
        <p>{t('passkeys.section.loading')}</p>
      ) : passkeys.isError ? (
        <div>
          <p>{t('passkeys.section.loadError')}</p>
          <button type="button" className="button button-secondary" onClick={() => void passkeys.refetch()}>
            {t('passkeys.section.retry')}
          </button>
        </div>
      ) : passkeys.data.length === 0 ? (
        <p>{t('passkeys.section.none')}</p>
      ) : (
        <ul className="my-programmes passkey-list" aria-labelledby="passkeys-list-heading">
          {passkeys.data.map((item) => (
            <PasskeyRow
              key={item.id}
              item={item}
              onDeleted={(name) => {
                setStatus(t('passkeys.section.deleted', { name }));
                // The row and its buttons are gone: go on from the top of the section.
                headingRef.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      <h3>{t('passkeys.add.title')}</h3>
      {supported ? (
        <>
          <p>{t('passkeys.add.intro')}</p>
          <PasskeyAddForm onAdded={(name) => setStatus(t('passkeys.add.added', { name }))} />
        </>
      ) : (
        <p>{t('passkeys.add.unsupported')}</p>
      )}
    </section>
  );
}

function PasskeyRow({ item, onDeleted }: { item: PasskeyItem; onDeleted: (name: string) => void }) {
  const { t, i18n } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const errorMessage = usePasskeyErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const name = item.name || t('passkeys.section.unnamed');
  const made = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
    new Date(item.createdAt),
  );

  const remove = useMutation({
    mutationFn: () => deletePasskey(item.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: passkeysQuery().queryKey });
      onDeleted(name);
    },
  });

  useEffect(() => {
    if (confirming) yesRef.current?.focus();
    else if (returnFocus.current) deleteRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  return (
    <li className="my-programme passkey-item">
      <h4 className="my-programme-name">{name}</h4>
      <p className="my-programme-roles">{t('passkeys.section.addedOn', { date: made })}</p>
      {remove.isError ? (
        <p className="form-error-message" role="alert">
          {errorMessage(remove.error)}
        </p>
      ) : null}
      {confirming ? (
        <fieldset className="passkey-confirm mt-4">
          <legend className="form-label">{t('passkeys.section.confirmDelete', { name })}</legend>
          <div className="form-actions mt-4">
            <button
              ref={yesRef}
              type="button"
              className="button button-primary"
              onClick={() => {
                if (!remove.isPending) remove.mutate();
              }}
            >
              {remove.isPending ? t('form.sending') : t('passkeys.section.confirmYes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                returnFocus.current = true;
                remove.reset();
                setConfirming(false);
              }}
            >
              {t('passkeys.section.confirmNo')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          ref={deleteRef}
          type="button"
          className="button button-secondary mt-4"
          onClick={() => setConfirming(true)}
        >
          {t('passkeys.section.delete')}
          <span className="sr-only"> {name}</span>
        </button>
      )}
    </li>
  );
}
