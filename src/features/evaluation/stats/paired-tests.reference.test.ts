/**
 * Every value of testdata/paired-tests.json (R 4.2.2, SciPy 1.17.1, an exact reference) against
 * our functions. Each key is mapped to a check explicitly; a key without one fails the test, so
 * a new reference value cannot be skipped silently. Tolerance: 1e-9 relative, except R's
 * asymptotic Hodges–Lehmann estimate and CI, which R finds by `uniroot(tol = 1e-4)` (1e-4
 * absolute; decision 033), and strings and counts, which must be equal.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bootstrap, bootstrapReplicates } from './bootstrap.ts';
import { rankBiserial } from './effect-size.ts';
import { hodgesLehmann } from './hodges-lehmann.ts';
import { mcnemar } from './mcnemar.ts';
import { doubledMidRanks } from './ranks.ts';
import {
  rLegacyWilcoxon,
  scipyAsymptotic,
  scipyDefaultWilcoxon,
  scipyExactRounded,
} from './reference-conventions.ts';
import { signFlipDistribution } from './sign-flip-distribution.ts';
import { pairedDifferences, type SignedRankTest, signedRankTest } from './signed-rank.ts';

const FILE = new URL('./testdata/paired-tests.json', import.meta.url);
const SHARED = new URL('../../../../../shared/testdata/stats/paired-tests.json', import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the reference file is walked key by key
type Json = any;
const reference: Json = JSON.parse(fs.readFileSync(FILE, 'utf8'));

function close(actual: number | null | undefined, expected: number, relative = 1e-9): void {
  expect(actual, `expected ${expected}`).toBeTypeOf('number');
  const a = actual as number;
  if (expected === 0) expect(Math.abs(a)).toBeLessThanOrEqual(1e-300);
  else
    expect(Math.abs(a - expected) / Math.abs(expected), `${a} vs ${expected}`).toBeLessThanOrEqual(relative);
}
function closeAll(actual: readonly (number | null)[] | null, expected: readonly number[], relative = 1e-9) {
  expect(actual).not.toBeNull();
  expect(actual!.length).toBe(expected.length);
  for (const [i, e] of expected.entries()) close(actual![i], e, relative);
}
function within(actual: number | null | undefined, expected: number, absolute: number): void {
  expect(actual).toBeTypeOf('number');
  expect(Math.abs((actual as number) - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(absolute);
}

/** Calls the check for each key of `entry`, failing on a key that has none. */
function checkEvery(
  entry: Record<string, Json>,
  checks: Record<string, (value: Json) => void>,
  where: string,
) {
  for (const [key, value] of Object.entries(entry)) {
    const check = checks[key];
    if (!check) throw new Error(`${where}: no check for the key "${key}" — map it in this test`);
    check(value);
  }
}

const description = (value: Json) => expect(value).toBeTypeOf('string');
const sortedSizes = (sizes: readonly number[]) => [...sizes].sort((a, b) => a - b);

describe('the reference file', () => {
  it('has only the sections this test knows', () => {
    expect(Object.keys(reference).sort()).toEqual(
      ['_provenance', 'bootstrap', 'mcnemar', 'signed_rank', 'ties_R46_caution'].sort(),
    );
  });

  it.skipIf(!fs.existsSync(fileURLToPath(SHARED)))('is the same JSON as ../shared/testdata', () => {
    expect(reference).toEqual(JSON.parse(fs.readFileSync(SHARED, 'utf8')));
  });
});

// The bootstrap parameters are read from the provenance, so a change there cannot go unnoticed.
const BOOTSTRAP =
  /^mulberry32\(seed=(\d+)\), index=floor\(u\*n\), B=(\d+), resample within-person differences; quantiles type 7$/.exec(
    reference._provenance.bootstrap,
  );

