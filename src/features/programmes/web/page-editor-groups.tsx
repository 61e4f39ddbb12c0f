import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/web/index.ts';
import type { ProgrammePageContent } from '../programmes.contract.ts';
import { fieldId, LIMITS } from './page-editor-checks.ts';
import { weekdayName } from './weekday-name.ts';

type Contact = ProgrammePageContent['contacts'][number];
type CafeTime = ProgrammePageContent['cafe'][number];
type Support = ProgrammePageContent['support'][number];

interface GroupProps<T> {
  item: T;
  index: number;
  errors: Record<string, string>;
  onChange: (next: T) => void;
}

/** One contact person: name, role, phone, e-mail. */
export function ContactFields({ item, index, errors, onChange }: GroupProps<Contact>) {
  const { t } = useTranslation('settings');
  const path = (f: string) => `contacts.${index}.${f}`;
  return (
    <div className="settings-group-fields">
      <TextField
        id={fieldId(path('name'))}
        label={t('page.fields.name')}
        error={errors[path('name')]}
        maxLength={LIMITS.name}
        autoComplete="off"
        value={item.name}
        onChange={(e) => onChange({ ...item, name: e.target.value })}
      />
      <TextField
        id={fieldId(path('role'))}
        label={t('page.fields.role')}
        error={errors[path('role')]}
        maxLength={LIMITS.role}
        value={item.role ?? ''}
        onChange={(e) => onChange({ ...item, role: e.target.value })}
      />
      <TextField
        id={fieldId(path('phone'))}
        label={t('page.fields.phone')}
        error={errors[path('phone')]}
        type="tel"
        maxLength={LIMITS.phone}
        autoComplete="off"
        value={item.phone ?? ''}
        onChange={(e) => onChange({ ...item, phone: e.target.value })}
      />
      <TextField
        id={fieldId(path('email'))}
        label={t('page.fields.email')}
        error={errors[path('email')]}
        type="email"
        maxLength={LIMITS.email}
        autoComplete="off"
        value={item.email ?? ''}
        onChange={(e) => onChange({ ...item, email: e.target.value })}
      />
    </div>
  );
}

/** One café opening: weekday, from, until, place. */
export function CafeTimeFields({
  item,
  index,
  locale,
  errors,
  onChange,
}: GroupProps<CafeTime> & { locale: 'da' | 'en' }) {
  const { t } = useTranslation('settings');
  const path = (f: string) => `cafe.${index}.${f}`;
  const weekdayId = fieldId(path('weekday'));
  return (
    <div className="settings-group-fields">
      <div className={errors[path('weekday')] ? 'form-group form-error' : 'form-group'}>
        <label className="form-label" htmlFor={weekdayId}>
          {t('page.fields.weekday')}
        </label>
        {errors[path('weekday')] ? (
          <span className="form-error-message" id={`${weekdayId}-error`}>
            {errors[path('weekday')]}
          </span>
        ) : null}
        <select
          id={weekdayId}
          className="form-select"
          value={item.weekday}
          aria-describedby={errors[path('weekday')] ? `${weekdayId}-error` : undefined}
          onChange={(e) => onChange({ ...item, weekday: Number(e.target.value) })}
        >
          {[1, 2, 3, 4, 5, 6, 7].map((day) => (
            <option key={day} value={day}>
              {weekdayName(day, locale)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={fieldId(path('start'))}
        label={t('page.fields.start')}
        error={errors[path('start')]}
        type="time"
        value={item.start}
        onChange={(e) => onChange({ ...item, start: e.target.value })}
      />
      <TextField
        id={fieldId(path('end'))}
        label={t('page.fields.end')}
        error={errors[path('end')]}
        type="time"
        value={item.end}
        onChange={(e) => onChange({ ...item, end: e.target.value })}
      />
      <TextField
        id={fieldId(path('place'))}
        label={t('page.fields.place')}
        error={errors[path('place')]}
        maxLength={LIMITS.place}
        value={item.place}
        onChange={(e) => onChange({ ...item, place: e.target.value })}
      />
    </div>
  );
}

/** One support line for "Need help now?": name, phone, what they help with, hours. */
export function SupportFields({ item, index, errors, onChange }: GroupProps<Support>) {
  const { t } = useTranslation('settings');
  const path = (f: string) => `support.${index}.${f}`;
  return (
    <div className="settings-group-fields">
      <TextField
        id={fieldId(path('name'))}
        label={t('page.fields.name')}
        error={errors[path('name')]}
        maxLength={LIMITS.name}
        value={item.name}
        onChange={(e) => onChange({ ...item, name: e.target.value })}
      />
      <TextField
        id={fieldId(path('phone'))}
        label={t('page.fields.phone')}
        error={errors[path('phone')]}
        type="tel"
        maxLength={LIMITS.phone}
        value={item.phone ?? ''}
        onChange={(e) => onChange({ ...item, phone: e.target.value })}
      />
      <TextField
        id={fieldId(path('description'))}
        label={t('page.fields.description')}
        error={errors[path('description')]}
        maxLength={LIMITS.description}
        value={item.description ?? ''}
        onChange={(e) => onChange({ ...item, description: e.target.value })}
      />
      <TextField
        id={fieldId(path('hours'))}
        label={t('page.fields.hours')}
        error={errors[path('hours')]}
        maxLength={LIMITS.hours}
        value={item.hours ?? ''}
        onChange={(e) => onChange({ ...item, hours: e.target.value })}
      />
    </div>
  );
}
