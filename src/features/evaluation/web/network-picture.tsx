import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyWellbeing, NetworkPoint } from '../questionnaire.contract.ts';

const SIZE = 280;
const CENTRE = SIZE / 2;
/** Daily contact (4) sits closest to "you", no contact (0) furthest out. */
const radiusFor = (contact: number | null) => 44 + (4 - (contact ?? 0)) * 20;
const COLOUR = { nonusing: '#2e7d32', using: '#c25400', unknown: '#6b6b6b' } as const;

/**
 * One wave's Important People as a picture: "you" in the middle, each person around you, nearer
 * the more often you are in touch, green when they do not use, orange when they do, grey when not
 * known; a ring for those who support recovery. The table below it says the same for screen
 * readers (the SVG is named by its caption and hidden from the reading order otherwise).
 */
export function NetworkPicture({ point, roster }: { point: NetworkPoint; roster: MyWellbeing['roster'] }) {
  const { t } = useTranslation('evaluation');
  const id = useId();
  const wave = t(`wave.${point.wave}`);
  const { people, measures } = point;
  const question = (field: string) => roster?.questions.find((q) => q.field === field);
  const label = (field: string, code: number | null) =>
    code === null ? '–' : (question(field)?.options.find((o) => o.code === code)?.label ?? String(code));
  return (
    <figure className="evaluation-network" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="h4">
        {t('network.figure', { wave, count: people.length })}
      </figcaption>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-labelledby={`${id}-caption`}
        className="evaluation-network-svg"
      >
        <title>{t('network.figure', { wave, count: people.length })}</title>
        {[1, 2, 3, 4].map((ring) => (
          <circle key={ring} cx={CENTRE} cy={CENTRE} r={24 + ring * 20} fill="none" stroke="#d6d6d6" />
        ))}
        <circle cx={CENTRE} cy={CENTRE} r={22} fill="#1f3f6e" />
        <text x={CENTRE} y={CENTRE + 5} textAnchor="middle" fill="#fff" fontSize="13">
          {t('network.you')}
        </text>
        {people.map((p, i) => {
          const angle = (2 * Math.PI * i) / Math.max(people.length, 1) - Math.PI / 2;
          const r = radiusFor(p.contact);
          const x = CENTRE + r * Math.cos(angle);
          const y = CENTRE + r * Math.sin(angle);
          const colour = p.use === 0 ? COLOUR.nonusing : p.use === 1 ? COLOUR.using : COLOUR.unknown;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a wave's roster is a fixed snapshot, never reordered
            <g key={i}>
              <line x1={CENTRE} y1={CENTRE} x2={x} y2={y} stroke="#bdbdbd" />
              {p.support === 2 ? (
                <circle cx={x} cy={y} r={15} fill="none" stroke={colour} strokeWidth={2} />
              ) : null}
              <circle cx={x} cy={y} r={10} fill={colour} />
              <text x={x} y={y + 26} textAnchor="middle" fontSize="11" fill="#1a1a1a">
                {p.nickname}
              </text>
            </g>
          );
        })}
      </svg>
      <p>
        {t('network.measures', {
          nonusing: measures.n_nonusing,
          weekly: measures.n_nonusing_weekly,
          supportive: measures.n_supportive,
        })}
      </p>
      {/* A table wider than a phone scrolls; the region can be reached and scrolled by keyboard. */}
      <section
        className="table--responsive-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
        tabIndex={0}
        aria-label={t('network.tableCaption', { wave })}
      >
        <table className="table table--compact">
          <caption className="sr-only">{t('network.tableCaption', { wave })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.nickname')}</th>
              {(['role', 'contact', 'use', 'support'] as const).map((field) => (
                <th scope="col" key={field}>
                  {question(field)?.text ?? field}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a wave's roster is a fixed snapshot, never reordered
              <tr key={i}>
                <th scope="row">{p.nickname}</th>
                <td>{label('role', p.role)}</td>
                <td>{label('contact', p.contact)}</td>
                <td>{label('use', p.use)}</td>
                <td>{label('support', p.support)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </figure>
  );
}
