import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A part of the page made of lines or groups the person adds and removes (paragraphs, contacts,
 * café times). Each item is a fieldset named by `itemName(n)`; a new item's first field takes
 * focus (`firstFieldId`), so a keyboard user lands where they type.
 */
export function EditableList<T>({
  id,
  title,
  hint,
  items,
  max,
  itemName,
  addLabel,
  blank,
  firstFieldId,
  onChange,
  single = false,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  items: T[];
  max: number;
  itemName: (n: number) => string;
  addLabel: string;
  blank: () => T;
  firstFieldId: (index: number) => string;
  onChange: (items: T[]) => void;
  /** One field per item (a line, a paragraph): no fieldset around it, the field's label says which. */
  single?: boolean;
  children: (item: T, index: number, update: (next: T) => void) => ReactNode;
}) {
  const { t } = useTranslation('settings');
  const headingId = `${id}-heading`;
  function add() {
    onChange([...items, blank()]);
    const next = firstFieldId(items.length);
    requestAnimationFrame(() => document.getElementById(next)?.focus());
  }
  function remove(index: number) {
    onChange(items.filter((_, i) => i !== index));
    // The item and its button are gone: the part's heading is where the person is now.
    requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  }
  return (
    <section aria-labelledby={headingId} className="settings-section">
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {hint ? <p className="form-hint">{hint}</p> : null}
      {items.length === 0 ? <p>{t('page.none')}</p> : null}
      {items.map((item, index) => {
        const fields = children(item, index, (next) =>
          onChange(items.map((old, i) => (i === index ? next : old))),
        );
        // Items have no ids of their own; the position is what the fields and errors are named by.
        return single ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="settings-line">
            {fields}
            <RemoveButton name={itemName(index + 1)} onClick={() => remove(index)} />
          </div>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <fieldset key={index} className="settings-item">
            <legend className="h4">{itemName(index + 1)}</legend>
            {fields}
            <RemoveButton name={itemName(index + 1)} onClick={() => remove(index)} />
          </fieldset>
        );
      })}
      {items.length < max ? (
        <button type="button" className="button button-secondary" onClick={add}>
          {addLabel}
        </button>
      ) : null}
    </section>
  );
}

function RemoveButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation('settings');
  return (
    <button type="button" className="button button-tertiary settings-remove" onClick={onClick}>
      {t('page.remove')}
      <span className="sr-only"> {name.toLowerCase()}</span>
    </button>
  );
}
