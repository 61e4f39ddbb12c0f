/**
 * Every column that holds text encrypted with `sealText` (src/server/field-encryption.ts). A
 * feature that adds one registers it here, so `npx makker encryption rotate` re-encrypts it.
 */
import { importantPerson, questionnaireAnswer } from '../features/evaluation/server/index.ts';
import { groupComment, groupMember, groupPost, groupReport } from '../features/group/server/index.ts';
import { application, applicationEvent, interview } from '../features/intake/server/index.ts';
import { matchProposal, wishesProfile } from '../features/matching/server/index.ts';
import {
  meeting,
  mentorshipEvent,
  mentorshipNote,
  mentorshipTask,
} from '../features/mentorships/server/index.ts';
import { pairMessage, pairMessageReport } from '../features/messaging/server/index.ts';
import { absenceNotice, cohortDeparture, supervisionTheme } from '../features/training/server/index.ts';
import type { EncryptedColumn } from '../server/field-encryption.ts';
import { mailMessage } from '../server/mail.table.ts';
import { smsMessage } from '../server/sms.table.ts';

export const encryptedColumns: EncryptedColumn[] = [
  {
    table: mailMessage,
    tableName: 'mail_message',
    id: mailMessage.id,
    column: mailMessage.textBody,
    columnName: 'text_body',
  },
  {
    table: mailMessage,
    tableName: 'mail_message',
    id: mailMessage.id,
    column: mailMessage.htmlBody,
    columnName: 'html_body',
  },
  {
    table: mailMessage,
    tableName: 'mail_message',
    id: mailMessage.id,
    column: mailMessage.attachmentsSealed,
    columnName: 'attachments_sealed',
  },
  {
    table: smsMessage,
    tableName: 'sms_message',
    id: smsMessage.id,
    column: smsMessage.textBody,
    columnName: 'text_body',
  },

  ...(['hopes', 'ownWords', 'token'] as const).map((name) => {
    const column = application[`${name}Sealed`];
    return {
      table: application,
      tableName: 'application',
      id: application.id,
      column,
      columnName: column.name,
    };
  }),
  {
    table: applicationEvent,
    tableName: 'application_event',
    id: applicationEvent.id,
    column: applicationEvent.reasonSealed,
    columnName: 'reason_sealed',
  },
  {
    table: interview,
    tableName: 'interview',
    id: interview.applicationId,
    column: interview.notesSealed,
    columnName: 'notes_sealed',
  },
  {
    table: absenceNotice,
    tableName: 'absence_notice',
    id: absenceNotice.id,
    column: absenceNotice.reasonSealed,
    columnName: 'reason_sealed',
  },
  ...(
    [wishesProfile.freeWordsSealed, wishesProfile.avoidNamesSealed, wishesProfile.shareWordsSealed] as const
  ).map((column) => ({
    table: wishesProfile,
    tableName: 'wishes_profile',
    id: wishesProfile.id,
    column,
    columnName: column.name,
  })),
  {
    table: supervisionTheme,
    tableName: 'supervision_theme',
    id: supervisionTheme.id,
    column: supervisionTheme.textSealed,
    columnName: 'text_sealed',
  },
  {
    table: cohortDeparture,
    tableName: 'cohort_departure',
    id: cohortDeparture.id,
    column: cohortDeparture.noteSealed,
    columnName: 'note_sealed',
  },
  {
    table: meeting,
    tableName: 'meeting',
    id: meeting.id,
    column: meeting.noteSealed,
    columnName: 'note_sealed',
  },
  {
    table: mentorshipEvent,
    tableName: 'mentorship_event',
    id: mentorshipEvent.id,
    column: mentorshipEvent.noteSealed,
    columnName: 'note_sealed',
  },
  {
    table: mentorshipTask,
    tableName: 'mentorship_task',
    id: mentorshipTask.id,
    column: mentorshipTask.textSealed,
    columnName: 'text_sealed',
  },
  {
    table: mentorshipNote,
    tableName: 'mentorship_note',
    id: mentorshipNote.id,
    column: mentorshipNote.textSealed,
    columnName: 'text_sealed',
  },
  {
    table: questionnaireAnswer,
    tableName: 'questionnaire_answer',
    id: questionnaireAnswer.id,
    column: questionnaireAnswer.valueSealed,
    columnName: 'value_sealed',
  },
  {
    table: importantPerson,
    tableName: 'important_person',
    id: importantPerson.id,
    column: importantPerson.sealed,
    columnName: 'sealed',
  },
  {
    table: pairMessage,
    tableName: 'pair_message',
    id: pairMessage.id,
    column: pairMessage.textSealed,
    columnName: 'text_sealed',
  },
  {
    table: pairMessageReport,
    tableName: 'pair_message_report',
    id: pairMessageReport.id,
    column: pairMessageReport.reasonSealed,
    columnName: 'reason_sealed',
  },
  ...([matchProposal.peerReasonSealed, matchProposal.mentorReasonSealed] as const).map((column) => ({
    table: matchProposal,
    tableName: 'match_proposal',
    id: matchProposal.id,
    column,
    columnName: column.name,
  })),
  {
    table: groupPost,
    tableName: 'group_post',
    id: groupPost.id,
    column: groupPost.bodySealed,
    columnName: 'body_sealed',
  },
  {
    table: groupComment,
    tableName: 'group_comment',
    id: groupComment.id,
    column: groupComment.bodySealed,
    columnName: 'body_sealed',
  },
  {
    table: groupReport,
    tableName: 'group_report',
    id: groupReport.id,
    column: groupReport.reasonSealed,
    columnName: 'reason_sealed',
  },
  {
    table: groupMember,
    tableName: 'group_member',
    id: groupMember.id,
    column: groupMember.moderationReasonSealed,
    columnName: 'moderation_reason_sealed',
  },
];
