import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FigureRow } from '../mentorships.contract.ts';
import { figuresQuery } from './mentorships.requests.ts';
import { QueryState, StaffFrame } from './mentorships-frame.tsx';

const REASONS = ['moved', 'lost-contact', 'relapse', 'not-a-good-match', 'other'] as const;

/** Route `/forloeb/tal`, for staff: the programme's and each cohort's figures, as tables. */
export function FiguresPage() {
  const { t } = useTranslation('mentorships');
  return (
    <StaffFrame documentTitle={t('figures.title')}>
      {(programme, search) => (
        <>
          <title>{`${t('figures.title')} – makker`}</title>
          <p>
            <Link to={`/forloeb${search}`} className="tap-link">
              {t('staff.back')}
            </Link>
          </p>
          <h1>{t('figures.title')}</h1>
          <p className="font-lead">{t('figures.intro', { programme: programme.name })}</p>
          <Figures programmeId={programme.id} />
        </>
      )}
    </StaffFrame>
  );
}

function Figures({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('mentorships');
  const figures = useQuery(figuresQuery(programmeId));
  if (!figures.data) return <QueryState query={figures} />;
  const rows = [{ ...figures.data.programme, name: t('figures.programme') }, ...figures.data.cohorts];
  const n = (v: number | null) => (v === null ? t('figures.small') : String(v));
  const rate = (v: number | null, unit = '') => (v === null ? '–' : `${v.toLocaleString('da-DK')}${unit}`);
  const table = (id: string, caption: string, columns: [string, (r: FigureRow) => string][]) => (
    <div className="table--responsive-scroll">
      <table className="table table--zebra" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.group')}</th>
            {columns.map(([label]) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.cohortId ?? 'programme'}>
              <th scope="row">{r.name}</th>
              {columns.map(([label, value]) => (
                <td key={label}>{value(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      {table('figures-course', t('figures.course'), [
        [t('figures.pairs'), (r) => n(r.pairs)],
        [t('figures.meetingsPerMonth'), (r) => rate(r.meetingsPerPairMonth)],
        [t('figures.onRhythm'), (r) => rate(r.onRhythmShare, ' %')],
        [t('figures.pauses'), (r) => n(r.pauses)],
        [t('figures.extensions'), (r) => n(r.extensions)],
      ])}
      {table('figures-endings', t('figures.endings'), [
        [t('figures.planned'), (r) => n(r.plannedEndings)],
        [t('figures.early'), (r) => n(r.earlyEndings)],
        ...REASONS.map(
          (reason) =>
            [t(`endReason.${reason}`), (r: FigureRow) => n(r.earlyReasons[reason])] as [
              string,
              (r: FigureRow) => string,
            ],
        ),
        [t('figures.rematches'), (r) => n(r.rematches)],
      ])}
      <p className="form-hint">{t('figures.rule')}</p>
    </>
  );
}
