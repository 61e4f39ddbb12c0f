/**
 * The Danish evaluation report as a tagged PDF (decision 046; tagged as the course certificate,
 * decision 034): headings, paragraphs and tables in the structure tree, `da-DK`, standard
 * Helvetica. Charts are drawn with pdfkit's vector drawing as figures with alternative text, each
 * beside the table that holds the same numbers; suppressed cells say "færre end 5".
 */
import PDFDocument from 'pdfkit';
import type { ComparisonResult, Dashboard, MeasureDefinition } from '../dashboard.contract.ts';
import {
  caveatsText,
  formatInterval,
  formatNumber,
  formatP,
  formatPercent,
  methodsText,
  relapseSentence,
  smallNFact,
} from '../dashboard-words.ts';

const ROLE = { peer: 'Peers', mentor: 'Peer-mentorer' } as const;
const WAVE = { T0: 'T0 (start)', T1: 'T1 (3 mdr.)', T2: 'T2 (slut)', T3: 'T3 (opfølgning)' } as const;
const SUPPRESSED = 'Færre end 5';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export interface ReportContent {
  dashboards: Dashboard[];
  measures: MeasureDefinition[];
  generatedAt: Date;
}

const longDate = (d: Date) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(d);

function table(doc: Doc, root: Struct, header: string[], rows: string[][], widths?: number[]) {
  if (doc.y > doc.page.height - 140) doc.addPage();
  doc.font('Helvetica').fontSize(9);
  const options = {
    structParent: root,
    columnStyles: widths ?? undefined,
    data: [header.map((text) => ({ text, type: 'TH', font: { src: 'Helvetica-Bold' } })), ...rows],
  };
  (doc as unknown as { table(o: unknown): Doc }).table(options);
  doc.moveDown(0.8);
}

/** Horizontal bars 0–100 % with labels: the response rates. */
function barChart(doc: Doc, root: Struct, alt: string, bars: { label: string; value: number | null }[]) {
  if (doc.y > doc.page.height - 40 - bars.length * 18) doc.addPage();
  root.add(
    doc.struct('Figure', { alt }, () => {
      const x0 = doc.page.margins.left + 110;
      const width = 260;
      let y = doc.y;
      for (const bar of bars) {
        doc
          .font('Helvetica')
          .fontSize(9)
          .fillColor('#1a1a1a')
          .text(bar.label, doc.page.margins.left, y + 2, { width: 105 });
        doc.rect(x0, y, width, 12).lineWidth(0.5).strokeColor('#747474').stroke();
        if (bar.value !== null)
          doc
            .rect(x0, y, width * bar.value, 12)
            .fillColor('#0059b3')
            .fill();
        doc
          .fillColor('#1a1a1a')
          .text(bar.value === null ? SUPPRESSED : formatPercent(bar.value, 'da'), x0 + width + 8, y + 2);
        y += 18;
      }
      doc.x = doc.page.margins.left;
      doc.y = y + 6;
    }),
  );
}

/** One line per person from before to after: the paired slope chart. */
function slopeChart(doc: Doc, root: Struct, alt: string, c: ComparisonResult, min: number, max: number) {
  if (!c.pairs) return;
  if (doc.y > doc.page.height - 190) doc.addPage();
  root.add(
    doc.struct('Figure', { alt }, () => {
      const left = doc.page.margins.left + 40;
      const top = doc.y + 6;
      const height = 130;
      const width = 200;
      const yOf = (v: number) => top + height - ((v - min) / (max - min || 1)) * height;
      doc.lineWidth(0.5).strokeColor('#747474');
      doc
        .moveTo(left, top)
        .lineTo(left, top + height)
        .stroke();
      doc
        .moveTo(left + width, top)
        .lineTo(left + width, top + height)
        .stroke();
      doc.font('Helvetica').fontSize(8).fillColor('#1a1a1a');
      doc.text(formatNumber(max, 'da'), left - 36, yOf(max) - 4, { width: 30, align: 'right' });
      doc.text(formatNumber(min, 'da'), left - 36, yOf(min) - 4, { width: 30, align: 'right' });
      doc.text('T0', left - 6, top + height + 4);
      doc.text(c.comparison, left + width - 6, top + height + 4);
      doc.strokeOpacity(0.45).strokeColor('#0059b3').lineWidth(1);
      for (const [before, after] of c.pairs!)
        doc
          .moveTo(left, yOf(before))
          .lineTo(left + width, yOf(after))
          .stroke();
      doc.strokeOpacity(1);
      doc.x = doc.page.margins.left;
      doc.y = top + height + 22;
    }),
  );
}

function comparisonRow(c: ComparisonResult): string[] {
  const label = `${c.comparison} vs T0${c.primary ? ' (primær)' : ''}`;
  if (c.suppressed) return [label, `${c.nPairs < 5 ? SUPPRESSED : c.nPairs}`, SUPPRESSED, '', '', '', ''];
  return [
    label,
    `${c.nPairs} (mangler ${c.nMissing})`,
    `${formatNumber(c.medianBefore, 'da')} → ${formatNumber(c.medianAfter, 'da')}`,
    `${c.improved} / ${c.unchanged} / ${c.worsened}`,
    c.primary ? formatP(c.p, 'da') : `${formatP(c.p, 'da')} (Holm ${formatP(c.pHolm, 'da')})`,
    `${formatNumber(c.rankBiserial, 'da', 2)} (${formatInterval(c.rankBiserialCi, 'da')})`,
    `${formatNumber(c.hodgesLehmann, 'da', 2)} (${formatInterval(c.hodgesLehmannCi, 'da')})${c.hodgesLehmannCiExact ? '' : '*'}`,
  ];
}

