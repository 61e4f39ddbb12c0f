/**
 * `makker stats …` (issue #9 point 7): the paired statistics from the shell, reading a JSON file
 * and printing JSON on stdout. Wrong usage or a malformed file or option is a message on stderr
 * and exit code 2; nothing here touches the database.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import {
  bootstrapStatisticSchema,
  differencesInputSchema,
  directionSchema,
  pairsInputSchema,
  zeroMethodSchema,
} from '../evaluation.contract.ts';
import { DEFAULT_BOOTSTRAP_RESAMPLES, DEFAULT_BOOTSTRAP_SEED } from '../stats/bootstrap.ts';
import {
  differencesOf,
  summariseBootstrap,
  summariseMcNemar,
  summarisePaired,
  summariseProportion,
} from '../stats/summaries.ts';

export const STATS_USAGE = `Usage: makker stats <subcommand> [options]   (JSON on stdout)

  paired --input FILE [--zero-method wilcox|pratt] [--direction higher-is-better|lower-is-better]
      FILE is {"d": [...]} or {"x": [...], "y": [...]} with d = y − x; the signed-rank test,
      rank-biserial, Hodges–Lehmann and counts improved/unchanged/worsened (default: higher is better)
  bootstrap --input FILE --statistic hl|mean [--seed 20240601] [--resamples 9999]
      percentile and BCa intervals, resampling persons with mulberry32(seed)
  mcnemar --b B --c C        exact and mid-p McNemar from the discordant counts
  proportion --k K --n N     k/n with its exact Clopper–Pearson 95 % CI`;

/** Where the command writes; the CLI passes stdout and stderr. */
export interface StatsOutput {
  out(text: string): void;
  err(text: string): void;
}

class StatsInputError extends Error {}

const LIMITS = { resamples: 1_000_000, discordant: 100_000, n: 100_000, seed: 2 ** 32 - 1 };

function integerOption(
  values: Record<string, unknown>,
  name: string,
  fallback?: number,
  max = Number.MAX_SAFE_INTEGER,
) {
  const raw = values[name];
  if (raw === undefined) {
    if (fallback === undefined) throw new StatsInputError(`--${name} is required`);
    return fallback;
  }
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) > max) {
    throw new StatsInputError(`--${name} must be a whole number from 0 to ${max}, not "${raw}"`);
  }
  return Number(raw);
}

function enumOption<T extends string>(
  values: Record<string, unknown>,
  name: string,
  schema: z.ZodEnum<Record<T, T>>,
  fallback?: T,
): T {
  const raw = values[name] ?? fallback;
  if (raw === undefined) throw new StatsInputError(`--${name} is required (${schema.options.join(' or ')})`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new StatsInputError(`--${name} must be ${schema.options.join(' or ')}, not "${raw}"`);
  return parsed.data as T;
}

function readDifferences(values: Record<string, unknown>): number[] {
  const file = values.input;
  if (typeof file !== 'string' || file === '') throw new StatsInputError('--input FILE is required');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new StatsInputError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StatsInputError(`${file} is not JSON`);
  }
  // The schema of the form the file chose, so the message names what is wrong inside it.
  const hasD = typeof json === 'object' && json !== null && 'd' in json;
  const parsed = (hasD ? differencesInputSchema : pairsInputSchema).safeParse(json);
  if (!parsed.success) {
    throw new StatsInputError(
      `${file} must be {"d": [numbers]} or {"x": [numbers], "y": [numbers]} of the same length ` +
        `(${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')})`,
    );
  }
  return differencesOf(parsed.data);
}

const OPTIONS = {
  input: { type: 'string' },
  'zero-method': { type: 'string' },
  direction: { type: 'string' },
  statistic: { type: 'string' },
  seed: { type: 'string' },
  resamples: { type: 'string' },
  b: { type: 'string' },
  c: { type: 'string' },
  k: { type: 'string' },
  n: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

// Each subcommand takes only its own options.
const ALLOWED: Record<string, readonly string[]> = {
  paired: ['input', 'zero-method', 'direction'],
  bootstrap: ['input', 'statistic', 'seed', 'resamples'],
  mcnemar: ['b', 'c'],
  proportion: ['k', 'n'],
};

const HELP = Symbol('help');

function compute(args: string[]): unknown {
  const { positionals, values } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return HELP;
  const [subcommand, ...rest] = positionals;
  const allowed = subcommand ? ALLOWED[subcommand] : undefined;
  if (!subcommand || !allowed)
    throw new StatsInputError(`stats needs a subcommand: ${Object.keys(ALLOWED).join(', ')}`);
  if (rest.length > 0) throw new StatsInputError(`unexpected argument: ${rest[0]}`);
  const extra = Object.keys(values).find((name) => !allowed.includes(name));
  if (extra) throw new StatsInputError(`stats ${subcommand} does not take --${extra}`);
  switch (subcommand) {
    case 'paired':
      return summarisePaired(
        readDifferences(values),
        enumOption(values, 'zero-method', zeroMethodSchema, 'wilcox'),
        enumOption(values, 'direction', directionSchema, 'higher-is-better'),
      );
    case 'bootstrap': {
      const statistic = enumOption(values, 'statistic', bootstrapStatisticSchema);
      const seed = integerOption(values, 'seed', DEFAULT_BOOTSTRAP_SEED, LIMITS.seed);
      const resamples = integerOption(values, 'resamples', DEFAULT_BOOTSTRAP_RESAMPLES, LIMITS.resamples);
      if (resamples < 1) throw new StatsInputError('--resamples must be at least 1');
      const d = readDifferences(values);
      if (d.length < 2) throw new StatsInputError('a bootstrap needs at least two differences');
      return summariseBootstrap(d, { statistic, seed, resamples });
    }
    case 'mcnemar': {
      const b = integerOption(values, 'b', undefined, LIMITS.discordant);
      const c = integerOption(values, 'c', undefined, LIMITS.discordant);
      return summariseMcNemar(b, c);
    }
    default: {
      const k = integerOption(values, 'k', undefined, LIMITS.n);
      const n = integerOption(values, 'n', undefined, LIMITS.n);
      if (n < 1 || k > n) throw new StatsInputError('--k and --n must satisfy 0 ≤ k ≤ n and n ≥ 1');
      return summariseProportion(k, n);
    }
  }
}

/** Runs `makker stats <args>`; returns the exit code (0 done, 2 wrong usage or input). */
export function runStatsCommand(args: string[], output: StatsOutput): number {
  let result: unknown;
  try {
    result = compute(args);
  } catch (error) {
    const usage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof StatsInputError || error instanceof RangeError || usage) {
      output.err(`${(error as Error).message}\n\n${STATS_USAGE}`);
      return 2;
    }
    throw error;
  }
  output.out(result === HELP ? STATS_USAGE : JSON.stringify(result, null, 2));
  return 0;
}
