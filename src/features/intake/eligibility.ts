/**
 * The eligibility rules engine (issue #5, decision 023). It runs in the browser as the applicant
 * answers and on the server when the application is sent, so it is pure and never reads the
 * clock: the caller passes today's date. It never throws: a garbled answer or a malformed stored
 * rule makes that rule `unknown`, which leaves the decision to staff instead of breaking the form.
 */
import { isMunicipalityCode } from '../../shared/municipalities.ts';
import {
  type EligibilityAnswers,
  type EligibilityResult,
  type EligibilityRule,
  eligibilityAnswersSchema,
  eligibilityRuleSchema,
  type RuleOutcome,
} from './eligibility.contract.ts';

type CalendarDate = { year: number; month: number; day: number };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date from YYYY-MM-DD text; anything else (2025-02-29, 2025-13-01) is undefined. */
function parseCalendarDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

// Integers only: a JS Date works in local time or UTC, and either can shift a birthday by a day.
function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (date.day <= daysInMonth(year, month)) return { year, month, day: date.day };
  // The day does not exist in that month (29 Feb, 31 Apr): the period completes on the 1st after.
  return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
}

/**
 * The date `months` calendar months after `date` (negative goes back); a day missing in the target
 * month rolls over to the 1st of the next: `addCalendarMonths('2008-02-29', 216)` is `2026-03-01`.
 * Throws a RangeError for a date that is not a real YYYY-MM-DD date or a non-integer count.
 */