describe('_provenance', () => {
  it('states the conventions we follow', () => {
    checkEvery(
      reference._provenance,
      {
        R: description,
        scipy: description,
        ref: description,
        difference_convention: (v) => expect(v).toBe('d = y - x = follow-up minus baseline'),
        bootstrap: () => expect(BOOTSTRAP).not.toBeNull(),
      },
      '_provenance',
    );
  });
});

function signedRankChecks(x: number[], y: number[], d: number[], entry: Json) {
  const wilcox = signedRankTest(d, 'wilcox');
  const pratt = signedRankTest(d, 'pratt');
  const rLegacy = rLegacyWilcoxon(d);
  const asymptotic = entry.R_4_2_2?.method === 'Wilcoxon signed rank test with continuity correction';
  // R's asymptotic estimate and interval are uniroot results with tol = 1e-4.
  const rEstimate = (actual: number | null, expected: number) =>
    asymptotic ? within(actual, expected, 1e-4) : close(actual, expected);
  const p = (test: SignedRankTest) => test.exact!;
  const scipy = (test: SignedRankTest, correction: boolean) => scipyAsymptotic(test, correction)!;
  return {
    x: () => expect(x.length).toBe(d.length),
    y: () => expect(y.length).toBe(d.length),
    d: () => expect(pairedDifferences(x, y)).toEqual(d),
    note: description,
    n_total: (v: number) => expect(wilcox.nTotal).toBe(v),
    n_zero: (v: number) => expect(wilcox.nZero).toBe(v),
    n_nonzero: (v: number) => expect(wilcox.nNonzero).toBe(v),
    tie_group_sizes_nonzero_absd: (v: number[]) =>
      expect(sortedSizes(wilcox.tieGroupSizes)).toEqual(sortedSizes(v)),
    // biome-ignore lint/correctness/noComponentHookFactories: a key of the reference file, not a component
    V_Rplus_wilcox: (v: number) => expect(wilcox.rPlus).toBe(v),
    // biome-ignore lint/correctness/noComponentHookFactories: a key of the reference file, not a component
    Rminus_wilcox: (v: number) => expect(wilcox.rMinus).toBe(v),
    // biome-ignore lint/correctness/noComponentHookFactories: a key of the reference file, not a component
    V_Rplus_pratt: (v: number) => expect(pratt.rPlus).toBe(v),
    exact_conditional_p_two_sided_wilcox: (v: number) => close(p(wilcox).twoSided, v),
    exact_conditional_p_greater_wilcox: (v: number) => close(p(wilcox).greater, v),
    exact_conditional_p_two_sided_pratt: (v: number) => close(p(pratt).twoSided, v),
    normal_cc_p_two_sided_wilcox: (v: number) => close(wilcox.normal!.corrected.twoSided, v),
    normal_nocc_p_two_sided_wilcox: (v: number) => close(wilcox.normal!.uncorrected.twoSided, v),
    normal_cc_p_two_sided_pratt: (v: number) => close(pratt.normal!.corrected.twoSided, v),
    normal_nocc_p_two_sided_pratt: (v: number) => close(pratt.normal!.uncorrected.twoSided, v),
    rank_biserial_wilcox: (v: number) => close(rankBiserial(wilcox)!.r, v),
    rank_biserial_pratt: (v: number) => close(rankBiserial(pratt)!.r, v),
    rank_biserial_ci95_effectsize_style: (v: number[]) => closeAll(rankBiserial(wilcox)!.ci, v),
    hodges_lehmann_walsh_median: (v: number) => close(hodgesLehmann(d).estimate, v),
    hodges_lehmann_exact_ci95_R_exact_path: ([lo, hi, level]: number[]) => {
      const hl = hodgesLehmann(d);
      expect(hl.exact).toBe(true);
      closeAll(hl.ci, [lo!, hi!]);
      close(hl.achievedLevel, level!);
    },
    // biome-ignore lint/correctness/noComponentHookFactories: a key of the reference file, not a component
    R_4_2_2: (r: Json) =>
      checkEvery(
        r,
        {
          method: (v) => expect(rLegacy.method).toBe(v),
          // biome-ignore lint/correctness/noComponentHookFactories: a key of the reference file, not a component
          V: (v) => expect(rLegacy.V).toBe(v),
          p_default: (v) => close(rLegacy.p, v),
          p_greater_default: (v) => close(rLegacy.pGreater, v),
          p_normal_cc: (v) => close(wilcox.normal!.corrected.twoSided, v),
          p_normal_nocc: (v) => close(wilcox.normal!.uncorrected.twoSided, v),
          estimate: (v) => rEstimate(rLegacy.estimate, v),
          conf_int: ([lo, hi]) => {
            expect(rLegacy.confInt).not.toBeNull();
            rEstimate(rLegacy.confInt![0], lo);
            rEstimate(rLegacy.confInt![1], hi);
          },
        },
        'R_4_2_2',
      ),
    scipy: (s: Json) =>
      checkEvery(
        s,
        {
          'default_stat(min R+,R-)': (v) => expect(scipyDefaultWilcoxon(d).statistic).toBe(v),
          default_p: (v) => close(scipyDefaultWilcoxon(d).p, v),
          wilcox_asym_cc1_p: (v) => close(scipy(wilcox, true).p, v),
          wilcox_asym_cc1_z: (v) => close(scipy(wilcox, true).z, v),
          wilcox_asym_cc0_p: (v) => close(scipy(wilcox, false).p, v),
          wilcox_asym_cc0_z: (v) => close(scipy(wilcox, false).z, v),
          wilcox_perm_exhaustive_p_2s: (v) => close(p(wilcox).twoSided, v),
          wilcox_perm_exhaustive_p_greater: (v) => close(p(wilcox).greater, v),
          pratt_asym_cc1_p: (v) => close(scipy(pratt, true).p, v),
          pratt_asym_cc1_z: (v) => close(scipy(pratt, true).z, v),
          pratt_asym_cc0_p: (v) => close(scipy(pratt, false).p, v),
          pratt_asym_cc0_z: (v) => close(scipy(pratt, false).z, v),
          pratt_perm_exhaustive_p_2s: (v) => close(p(pratt).twoSided, v),
          pratt_perm_exhaustive_p_greater: (v) => close(p(pratt).greater, v),
          'method_exact_p(rounded stat if ties)': (v) => close(scipyExactRounded(d), v),
        },
        'scipy',
      ),
  };
}

