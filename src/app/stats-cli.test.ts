/**
 * `npx makker stats …` as a real process (issue #9 point 7): each subcommand prints the JSON of
 * evaluation.contract.ts, checked here against the reference answers, and wrong input is a
 * message on stderr with exit code 2. No database is involved.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bootstrapSummarySchema,
  mcnemarSummarySchema,
  pairedSummarySchema,
  proportionSummarySchema,
} from '../features/evaluation/evaluation.contract.ts';
import { runCli } from './testing/processes.ts';

const reference = JSON.parse(
  fs.readFileSync(
    new URL('../features/evaluation/stats/testdata/paired-tests.json', import.meta.url),
    'utf8',
  ),
);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-stats-'));
const file = (name: string, content: string) => {
  const full = path.join(tmp, name);
  fs.writeFileSync(full, content);
  return full;
};
const close = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
};
const stats = (args: string[]) => runCli(['stats', ...args], {});

describe('makker stats', { timeout: 180_000 }, () => {
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('paired: the signed-rank summary of {"x", "y"}, under either zero method', () => {
    const bortz = reference.signed_rank.B_Bortz_ties_zeros_n15;
    const input = file('bortz.json', JSON.stringify({ x: bortz.x, y: bortz.y }));
    const result = stats(['paired', '--input', input]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = pairedSummarySchema.strict().parse(JSON.parse(result.stdout));
    expect(out).toMatchObject({ n_total: 15, n_zero: 5, n_nonzero: 10, V: bortz.V_Rplus_wilcox });
    close(out.p_exact_two_sided!, bortz.exact_conditional_p_two_sided_wilcox);
    close(out.p_exact_greater!, bortz.exact_conditional_p_greater_wilcox);
    close(out.p_normal_cc_two_sided!, bortz.normal_cc_p_two_sided_wilcox);
    close(out.p_normal_nocc_two_sided!, bortz.normal_nocc_p_two_sided_wilcox);
    close(out.rank_biserial!, bortz.rank_biserial_wilcox);
    for (const [i, v] of out.rank_biserial_ci95!.entries())
      close(v, bortz.rank_biserial_ci95_effectsize_style[i]);
    close(out.hodges_lehmann, bortz.hodges_lehmann_walsh_median);
    expect(out).toMatchObject({ improved: 8, unchanged: 5, worsened: 2 });

    const pratt = stats([
      'paired',
      '--input',
      input,
      '--zero-method',
      'pratt',
      '--direction',
      'lower-is-better',
    ]);
    expect(pratt.code).toBe(0);
    const p = pairedSummarySchema.parse(JSON.parse(pratt.stdout));
    expect(p.V).toBe(bortz.V_Rplus_pratt);
    close(p.p_exact_two_sided!, bortz.exact_conditional_p_two_sided_pratt);
    close(p.rank_biserial!, bortz.rank_biserial_pratt);
    expect(p).toMatchObject({ improved: 2, unchanged: 5, worsened: 8 });
  });

  it('bootstrap: percentile and BCa with the seed and resamples of the reference', () => {
    const data = reference.signed_rank.A_R_help_depression_n9;
    const expected = reference.bootstrap.A_R_help_depression_n9.mean;
    const input = file('a.json', JSON.stringify({ d: data.d }));
    const result = stats(['bootstrap', '--input', input, '--statistic', 'mean', '--seed', '20240601']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = bootstrapSummarySchema.strict().parse(JSON.parse(result.stdout));
    close(out.estimate, expected.estimate);
    for (const [i, v] of out.percentile.entries()) close(v, expected.percentile[i]);
    for (const [i, v] of out.bca!.entries()) close(v, expected.bca[i]);
    close(out.z0!, expected.z0);
    close(out.a!, expected.a);
    expect(out.degenerate).toBe(false);
  });

  it('mcnemar and proportion: exact p-values and the Clopper–Pearson CI', () => {
    const m = stats(['mcnemar', '--b', '2', '--c', '9']);
    expect(m.code).toBe(0);
    const mcnemar = mcnemarSummarySchema.strict().parse(JSON.parse(m.stdout));
    close(mcnemar.p_exact, reference.mcnemar.b2_c9.ref_exact);
    close(mcnemar.p_midp, reference.mcnemar.b2_c9.ref_midp);

    const p = stats(['proportion', '--k', '4', '--n', '15']);
    expect(p.code).toBe(0);
    const proportion = proportionSummarySchema.strict().parse(JSON.parse(p.stdout));
    expect(proportion.estimate).toBe(4 / 15);
    // SciPy 1.17.1 binomtest(4, 15).proportion_ci("exact").
    close(proportion.ci95[0], 0.077871546291031);
    close(proportion.ci95[1], 0.5510032410369711);
  });

  it('refuses malformed files and options with a message and exit code 2', () => {
    const cases: [string[], string][] = [
      [['paired', '--input', file('not-json.json', '{"d": [1, 2')], 'is not JSON'],
      [['paired', '--input', file('strings.json', '{"d": [1, "two"]}')], 'd.1: Invalid input'],
      [
        ['paired', '--input', file('lengths.json', '{"x": [1, 2], "y": [3]}')],
        'x and y must have the same length',
      ],
      [['paired', '--input', file('empty.json', '{"d": []}')], 'needs at least one value'],
      [['paired', '--input', path.join(tmp, 'missing.json')], 'cannot read'],
      [['paired'], '--input FILE is required'],
      [
        ['paired', '--input', file('ok.json', '{"d": [1, 2]}'), '--zero-method', 'zsplit'],
        '--zero-method must be wilcox or pratt',
      ],
      [
        ['bootstrap', '--input', path.join(tmp, 'ok.json'), '--statistic', 'median'],
        '--statistic must be hl or mean',
      ],
      [
        ['bootstrap', '--input', path.join(tmp, 'ok.json'), '--statistic', 'hl', '--seed', '12.5'],
        '--seed must be a whole number',
      ],
      [['mcnemar', '--b', '3'], '--c is required'],
      [['mcnemar', '--b', '3', '--c', '1.5'], '--c must be a whole number'],
      [['proportion', '--k', '5', '--n', '4'], '0 ≤ k ≤ n'],
      [['proportion', '--k', '1', '--n', '4', '--b', '2'], 'does not take --b'],
      [['median'], 'stats needs a subcommand'],
    ];
    for (const [args, message] of cases) {
      const result = stats(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toContain(message);
    }
  });
});