export function renderReportPdf(content: ReportContent): Promise<Buffer> {
  const first = content.dashboards[0]!;
  const title = `Evalueringsrapport – ${first.programmeName}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    info: { Title: title, Author: first.programmeName, Subject: 'Evaluering', Creator: 'makker' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const part = (type: string, draw: () => void) => root.add(doc.struct(type, {}, draw));
  const h = (level: 1 | 2 | 3, text: string) => {
    if (level > 1 && doc.y > doc.page.height - 120) doc.addPage();
    part(`H${level}`, () =>
      doc.font('Helvetica-Bold').fontSize({ 1: 22, 2: 15, 3: 12 }[level]).fillColor('#1a1a1a').text(text),
    );
    doc.moveDown(0.4);
  };
  const p = (text: string) => {
    part('P', () => doc.font('Helvetica').fontSize(10).fillColor('#1a1a1a').text(text, { paragraphGap: 4 }));
  };

  h(1, title);
  p(
    `${first.cohort ? `Hold: ${first.cohort.name}. ` : 'Hele projektet. '}Udarbejdet ${longDate(content.generatedAt)} af makker ud fra deltagernes egne svar.`,
  );
  h(2, 'Om projektet');
  p(
    'Projektet undersøger, om et forløb med en peer-mentor mindsker ensomhed og tilbagefald og styrker netværket uden for rusmiddelmiljøet, håb, kontrol over eget liv og livstilfredshed – for både peers og peer-mentorer. Begge grupper svarer på de samme spørgeskemaer ved start (T0), efter 3 måneder (T1), ved forløbets slutning (T2) og 3 måneder efter (T3).',
  );

  h(2, 'Deltagelse og svarprocent');
  for (const d of content.dashboards) {
    h(3, ROLE[d.role]);
    p(
      d.peopleSuppressed ? `${SUPPRESSED} personer.` : `${d.people} personer har fået mindst ét spørgeskema.`,
    );
    table(
      doc,
      root,
      ['Måling', 'Sendt', 'Besvaret', 'Svarprocent'],
      d.responseRates.map((r) => [
        WAVE[r.wave],
        r.suppressed ? SUPPRESSED : String(r.sent),
        r.answered === null ? SUPPRESSED : String(r.answered),
        r.suppressed ? SUPPRESSED : formatPercent(r.rate, 'da'),
      ]),
    );
    barChart(
      doc,
      root,
      `Svarprocent pr. måling for ${ROLE[d.role].toLowerCase()}; tallene står i tabellen ovenfor.`,
      d.responseRates.map((r) => ({ label: WAVE[r.wave], value: r.rate })),
    );
  }

  for (const d of content.dashboards) {
    h(2, `Resultater – ${ROLE[d.role].toLowerCase()}`);
    p(
      'Kolonner: par (antal, der mangler), median før → efter, bedre / uændret / dårligere, p (Holm-justeret for eksplorative), rang-biserial r (95 % CI), Hodges–Lehmann typisk ændring (95 % CI; * omtrentligt).',
    );
    for (const o of d.outcomes) {
      h(3, `${o.title} (${o.direction === 'higher-is-worse' ? 'højere er værre' : 'højere er bedre'})`);
      table(
        doc,
        root,
        ['Sammenligning', 'Par', 'Median', 'Bedre/uændr./dårl.', 'p', 'r (CI)', 'HL (CI)'],
        o.comparisons.map(comparisonRow),
        [62, 62, 58, 70, 72, 78, 81],
      );
      for (const c of o.comparisons)
        if (!c.suppressed || c.primary) p(`${c.comparison}: ${smallNFact(c, 'da')}`);
      const primary = o.comparisons.find((c) => c.primary && !c.suppressed);
      if (primary && o.min !== null && o.max !== null) {
        slopeChart(
          doc,
          root,
          `Hver persons ${o.title} ved T0 og ${primary.comparison}, én linje pr. person; tallene står i tabellen.`,
          primary,
          o.min,
          o.max,
        );
      }
    }
    h(3, 'Tilbagefald');
    table(
      doc,
      root,
      ['Måling', 'Tilbagefald siden sidste måling'],
      d.relapse.map((r) => [`${WAVE[r.wave]}${r.primary ? ' (primær)' : ''}`, relapseSentence(r, 'da')]),
      [140, 343],
    );
  }

  h(2, 'Metode');
  for (const line of methodsText('da')) p(line);
  h(3, 'Spørgeskemaer og versioner');
  table(
    doc,
    root,
    ['Mål', 'Version (sprog, status)', 'Ordlydens hash'],
    content.measures
      .filter((m) => m.instrument)
      .map((m) => [
        m.title,
        m.versions.map((v) => `v${v.version} ${v.language} (${v.status})`).join(', '),
        m.versions.map((v) => v.wordingHash.slice(0, 12)).join(', '),
      ]),
    [150, 180, 153],
  );
  h(2, 'Forbehold');
  for (const line of caveatsText('da')) p(line);
  root.end();
  doc.end();
  return done;
}