describe('signed_rank', () => {
  for (const [name, entry] of Object.entries<Json>(reference.signed_rank)) {
    it(name, () => {
      checkEvery(entry, signedRankChecks(entry.x, entry.y, entry.d, entry), `signed_rank.${name}`);
    });
  }
});

describe('mcnemar', () => {
  for (const [name, entry] of Object.entries<Json>(reference.mcnemar)) {
    it(name, () => {
      const counts = /^b(\d+)_c(\d+)$/.exec(name);
      expect(counts, `the name ${name} should say b and c`).not.toBeNull();
      const result = mcnemar(Number(counts![1]), Number(counts![2]));
      checkEvery(
        entry,
        {
          ref_exact: (v) => close(result.pExact, v),
          ref_midp: (v) => close(result.pMidp, v),
          ref_asym_cc: (v) => close(result.pAsymptotic, v),
          ref_asym_nocc: (v) => close(result.pAsymptoticUncorrected, v),
          scipy_binomtest: (v) => close(result.pExact, v),
          // biome-ignore lint/correctness/noComponentHookFactories: a key of the reference file, not a component
          R_4_2_2: (r) =>
            checkEvery(
              r,
              {
                mcnemar_cc: (v) => close(result.pAsymptotic, v),
                mcnemar_nocc: (v) => close(result.pAsymptoticUncorrected, v),
                binom: (v) => close(result.pExact, v),
              },
              `mcnemar.${name}.R_4_2_2`,
            ),
        },
        `mcnemar.${name}`,
      );
    });
  }
});

