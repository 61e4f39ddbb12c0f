/** What other parts of makker may use from the evaluation feature (issue #9). */

export {
  type CutOff,
  INSTRUMENTS,
  type InstrumentDefinition,
  type ScaleDefinition,
} from '../instruments/instrument-definitions.ts';
export { type InstrumentScore, type ItemAnswers, scoreInstrument } from '../instruments/score-instrument.ts';
/** When each wave is due from a mentorship's start and end (for the mentorships feature). */
export {
  DEFAULT_WAVE_SETTINGS,
  type ScheduledWave,
  type WaveSettings,
  waveSchedule,
} from '../instruments/wave-schedule.ts';
export {
  type BootstrapResult,
  type BootstrapStatistic,
  bootstrap,
  bootstrapReplicates,
} from '../stats/bootstrap.ts';
export {
  type ChangeCounts,
  countChanges,
  type Direction,
  type RankBiserial,
  rankBiserial,
} from '../stats/effect-size.ts';
export {
  type HodgesLehmann,
  hodgesLehmann,
  hodgesLehmannEstimate,
  walshAverages,
} from '../stats/hodges-lehmann.ts';
export { holmAdjust } from '../stats/holm.ts';
export { type McNemar, mcnemar } from '../stats/mcnemar.ts';
export { mulberry32 } from '../stats/mulberry32.ts';
export { normalCdf, normalQuantile, normalSf } from '../stats/normal.ts';
export { clopperPearson, type Proportion } from '../stats/proportion.ts';
export { quantileSorted } from '../stats/quantile.ts';
export { rLegacyWilcoxon, scipyDefaultWilcoxon } from '../stats/reference-conventions.ts';
export { EXACT_SIGN_FLIP_LIMIT } from '../stats/sign-flip-distribution.ts';
export {
  pairedDifferences,
  type SignedRankTest,
  signedRankTest,
  smallestAttainableP,
  type ZeroMethod,
} from '../stats/signed-rank.ts';
export {
  differencesOf,
  summariseBootstrap,
  summariseMcNemar,
  summarisePaired,
  summariseProportion,
} from '../stats/summaries.ts';
export { dashboardRoutes } from './dashboard.routes.ts';
/** Questionnaires (points 1, 3–5): routes, the seeded battery, personal data, demo, encrypted columns. */
/** The dashboard, report and researchers' export (points 8–10): routes and the pure computation. */
export { computeDashboard, type DashboardInput } from './dashboard-compute.ts';
export { evaluationPersonalData } from './evaluation.personal-data.ts';
export { evaluationRoutes } from './evaluation.routes.ts';
export { importantPerson, questionnaireAnswer } from './evaluation.table.ts';
export { seedDemoEvaluation } from './seed-demo-evaluation.ts';
export { seedDemoWaves } from './seed-demo-waves.ts';
export { seedInstrumentsEverywhere } from './seed-instruments.ts';
export { runStatsCommand, STATS_USAGE, type StatsOutput } from './stats-command.ts';
export { wavesRoutes } from './waves.routes.ts';
/** The waves (point 2, decision 045): the daily job, the staff routes, the demo's part. */
export { sendDueWaves } from './waves-send.ts';
