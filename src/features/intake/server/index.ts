/** What other parts of makker may use from the intake feature. */

/** The answers of a person's approved application, to pre-fill their matching wishes (#7). */
export { type ApplicationWishes, findApplicationWishes } from './application-wishes.ts';
export { applyIntakeRetention } from './apply-intake-retention.ts';
/** Whether a person holds an un-withdrawn consent (for features that act only with one). */
export { hasGivenConsent } from './find-given-consent.ts';
export { findMunicipalitiesForPostcode } from './find-municipalities-for-postcode.ts';
export {
  decodePostcodeFile,
  describePostcodeFileError,
  importPostcodes,
  type PostcodeFileError,
  type PostcodeImportResult,
  parsePostcodeCsv,
} from './import-postcodes.ts';
export { intakePersonalData } from './intake.personal-data.ts';
export { intakeRoutes } from './intake.routes.ts';
export { application, applicationEvent, interview } from './intake.table.ts';
export { linkApplicationToAccount } from './my-applications.ts';
export { seedDemoIntake } from './seed-demo-intake.ts';
