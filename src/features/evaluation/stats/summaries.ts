/**
 * The results of `makker stats` in the shape of evaluation.contract.ts: one call per subcommand,
 * each composed from the functions of this folder.
 */
import type {
  BootstrapSummary,
  McNemarSummary,
  PairedInput,
  PairedSummary,
  ProportionSummary,
} from '../evaluation.contract.ts';
import { type BootstrapOptions, bootstrap } from './bootstrap.ts';
import { countChanges, type Direction, rankBiserial } from './effect-size.ts';
import { hodgesLehmannEstimate } from './hodges-lehmann.ts';
import { mcnemar } from './mcnemar.ts';
import { clopperPearson } from './proportion.ts';
import { pairedDifferences, signedRankTest, type ZeroMethod } from './signed-rank.ts';

/** The differences of a paired input: `d` as given, or y − x. */
export function differencesOf(input: PairedInput): number[] {
  return 'd' in input ? input.d : pairedDifferences(input.x, input.y);
}

/** Signed-rank test, rank-biserial, Hodges–Lehmann and the counts of change for one comparison. */
export function summarisePaired(
  d: readonly number[],
  zeroMethod: ZeroMethod = 'wilcox',
  direction: Direction = 'higher-is-better',
): PairedSummary {
  const test = signedRankTest(d, zeroMethod);
  const effect = rankBiserial(test);
  return {
    n_total: test.nTotal,
    n_zero: test.nZero,
    n_nonzero: test.nNonzero,
    V: test.rPlus,
    p_exact_two_sided: test.exact?.twoSided ?? null,
    p_exact_greater: test.exact?.greater ?? null,
    p_exact_less: test.exact?.less ?? null,
    p_normal_cc_two_sided: test.normal?.corrected.twoSided ?? null,
    p_normal_nocc_two_sided: test.normal?.uncorrected.twoSided ?? null,
    rank_biserial: effect?.r ?? null,
    rank_biserial_ci95: effect?.ci ?? null,
    hodges_lehmann: hodgesLehmannEstimate(d),
    ...countChanges(d, direction),
  };
}

export function summariseBootstrap(d: readonly number[], options: BootstrapOptions): BootstrapSummary {
  const { estimate, percentile, bca, z0, a, degenerate } = bootstrap(d, options);
  return { estimate, percentile, bca, z0, a, degenerate };
}

export function summariseMcNemar(b: number, c: number): McNemarSummary {
  const { pExact, pMidp } = mcnemar(b, c);
  return { p_exact: pExact, p_midp: pMidp };
}

export function summariseProportion(k: number, n: number): ProportionSummary {
  const { estimate, ci } = clopperPearson(k, n);
  return { estimate, ci95: ci };
}
