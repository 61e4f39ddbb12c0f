/**
 * The web app's shared form and page parts (DKFDS markup), used by every feature's pages: one
 * text field, one choice group, one error summary, one icon, one way to word a failed call.
 */
export { type Choice, ChoiceGroup } from './choice-group.tsx';
export { DkfdsIcon, type DkfdsIconName } from './dkfds-icon.tsx';
export { ErrorSummary, type ErrorSummaryItem } from './error-summary.tsx';
export { useFieldProblems, useProblemMessage } from './problem-message.ts';
export { TextAreaField, type TextAreaFieldProps, TextField, type TextFieldProps } from './text-field.tsx';
export { uiMessages } from './ui.i18n.ts';
export { type LiveMessage, useLiveTopic } from './use-live.ts';
