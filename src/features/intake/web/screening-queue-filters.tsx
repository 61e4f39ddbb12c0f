import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { PROGRAMME_PARAM } from '../../accounts/web/index.ts';
import { TextField } from '../../ui/web/index.ts';
import {
  QUEUE_ELIGIBILITY,
  QUEUE_PARAMS,
  QUEUE_ROLES,
  QUEUE_STATUSES,
  queueHref,
  type RoleFilter,
} from './screening-queue-filter.ts';

/** Peers or mentors, as DKFDS tabs that are links: each role's queue has its own address. */
export function ScreeningRoleTabs({ base, filter }: { base: string; filter: RoleFilter }) {
  const { t } = useTranslation('screening');
  return (
    <nav className="tab-container screening-role-tabs" aria-label={t('queue.rolesLabel')}>
      <ul className="tab-list">
        {QUEUE_ROLES.map((role) => (
          <li key={role}>
            <Link
              to={queueHref(base, { role })}
              className="tab-button"
              aria-current={role === filter.role ? 'page' : undefined}
            >
              <span>{t(`roles.${role}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** How many of the role's applications have each status; each number shows those applications. */
export function ScreeningStatusCounts({
  base,
  filter,
  counts,
}: {
  base: string;
  filter: RoleFilter;
  counts: Record<string, number>;
}) {
  const { t } = useTranslation('screening');
  const roles = t(`roles.${filter.role}`).toLowerCase();
  return (
    <section aria-labelledby="screening-counts-heading" className="screening-counts">
      <h2 id="screening-counts-heading">{t('queue.countsTitle', { roles })}</h2>
      <ul className="screening-count-list no-max-width">
        {QUEUE_STATUSES.map((status) => (
          <li key={status}>
            <Link
              to={queueHref(base, { role: filter.role, status })}
              className="screening-count"
              aria-current={filter.status === status ? 'true' : undefined}
            >
              <span className="screening-count-label">{t(`status.${status}`)}</span>
              <span className="screening-count-number">{counts[status] ?? 0}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Status, eligibility and a search, as a GET form: without script the browser puts them in the
 * address itself; with it, empty fields are left out of the address. A new address gives the
 * form new defaults (it is keyed on it).
 */
export function ScreeningQueueFilters({
  base,
  filter,
  programmes,
  programmeSlug,
}: {
  base: string;
  filter: RoleFilter;
  programmes: { slug: string; name: string }[];
  programmeSlug: string;
}) {
  const { t } = useTranslation('screening');
  const navigate = useNavigate();
  const { search } = useLocation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    }
    void navigate(`/visitation?${params}`);
  }

  const filtered = Boolean(filter.status || filter.eligibility || filter.q);
  return (
    <section aria-labelledby="screening-filters-heading" className="screening-filters">
      <h2 id="screening-filters-heading">{t('queue.filters.title')}</h2>
      <form
        key={search}
        method="get"
        action="/visitation"
        onSubmit={submit}
        className="screening-filter-form"
      >
        <input type="hidden" name={QUEUE_PARAMS.role} value={filter.role} />
        {programmes.length > 1 ? (
          <div className="form-group">
            <label className="form-label" htmlFor="screening-programme">
              {t('programme.label')}
            </label>
            <select
              id="screening-programme"
              name={PROGRAMME_PARAM}
              className="form-select"
              defaultValue={programmeSlug}
            >
              {programmes.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="form-group">
          <label className="form-label" htmlFor="screening-status">
            {t('queue.filters.status')}
          </label>
          <select
            id="screening-status"
            name={QUEUE_PARAMS.status}
            className="form-select"
            defaultValue={filter.status ?? ''}
          >
            <option value="">{t('queue.filters.all')}</option>
            {QUEUE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="screening-eligibility">
            {t('queue.filters.eligibility')}
          </label>
          <select
            id="screening-eligibility"
            name={QUEUE_PARAMS.eligibility}
            className="form-select"
            defaultValue={filter.eligibility ?? ''}
          >
            <option value="">{t('queue.filters.all')}</option>
            {QUEUE_ELIGIBILITY.map((value) => (
              <option key={value} value={value}>
                {t(`eligibility.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="screening-search"
          name={QUEUE_PARAMS.q}
          type="search"
          label={t('queue.filters.search')}
          hint={t('queue.filters.searchHint')}
          defaultValue={filter.q ?? ''}
          maxLength={100}
          autoComplete="off"
        />
        <div className="screening-filter-actions">
          <button type="submit" className="button button-secondary">
            {t('queue.filters.submit')}
          </button>
          {filtered ? (
            <Link to={queueHref(base, { role: filter.role })} className="screening-link">
              {t('queue.filters.clear')}
            </Link>
          ) : null}
        </div>
      </form>
    </section>
  );
}
