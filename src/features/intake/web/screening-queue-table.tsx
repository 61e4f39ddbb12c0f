import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ApplicationSummary } from '../intake.contract.ts';
import { ELIGIBILITY_BADGE } from './screening-answers.tsx';
import { useScreeningFormat } from './screening-format.ts';

/** The id of a row's checkbox, where "select at least one" leads. */
export function selectBoxId(applicationId: string): string {
  return `screening-select-${applicationId}`;
}

/**
 * The queue as a DKFDS table with selectable rows (the checkboxes are for the bulk actions
 * below it). Below the `md` breakpoint each row becomes a card with the column names beside the
 * values, so a 320 px screen shows it all. A name leads to the application and keeps the filter
 * in the address, so "back" returns to the same list.
 */
export function ScreeningQueueTable({
  applications,
  caption,
  selected,
  onSelect,
}: {
  applications: ApplicationSummary[];
  caption: string;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], checked: boolean) => void;
}) {
  const { t } = useTranslation('screening');
  const format = useScreeningFormat();
  const { search } = useLocation();
  const all = useRef<HTMLInputElement>(null);
  const chosen = applications.filter((a) => selected.has(a.id)).length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = chosen > 0 && chosen < applications.length;
  }, [chosen, applications.length]);
  const columns = {
    name: t('queue.list.name'),
    status: t('queue.list.status'),
    eligibility: t('queue.list.eligibility'),
    age: t('queue.list.age'),
    municipality: t('queue.list.municipality'),
  };
  return (
    <table className="table table--zebra table--selectable table-md-responsive-headers screening-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="screening-select-cell">
            <div className="form-group-checkbox">
              <input
                ref={all}
                id="screening-select-all"
                type="checkbox"
                className="form-checkbox"
                checked={applications.length > 0 && chosen === applications.length}
                onChange={(event) =>
                  onSelect(
                    applications.map((a) => a.id),
                    event.target.checked,
                  )
                }
              />
              <label htmlFor="screening-select-all">
                <span className="sr-only">{t('queue.list.selectAll')}</span>
              </label>
            </div>
          </th>
          <th scope="col">{columns.name}</th>
          <th scope="col">{columns.status}</th>
          <th scope="col">{columns.eligibility}</th>
          <th scope="col">{columns.age}</th>
          <th scope="col">{columns.municipality}</th>
        </tr>
      </thead>
      <tbody>
        {applications.map((a) => {
          const name = a.name || t('queue.list.noName');
          const isSelected = selected.has(a.id);
          return (
            <tr key={a.id} className={isSelected ? 'table-row-selected' : undefined}>
              <td className="screening-select-cell">
                <div className="form-group-checkbox">
                  <input
                    id={selectBoxId(a.id)}
                    type="checkbox"
                    className="form-checkbox"
                    checked={isSelected}
                    onChange={(event) => onSelect([a.id], event.target.checked)}
                  />
                  <label htmlFor={selectBoxId(a.id)}>
                    <span className="sr-only">{t('queue.list.selectOne', { name })}</span>
                  </label>
                </div>
              </td>
              <th scope="row" data-title={columns.name}>
                <Link to={`/visitation/${a.id}${search}`} className="screening-name-link">
                  {name}
                </Link>
              </th>
              <td data-title={columns.status}>{t(`status.${a.status}`)}</td>
              <td data-title={columns.eligibility}>
                <span className={ELIGIBILITY_BADGE[a.eligibility]}>{t(`eligibility.${a.eligibility}`)}</span>
              </td>
              <td data-title={columns.age}>{format.waited(a.ageDays)}</td>
              <td data-title={columns.municipality}>
                {a.municipalityCode
                  ? format.municipality(a.municipalityCode)
                  : t('queue.list.noMunicipality')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