const STATISTIC_KEYS = { HL: 'hl', mean: 'mean' } as const;

describe('bootstrap', () => {
  const seed = Number(BOOTSTRAP![1]);
  const resamples = Number(BOOTSTRAP![2]);
  for (const [name, byStatistic] of Object.entries<Json>(reference.bootstrap)) {
    for (const [key, entry] of Object.entries<Json>(byStatistic)) {
      it(`${name} ${key}`, () => {
        const statistic = STATISTIC_KEYS[key as keyof typeof STATISTIC_KEYS];
        expect(statistic, `unknown statistic ${key}`).toBeDefined();
        const d: number[] = reference.signed_rank[name].d;
        const result = bootstrap(d, { statistic, seed, resamples });
        const interval = (actual: [number, number] | null, expected: (number | null)[]) => {
          if (expected.every((v) => v === null)) expect(actual).toBeNull();
          else closeAll(actual, expected as number[]);
        };
        const acceleration = (expected: number | null) => {
          if (expected === null) {
            expect(result.a).toBeNull();
            expect(result.degenerate).toBe(true);
          } else close(result.a, expected);
        };
        checkEvery(
          entry,
          {
            estimate: (v) => close(result.estimate, v),
            percentile: (v) => interval(result.percentile, v),
            scipy_percentile_same_reps: (v) => interval(result.percentile, v),
            bca: (v) => interval(result.bca, v),
            scipy_bca_same_reps: (v) => interval(result.bca, v),
            z0: (v) => close(result.z0, v),
            a: acceleration,
            scipy_a: acceleration,
            // Bit for bit: the same generator, draws and arithmetic as the reference.
            first5reps: (v) => expect(bootstrapReplicates(d, statistic, seed, v.length)).toEqual(v),
          },
          `bootstrap.${name}.${key}`,
        );
      });
    }
  }
});

describe('ties_R46_caution', () => {
  // R ≥ 4.6 (emulated, not executed) takes the upper tail as 1 − P(V ≤ v − 1), which on the
  // half-integer support with ties also counts V = v − ½. We follow the exhaustive permutation.
  const r46Emulation = (d: number[]) => {
    const nonzero = d.filter((v) => v !== 0);
    const { doubled } = doubledMidRanks(nonzero.map(Math.abs));
    const v2 = nonzero.reduce((sum, value, i) => (value > 0 ? sum + doubled[i]! : sum), 0);
    const distribution = signFlipDistribution(doubled)!;
    return Math.min(1, 2 * Math.min(distribution.atMost(v2), distribution.atLeast(v2 - 1)));
  };
  reference.ties_R46_caution.forEach((entry: Json, index: number) => {
    it(`case ${index + 1}`, () => {
      const test = signedRankTest(entry.d);
      checkEvery(
        entry,
        {
          d: (v) => expect(v.length).toBeGreaterThan(0),
          // biome-ignore lint/correctness/noComponentHookFactories: a key of the reference file, not a component
          V: (v) => expect(test.rPlus).toBe(v),
          exact_conditional_p_two_sided: (v) => close(test.exact!.twoSided, v),
          exact_conditional_p_greater: (v) => close(test.exact!.greater, v),
          scipy_permutation_exhaustive: (v: string) => {
            expect(v).toMatch(/^equals exact_conditional/);
            const executed = [...v.matchAll(/\d\.\d+/g)].map((m) => Number(m[0]));
            expect(executed.some((e) => Math.abs(e - test.exact!.twoSided) <= 1e-9 * e)).toBe(true);
          },
          // biome-ignore lint/correctness/noComponentHookFactories: a key of the reference file, not a component
          R_4_6_emulated_two_sided_NOT_EXECUTED: (v) => {
            close(r46Emulation(entry.d), v);
            expect(Math.abs(test.exact!.twoSided - v)).toBeGreaterThan(1e-3);
          },
        },
        `ties_R46_caution[${index}]`,
      );
    });
  });
});
