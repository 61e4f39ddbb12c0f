/**
 * Numbers and the small-n facts of INSTRUMENTS.md §7.8 in plain words, Danish and English, for
 * the dashboard page, the HTML report and the PDF report alike (one wording in three places).
 */
import type { ComparisonResult, RelapseResult } from './dashboard.contract.ts';

export type Lang = 'da' | 'en';

const locale = (lang: Lang) => (lang === 'da' ? 'da-DK' : 'en-GB');

export function formatNumber(value: number | null, lang: Lang, digits = 1): string {
  if (value === null || Number.isNaN(value)) return '–';
  return value.toLocaleString(locale(lang), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** p with three decimals, "< 0,001" below. */
export function formatP(p: number | null, lang: Lang): string {
  if (p === null) return '–';
  if (p < 0.001) return `< ${(0.001).toLocaleString(locale(lang))}`;
  return p.toLocaleString(locale(lang), { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}

export function formatPercent(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return `${Math.round(value * 100).toLocaleString(locale(lang))} %`;
}

export function formatInterval(ci: [number, number] | null, lang: Lang, digits = 2): string {
  if (!ci) return '–';
  return `${formatNumber(ci[0], lang, digits)} ${lang === 'da' ? 'til' : 'to'} ${formatNumber(ci[1], lang, digits)}`;
}

/** What the n changed pairs allow (§7.8), said so a reader does not over-read a p above 0.05. */
export function smallNFact(c: ComparisonResult, lang: Lang): string {
  if (c.suppressed || c.nNonzero === null || c.smallestP === null) {
    return lang === 'da'
      ? `Færre end 5 par: resultatet vises ikke, så ingen kan genkendes.`
      : 'Fewer than 5 pairs: the result is not shown, so that nobody can be recognised.';
  }
  const m = c.nNonzero;
  const smallest = formatP(c.smallestP, lang);
  if (c.smallestP >= 0.05) {
    return lang === 'da'
      ? `Kun ${m} personer ændrede sig. Med så få kan p aldrig blive mindre end ${smallest}, heller ikke hvis alle blev bedre. En p over 0,05 betyder her ikke, at forløbet ingen virkning har.`
      : `Only ${m} people changed. With so few, p can never be below ${smallest}, even if everyone improved. A p above 0.05 does not mean here that the programme has no effect.`;
  }
  return lang === 'da'
    ? `${m} personer ændrede sig (${c.unchanged} uændrede tæller ikke med i testen). Den mindst mulige p med ${m} er ${smallest}.`
    : `${m} people changed (the ${c.unchanged} unchanged do not count in the test). The smallest possible p with ${m} is ${smallest}.`;
}

export function relapseSentence(r: RelapseResult, lang: Lang): string {
  if (r.suppressed || r.relapsed === null) {
    return lang === 'da' ? 'Færre end 5 svar: vises ikke.' : 'Fewer than 5 answers: not shown.';
  }
  return lang === 'da'
    ? `${r.relapsed} af ${r.answered} (${formatPercent(r.estimate, lang)}; 95 % CI ${formatPercent(r.ci![0], lang)} til ${formatPercent(r.ci![1], lang)})`
    : `${r.relapsed} of ${r.answered} (${formatPercent(r.estimate, lang)}; 95% CI ${formatPercent(r.ci![0], lang)} to ${formatPercent(r.ci![1], lang)})`;
}

/** The methods, in the words the report prints and the page shows. */
export function methodsText(lang: Lang): string[] {
  return lang === 'da'
    ? [
        'Hver person sammenlignes med sig selv: ændringen er den senere måling minus T0. Kun personer, der har svaret på begge målinger, tæller med (komplette par); antallet, der mangler, står ved hvert resultat. Peers og peer-mentorer opgøres hver for sig.',
        'Testen er Wilcoxons fortegnsrangtest med eksakt p-værdi (betinget, også med ties); personer uden ændring udelades (Wilcox). Over 52 ændrede par bruges normalfordelingen med kontinuitetskorrektion.',
        'Effektstørrelser: rang-biserial korrelation (−1 til 1) med 95 % konfidensinterval, og Hodges–Lehmann-estimatet af den typiske ændring med sit interval (omtrentligt, når der er ties eller nuller).',
        'Det primære udfald er fastlagt på forhånd: ændring i ensomhed (T-ILS) fra T0 til T2 og andelen med tilbagefald ved T2. Alle andre resultater er eksplorative, og deres p-værdier er Holm-justerede samlet for rollen.',
        'Tilbagefald opgøres som en andel med eksakt Clopper–Pearson-konfidensinterval; alle er stoffri/alkoholfri ved start, så en før/efter-test giver ikke mening her.',
        'Grupper med færre end 5 personer vises ikke nogen steder uden for personens egen side.',
      ]
    : [
        'Each person is compared with themselves: the change is the later wave minus T0. Only people who answered both waves count (complete pairs); the number missing is given with each result. Peers and mentors are reported separately.',
        'The test is the Wilcoxon signed-rank test with an exact (conditional, also with ties) p-value; people without change are dropped (Wilcox). Above 52 changed pairs the normal approximation with continuity correction is used.',
        'Effect sizes: the rank-biserial correlation (−1 to 1) with its 95% confidence interval, and the Hodges–Lehmann estimate of the typical change with its interval (approximate with ties or zeros).',
        'The primary outcomes were fixed in advance: the change in loneliness (T-ILS) from T0 to T2 and the proportion with a relapse at T2. All other results are exploratory; their p-values are Holm-adjusted together for the role.',
        'Relapse is a proportion with an exact Clopper–Pearson confidence interval; everyone is abstinent at the start, so a before/after test makes no sense here.',
        'Groups of fewer than 5 people are not shown anywhere outside the person’s own page.',
      ];
}

export function caveatsText(lang: Lang): string[] {
  return lang === 'da'
    ? [
        'Der er ingen kontrolgruppe: en ændring kan skyldes andet end forløbet.',
        'Med 10–30 personer er usikkerheden stor; se intervallerne, ikke kun p-værdierne.',
        'Netværksmodulet og spørgsmålene om brug er projektets egne (ikke validerede). Flere danske oversættelser afventer godkendelse.',
        'Svarene er selvrapporterede, og dem, der ikke svarer, kan have det anderledes end dem, der svarer.',
      ]
    : [
        'There is no control group: a change may have other causes than the programme.',
        'With 10–30 people the uncertainty is large; read the intervals, not only the p-values.',
        'The network module and the use items are the programme’s own (not validated). Several Danish translations await approval.',
        'The answers are self-reported, and those who do not answer may differ from those who do.',
      ];
}
