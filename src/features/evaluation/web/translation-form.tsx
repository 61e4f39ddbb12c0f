import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextAreaField, TextField, useProblemMessage } from '../../ui/web/index.ts';
import type { Instrument, Language } from '../questionnaire.contract.ts';
import { addTranslation, evaluationKey } from './evaluation.requests.ts';

/**
 * An admin adds a translation: a text for every item and every answer code, with the translation
 * log of INSTRUMENTS.md rule 1.6 (two forward translations, reconciliation, back-translation,
 * cognitive test). It is pending — never shown to respondents — until approved.
 */
export function TranslationForm({
  programmeId,
  instrument,
}: {
  programmeId: string;
  instrument: Instrument;
}) {
  const { t } = useTranslation('evaluation');
  const problemMessage = useProblemMessage();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<Language>('da');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const text = (key: string) => texts[key] ?? '';
  const set = (key: string, value: string) => setTexts({ ...texts, [key]: value });
  const id = `translate-${instrument.id}`;
  const add = useMutation({
    mutationFn: () =>
      addTranslation(programmeId, instrument.id, {
        language,
        wording: {
          title: text('title'),
          items: instrument.items.map((item) => ({ number: item.number, text: text(`item-${item.number}`) })),
          options: Object.fromEntries(
            Object.entries(instrument.optionSets).map(([set, codes]) => [
              set,
              codes.map((code) => ({ code, label: text(`option-${set}-${code}`) })),
            ]),
          ),
        },
        translationLog: {
          forward: [text('forward1'), text('forward2')].filter(Boolean),
          reconciliation: text('reconciliation'),
          backTranslation: text('back'),
          ...(text('cognitive') ? { cognitiveTest: text('cognitive') } : {}),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKey(programmeId) }),
  });
  const field = (key: string, label: string) => (
    <TextField
      key={key}
      id={`${id}-${key}`}
      label={label}
      value={text(key)}
      onChange={(e) => set(key, e.target.value)}
    />
  );
  const area = (key: string, label: string) => (
    <TextAreaField
      id={`${id}-${key}`}
      label={label}
      value={text(key)}
      onChange={(e) => set(key, e.target.value)}
    />
  );
  return (
    <form
      noValidate
      className="evaluation-translation"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate();
      }}
    >
      <h4>{t('staff.instruments.translate')}</h4>
      <ChoiceGroup
        id={`${id}-language`}
        type="radio"
        legend={t('staff.translate.language')}
        choices={(['da', 'en'] as Language[]).map((l) => ({ value: l, label: t(`staff.instruments.${l}`) }))}
        selected={[language]}
        onChange={([l]) => setLanguage(l ?? 'da')}
      />
      {field('title', t('staff.translate.title'))}
      {instrument.items.map((item) =>
        field(`item-${item.number}`, t('staff.translate.item', { n: item.number })),
      )}
      {Object.entries(instrument.optionSets).flatMap(([set, codes]) =>
        codes.map((code) => field(`option-${set}-${code}`, t('staff.translate.option', { set, code }))),
      )}
      {area('forward1', t('staff.translate.forward1'))}
      {area('forward2', t('staff.translate.forward2'))}
      {area('reconciliation', t('staff.translate.reconciliation'))}
      {area('back', t('staff.translate.back'))}
      {area('cognitive', t('staff.translate.cognitive'))}
      {add.isError ? (
        <p className="form-error-message" role="alert">
          {problemMessage(add.error)}
        </p>
      ) : null}
      {add.isSuccess ? <p role="status">{t('staff.translate.added')}</p> : null}
      <button type="submit" className="button button-secondary" disabled={add.isPending}>
        {t('staff.translate.submit')}
      </button>
    </form>
  );
}
