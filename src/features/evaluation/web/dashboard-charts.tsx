/**
 * The dashboard's charts with Observable Plot (SVG), each an image with a name and followed by
 * a table of the same numbers (a disclosure, so the page stays short): the paired slope chart
 * (one line per person, no names), the distribution of change and the response rates.
 */
import * as Plot from '@observablehq/plot';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonResult, WaveCount } from '../dashboard.contract.ts';
import { formatNumber, formatPercent, type Lang } from '../dashboard-words.ts';

const BLUE = '#0059b3';

/**
 * Plot writes a <style> element and style attributes, which the app's CSP (style-src 'self')
 * refuses. So it draws into a detached document, and the chart is moved over without the
 * <style> (its rules are in app.scss) and with each style set through the CSSOM, which CSP allows.
 */
function withoutInlineStyles(node: Element): Element {
  for (const style of node.querySelectorAll('style')) style.remove();
  const detached = [node, ...node.querySelectorAll('*')] as (HTMLElement | SVGElement)[];
  const styles = detached.map((el) => {
    const declarations = [...Array.from({ length: el.style.length }, (_, i) => el.style[i]!)].map(
      (name) => [name, el.style.getPropertyValue(name)] as const,
    );
    el.removeAttribute('style');
    return declarations;
  });
  const imported = document.importNode(node, true);
  const targets = [imported, ...imported.querySelectorAll('*')] as (HTMLElement | SVGElement)[];
  targets.forEach((el, i) => {
    for (const [name, value] of styles[i] ?? []) el.style.setProperty(name, value);
  });
  return imported;
}

const plotDocument = () => document.implementation.createHTMLDocument('plot');

function PlotFigure({ label, render }: { label: string; render: () => SVGSVGElement | HTMLElement }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = withoutInlineStyles(render());
    const svg = node instanceof SVGSVGElement ? node : node.querySelector('svg');
    // One image with one name: the marks' own labels are not allowed inside role="img".
    for (const el of svg?.querySelectorAll('[aria-label], [aria-description]') ?? []) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
    svg?.removeAttribute('aria-description');
    svg?.setAttribute('role', 'img');
    svg?.setAttribute('aria-label', label);
    svg?.setAttribute('focusable', 'false');
    ref.current?.replaceChildren(node);
    return () => node.remove();
  }, [label, render]);
  return <div ref={ref} className="dashboard-chart" />;
}

/** A table that may be wider than a phone scrolls inside its own region (WCAG 1.4.10). */
function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      className="table--responsive-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
      tabIndex={0}
      aria-label={label}
    >
      {children}
    </section>
  );
}

function DataTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  const { t } = useTranslation('evaluation');
  return (
    <details className="dashboard-table-details">
      <summary className="tap-link">{t('dashboard.charts.table')}</summary>
      <ScrollTable label={caption}>
        <table className="table table--compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are people without identifiers, in a fixed order
              <tr key={i}>
                {row.map((cell, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </details>
  );
}

export function SlopeChart({
  title,
  c,
  min,
  max,
}: {
  title: string;
  c: ComparisonResult;
  min: number | null;
  max: number | null;
}) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const label = t('dashboard.charts.slope', { title, wave: c.comparison });
  const pairs = c.pairs ?? [];
  const render = () =>
    Plot.plot({
      document: plotDocument(),
      width: 320,
      height: 240,
      marginLeft: 40,
      x: { type: 'point', domain: ['T0', c.comparison], label: null, inset: 20 },
      y: {
        domain: [min ?? Math.min(...pairs.flat()), max ?? Math.max(...pairs.flat())],
        grid: true,
        label: null,
      },
      marks: [
        Plot.link(pairs, {
          x1: () => 'T0',
          x2: () => c.comparison,
          y1: (d: [number, number]) => d[0],
          y2: (d: [number, number]) => d[1],
          stroke: BLUE,
          strokeOpacity: 0.5,
        }),
        Plot.dot(
          pairs.flatMap((d) => [
            { x: 'T0', y: d[0] },
            { x: c.comparison, y: d[1] },
          ]),
          { x: 'x', y: 'y', fill: BLUE, r: 3 },
        ),
      ],
    });
  return (
    <figure className="dashboard-figure">
      <figcaption>{label}</figcaption>
      <PlotFigure label={label} render={render} />
      <DataTable
        caption={label}
        head={[t('dashboard.charts.person'), 'T0', c.comparison, t('dashboard.charts.changeValue')]}
        rows={pairs.map(([x, y], i) => [
          i + 1,
          formatNumber(x, lang),
          formatNumber(y, lang),
          formatNumber(y - x, lang),
        ])}
      />
    </figure>
  );
}

export function ChangeChart({ title, c }: { title: string; c: ComparisonResult }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const label = t('dashboard.charts.change', { title, wave: c.comparison });
  const tally = new Map<number, number>();
  for (const [x, y] of c.pairs ?? []) tally.set(y - x, (tally.get(y - x) ?? 0) + 1);
  const bins = [...tally.entries()].sort((a, b) => a[0] - b[0]).map(([change, count]) => ({ change, count }));
  const render = () =>
    Plot.plot({
      document: plotDocument(),
      width: 320,
      height: 200,
      x: { type: 'band', label: t('dashboard.charts.changeValue') },
      y: {
        grid: true,
        label: t('dashboard.charts.people'),
        ticks: Math.min(10, Math.max(...bins.map((b) => b.count))),
        tickFormat: 'd',
      },
      marks: [Plot.barY(bins, { x: 'change', y: 'count', fill: BLUE }), Plot.ruleY([0])],
    });
  return (
    <figure className="dashboard-figure">
      <figcaption>{label}</figcaption>
      <PlotFigure label={label} render={render} />
      <DataTable
        caption={label}
        head={[t('dashboard.charts.changeValue'), t('dashboard.charts.people')]}
        rows={bins.map((b) => [formatNumber(b.change, lang), b.count])}
      />
    </figure>
  );
}

export function ResponseRateChart({ rates, role }: { rates: WaveCount[]; role: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da';
  const label = t('dashboard.rates.chart', { role });
  const shown = rates.filter((r) => r.rate !== null).map((r) => ({ wave: r.wave, rate: r.rate! * 100 }));
  const render = () =>
    Plot.plot({
      document: plotDocument(),
      width: 320,
      height: 180,
      marginLeft: 40,
      x: { domain: [0, 100], label: '%', grid: true },
      y: { type: 'band', domain: rates.map((r) => r.wave), label: null },
      marks: [Plot.barX(shown, { x: 'rate', y: 'wave', fill: BLUE }), Plot.ruleX([0])],
    });
  return (
    <figure className="dashboard-figure">
      <figcaption>{label}</figcaption>
      <PlotFigure label={label} render={render} />
      <ScrollTable label={label}>
        <table className="table table--compact">
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.rates.wave')}</th>
              <th scope="col">{t('dashboard.rates.sent')}</th>
              <th scope="col">{t('dashboard.rates.answered')}</th>
              <th scope="col">{t('dashboard.rates.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={r.wave}>
                <th scope="row">{t(`dashboard.wave.${r.wave}`)}</th>
                <td>{r.suppressed ? t('dashboard.suppressed') : r.sent}</td>
                <td>{r.answered ?? t('dashboard.suppressed')}</td>
                <td>{r.suppressed ? t('dashboard.suppressed') : formatPercent(r.rate, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </figure>
  );
}
