/**
 * The wishes form, the same for the person (/min-side/oensker) and for staff: one question per
 * group, large checkboxes and radios, the week as one group per day so it fits 320 px. Staff's
 * extras (the pause) come in as `children`, before the save button.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  TextAreaField,
  TextField,
  useProblemMessage,
} from '../../ui/web/index.ts';
import {
  GENDERS,
  LANGUAGES,
  PART_OF_DAY,
  PARTNER_GENDERS,
  SUBSTANCES,
  type Wishes,
  type WishesProfile,
} from '../matching.contract.ts';

const NONE = 'none';
const BIRTH_YEAR_ID = 'wishes-birth-year';
const AGE_FROM_ID = 'wishes-age-from';

export function WishesForm({
  profile,
  staff = false,
  saving,
  error,
  saved,
  onSave,
  children,
}: {
  profile: WishesProfile;
  staff?: boolean;
  saving: boolean;
  error: unknown;
  saved: boolean;
  onSave: (wishes: Wishes) => void;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation('matching');
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  const problemMessage = useProblemMessage();
  const [wishes, setWishes] = useState<Wishes>(profile.wishes);
  const [birthYear, setBirthYear] = useState(profile.wishes.birthYear?.toString() ?? '');
  const [ageFrom, setAgeFrom] = useState(profile.wishes.partnerAge?.min.toString() ?? '');
  const [ageTo, setAgeTo] = useState(profile.wishes.partnerAge?.max.toString() ?? '');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = <K extends keyof Wishes>(key: K, value: Wishes[K]) =>
    setWishes((w) => ({ ...w, [key]: value }));
  const role = profile.role;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setAttempt((n) => n + 1);
    const found: ErrorSummaryItem[] = [];
    const year = birthYear.trim() ? Number(birthYear) : null;
    if (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2100))
      found.push({ text: t('form.birthYearInvalid'), fieldId: BIRTH_YEAR_ID });
    const [min, max] = [ageFrom.trim(), ageTo.trim()].map((v) => (v ? Number(v) : null));
    const age = min === null && max === null ? null : { min: min ?? 18, max: max ?? 120 };
    if (
      age &&
      (!Number.isInteger(age.min) ||
        !Number.isInteger(age.max) ||
        age.min < 18 ||
        age.max > 120 ||
        age.min > age.max)
    )
      found.push({ text: t('form.ageInvalid'), fieldId: AGE_FROM_ID });
    setErrors(found);
    if (found.length === 0) onSave({ ...wishes, birthYear: year, partnerAge: age });
  }

  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.text;
  const serverErrors: ErrorSummaryItem[] = error ? [{ text: problemMessage(error) }] : [];
  return (
    <form noValidate onSubmit={submit} className="matching-form">
      <ErrorSummary key={attempt} items={[...errors, ...serverErrors]} />
      {profile.draftFromApplication ? (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t(staff ? 'form.draftStaff' : 'form.draft')}</p>
          </div>
        </div>
      ) : null}
      <ChoiceGroup
        id="wishes-activities"
        type="checkbox"
        legend={t('form.activities')}
        hint={t('form.activitiesHint')}
        choices={profile.choices.activities.map((a) => ({
          value: a.key,
          label: capitalise(a.label[locale]),
        }))}
        selected={wishes.activities}
        onChange={(v) => set('activities', v)}
      />
      <fieldset className="matching-week">
        <legend className="form-label">{t('form.availability')}</legend>
        <span className="form-hint">{t('form.availabilityHint')}</span>
        {([1, 2, 3, 4, 5, 6, 7] as const).map((d, i) => {
          const day = t(`weekdayTitle.d${d}`);
          const slots = PART_OF_DAY.map((p) => `${i + 1}-${p}`);
          return (
            <ChoiceGroup
              key={day}
              id={`wishes-day-${i + 1}`}
              type="checkbox"
              legend={day}
              choices={PART_OF_DAY.map((p) => ({ value: `${i + 1}-${p}`, label: t(`partTitle.${p}`) }))}
              selected={wishes.availability.filter((s) => slots.includes(s))}
              onChange={(v) =>
                set('availability', [...wishes.availability.filter((s) => !slots.includes(s)), ...v])
              }
            />
          );
        })}
      </fieldset>
      <ChoiceGroup
        id="wishes-area"
        type="radio"
        legend={t('form.area')}
        hint={t('form.areaHint')}
        choices={[
          ...profile.choices.areas.map((a) => ({ value: a, label: a })),
          { value: NONE, label: t('form.areaNone') },
        ]}
        selected={[wishes.area ?? NONE]}
        onChange={([v]) => set('area', v === NONE || !v ? null : v)}
      />
      <ChoiceGroup
        id="wishes-languages"
        type="checkbox"
        legend={t('form.languages')}
        choices={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        selected={wishes.languages}
        onChange={(v) => set('languages', v)}
      />
      <ChoiceGroup
        id="wishes-gender"
        type="radio"
        legend={t('form.gender')}
        choices={[...GENDERS, NONE].map((g) => ({ value: g, label: t(`gender.${g as 'female'}`) }))}
        selected={[wishes.gender ?? NONE]}
        onChange={([v]) => set('gender', v === NONE || !v ? null : (v as Wishes['gender']))}
      />
      <TextField
        id={BIRTH_YEAR_ID}
        type="number"
        inputMode="numeric"
        label={t('form.birthYear')}
        hint={t('form.birthYearHint')}
        error={errorOf(BIRTH_YEAR_ID)}
        value={birthYear}
        onChange={(e) => setBirthYear(e.target.value)}
      />
      <ChoiceGroup
        id="wishes-partner-gender"
        type="radio"
        legend={t(`form.partnerGender.${role}`)}
        choices={PARTNER_GENDERS.map((g) => ({ value: g, label: t(`partnerGender.${g}`) }))}
        selected={[wishes.partnerGender]}
        onChange={([v]) => set('partnerGender', (v ?? 'any') as Wishes['partnerGender'])}
      />
      <fieldset className="matching-age">
        <legend className="form-label">{t('form.partnerAge')}</legend>
        <span className="form-hint">{t('form.partnerAgeHint')}</span>
        <div className="matching-age-fields">
          <TextField
            id={AGE_FROM_ID}
            type="number"
            inputMode="numeric"
            label={t('form.ageFrom')}
            error={errorOf(AGE_FROM_ID)}
            value={ageFrom}
            onChange={(e) => setAgeFrom(e.target.value)}
          />
          <TextField
            id="wishes-age-to"
            type="number"
            inputMode="numeric"
            label={t('form.ageTo')}
            value={ageTo}
            onChange={(e) => setAgeTo(e.target.value)}
          />
        </div>
      </fieldset>
      <ChoiceGroup
        id="wishes-background"
        type="radio"
        legend={t('form.background')}
        hint={t('form.backgroundHint')}
        choices={[...SUBSTANCES, NONE].map((s) => ({ value: s, label: t(`background.${s as 'alcohol'}`) }))}
        selected={[wishes.background ?? NONE]}
        onChange={([v]) => set('background', v === NONE || !v ? null : (v as Wishes['background']))}
      >
        <div className="form-group-checkbox matching-same-background">
          <input
            id="wishes-same-background"
            type="checkbox"
            className="form-checkbox"
            checked={wishes.sameBackgroundMatters}
            onChange={(e) => set('sameBackgroundMatters', e.target.checked)}
          />
          <label htmlFor="wishes-same-background">{t('form.sameBackground')}</label>
        </div>
      </ChoiceGroup>
      <TextAreaField
        id="wishes-free-words"
        label={t(`form.freeWords.${role}`)}
        hint={t('form.freeWordsHint')}
        maxLength={2000}
        rows={4}
        value={wishes.freeWords}
        onChange={(e) => set('freeWords', e.target.value)}
      />
      <TextAreaField
        id="wishes-avoid-names"
        label={t('form.avoidNames')}
        hint={t('form.avoidNamesHint')}
        maxLength={500}
        rows={2}
        value={wishes.avoidNames}
        onChange={(e) => set('avoidNames', e.target.value)}
      />
      {children}
      <div role="status" className="matching-status">
        {saved && !saving ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{t(staff ? 'form.savedStaff' : 'form.saved')}</p>
            </div>
          </div>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary matching-save">
          {saving ? t('form.saving') : t(staff ? 'form.saveStaff' : 'form.save')}
        </button>
      </div>
    </form>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