export function addCalendarMonths(date: string, months: number): string {
  const parsed = parseCalendarDate(date);
  if (!parsed || !Number.isSafeInteger(months))
    throw new RangeError(`Not a date and months: ${date}, ${months}`);
  const { year, month, day } = addMonths(parsed, months);
  if (year < 0 || year > 9999) throw new RangeError(`Out of range: ${date} + ${months} months`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads one property of an untrusted value; a getter or proxy that throws reads as missing. */
function readOwn(value: unknown, key: string): unknown {
  try {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Field by field, so one bad answer costs only the rules that need it. */
function readAnswers(answers: unknown): EligibilityAnswers {
  const read: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(eligibilityAnswersSchema.shape)) {
    const parsed = schema.safeParse(readOwn(answers, key));
    if (parsed.success && parsed.data !== undefined) read[key] = parsed.data;
  }
  return read as EligibilityAnswers;
}

type Context = { today: CalendarDate | undefined; municipalityCodes: readonly string[] | undefined };

// Kleene's three-valued logic: a missing answer must neither pass nor fail a rule on its own.
function all(...outcomes: RuleOutcome[]): RuleOutcome {
  if (outcomes.includes('not-met')) return 'not-met';
  return outcomes.includes('unknown') ? 'unknown' : 'met';
}
function any(...outcomes: RuleOutcome[]): RuleOutcome {
  if (outcomes.includes('met')) return 'met';
  return outcomes.includes('unknown') ? 'unknown' : 'not-met';
}

/**
 * Has at least `months` passed since `since`? A date after today is `unknown`, never `not-met`:
 * it is a typo, or the browser's date is already tomorrow while the server's is not, and an
 * applicant must not be told "no" over a date they cannot have lived yet.
 */
function passed(since: string | undefined, months: number, today: CalendarDate | undefined): RuleOutcome {
  const date = parseCalendarDate(since);
  if (!date || !today || compareDates(date, today) > 0) return 'unknown';
  return compareDates(addMonths(date, months), today) <= 0 ? 'met' : 'not-met';
}

function evaluateRule(rule: EligibilityRule, answers: EligibilityAnswers, context: Context): RuleOutcome {
  switch (rule.kind) {
    case 'minimum-age':
      return passed(answers.birthDate, rule.years * 12, context.today);
    case 'residence': {
      const code = answers.municipalityCode;
      // An empty list is a programme not yet set up; it must not turn every applicant away.
      const codes = context.municipalityCodes;
      if (code === undefined || !isMunicipalityCode(code) || !codes?.length) return 'unknown';
      return codes.includes(code) ? 'met' : 'not-met';
    }
    case 'abuse-experience': {
      const history = answers.abuseHistory;
      if (history === undefined) return 'unknown';
      return history === 'yes' || (history === 'aftercare' && rule.acceptAftercare) ? 'met' : 'not-met';
    }
    case 'abstinence': {
      const since = (date: string | undefined) => passed(date, rule.minimumMonths, context.today);
      // "Not free now" answers the abuse-free part, even with an old date left in the form.
      const free = answers.abuseFreeNow === 'no' ? 'not-met' : since(answers.abuseFreeSince);
      const treatment = since(answers.substitutionSince);
      const { substitution } = answers;
      const by = (table: Record<NonNullable<typeof substitution>, RuleOutcome>) =>
        substitution === undefined ? 'unknown' : table[substitution];
      // Peers: free of abuse, or stable on the medication, for the period is enough.
      if (rule.substitution === 'counts-as-free')
        return any(free, by({ never: 'not-met', current: treatment, ended: 'not-met' }));
      // Mentors: free of abuse and out of substitution treatment (or never in it) for the period.
      return all(free, by({ never: 'met', current: 'not-met', ended: treatment }));
    }
  }
}

/** Evaluates answers against rules; never throws, whatever the answers, rules or context. */
export function evaluateEligibility(
  rules: readonly EligibilityRule[],
  answers: unknown,
  context: { today: string; municipalityCodes: readonly string[] },
): EligibilityResult {
  const codes = readOwn(context, 'municipalityCodes');
  const checked: Context = {
    today: parseCalendarDate(readOwn(context, 'today')),
    municipalityCodes: Array.isArray(codes) ? codes.filter((code) => typeof code === 'string') : undefined,
  };
  const read = readAnswers(answers);
  const results = (Array.isArray(rules) ? rules : []).map((candidate: unknown) => {
    const [id, kind] = [readOwn(candidate, 'id'), readOwn(candidate, 'kind')];
    const fallback = { id: typeof id === 'string' ? id : '', kind: typeof kind === 'string' ? kind : '' };
    try {
      // Rules come from stored settings; one that no longer parses is left to staff, not thrown.
      const rule = eligibilityRuleSchema.safeParse(candidate);
      if (!rule.success) return { ...fallback, outcome: 'unknown' as const };
      return { id: rule.data.id, kind: rule.data.kind, outcome: evaluateRule(rule.data, read, checked) };
    } catch {
      return { ...fallback, outcome: 'unknown' as const };
    }
  });
  const outcomes = results.map((result) => result.outcome);
  const outcome = outcomes.includes('not-met')
    ? 'not-eligible'
    : outcomes.includes('unknown')
      ? 'incomplete'
      : 'eligible';
  return { outcome, rules: results };
}

/** The explanations of the rules not met, in the rules' order, for the applicant's message. */
export function explainUnmet(
  rules: readonly EligibilityRule[],
  result: EligibilityResult,
  locale: 'da' | 'en',
): string[] {
  return result.rules.flatMap((entry, index) => {
    if (entry.outcome !== 'not-met') return [];
    const rule = rules[index]?.id === entry.id ? rules[index] : rules.find((r) => r.id === entry.id);
    return rule ? [rule.explanation[locale]] : [];
  });
}

/** An answer field a rule needs; the form asks only these (`questionsFor`). */
export type EligibilityQuestion = keyof EligibilityAnswers;

const FIELDS_BY_KIND: Record<EligibilityRule['kind'], readonly EligibilityQuestion[]> = {
  'minimum-age': ['birthDate'],
  residence: ['municipalityCode'],
  'abuse-experience': ['abuseHistory'],
  abstinence: ['abuseFreeNow', 'abuseFreeSince', 'substitution', 'substitutionSince'],
};

/** The answer fields these rules need, once each and in the answers' order, so the form asks only those. */
export function questionsFor(rules: readonly EligibilityRule[]): EligibilityQuestion[] {
  const needed = new Set(rules.flatMap((rule) => FIELDS_BY_KIND[rule.kind] ?? []));
  const order = Object.keys(eligibilityAnswersSchema.shape) as EligibilityQuestion[];
  return order.filter((field) => needed.has(field));
}
