import { notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importantPerson,
  questionnaireAnswer,
  seedDemoEvaluation,
} from '../features/evaluation/server/index.ts';
import { seedDemoGroup } from '../features/group/server/index.ts';
import { openAnswers } from '../features/intake/server/applicant-view.ts';
import { application, applicationEvent, interview, seedDemoIntake } from '../features/intake/server/index.ts';
import {
  matchProposal,
  seedDemoMatching,
  seedDemoOffers,
  wishesProfile,
} from '../features/matching/server/index.ts';
import {
  meeting,
  mentorshipEvent,
  mentorshipNote,
  mentorshipTask,
  seedDemoMentorships,
} from '../features/mentorships/server/index.ts';
import { pairMessage, pairMessageReport, seedDemoMessaging } from '../features/messaging/server/index.ts';
import {
  absenceNotice,
  cohortDeparture,
  seedDemoTraining,
  supervisionTheme,
} from '../features/training/server/index.ts';
import { generateEncryptionKey, parseEncryptionKeys } from '../server/crypto.ts';
import { loadEnv } from '../server/env.ts';
import {
  configureFieldEncryption,
  fieldCipher,
  fieldContext,
  rotateEncryptedColumns,
  sealText,
} from '../server/field-encryption.ts';
import { mailMessage } from '../server/mail.table.ts';
import { listOutbox, queueMail } from '../server/mail.ts';
import { listSmsOutbox, queueSms } from '../server/sms.ts';
import { createProgramme } from '../server/testing/factories.ts';
import { createTestDatabase, type TestDatabase } from '../server/testing/test-database.ts';
import { encryptedColumns } from './encrypted-columns.ts';

describe('key rotation over the registered encrypted columns', () => {
  let t: TestDatabase;
  const oldKey = generateEncryptionKey('old');
  const newKey = generateEncryptionKey('new');
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.close();
    configureFieldEncryption(loadEnv().encryptionKeys);
  });

  it('re-encrypts every value under the new key, after which the old key can go', async () => {
    configureFieldEncryption(parseEncryptionKeys(oldKey));
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 7; i++) {
        await queueMail(tx, {
          to: `p${i}@example.org`,
          subject: 'Hej',
          text: `Hemmelig tekst ${i}`,
          html: `<p>${i}</p>`,
          ...(i === 0
            ? {
                attachments: [
                  { filename: 'samtale.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' },
                ],
              }
            : {}),
        });
      }
      await queueSms(tx, { to: '+4520304050', text: 'Din invitation' });
    });
    // Applications hold encrypted free text, tokens and reasons: the demo intake has all of them.
    const programme = await createProgramme(t.db, 'Rotation');
    await seedDemoIntake(t.db, programme.id, null);
    // The demo training has a notice of absence with its reason.
    await seedDemoTraining(t.db, programme.id, { staffId: null, adminId: null, mentorId: null });
    await seedDemoMatching(t.db, programme.id, { staffId: null });
    // The demo pairs have meeting notes and the reasons of a pause and an early end.
    await seedDemoMentorships(t.db, programme.id, { staffId: null, peerId: null, mentorId: null });
    await seedDemoMessaging(t.db, programme.id, { peerId: null, mentorId: null });
    // The demo questionnaires: raw answers and Important People rosters, encrypted.
    await seedDemoEvaluation(t.db, programme.id, { staffId: null, peerId: null, mentorId: null });
    // The demo offers: shared words, and the reason a peer gave for declining.
    await seedDemoOffers(t.db, programme.id, { staffId: null });
    await seedDemoGroup(t.db, programme.id, { staffId: null });
    // One interview with staff's notes (as booking and saving the notes leave it).
    await t.db.withProgramme(programme.id, async (tx) => {
      // One without an interview yet: the demo books some.
      const booked = await tx.select({ id: interview.applicationId }).from(interview);
      const [first] = await tx
        .select({ id: application.id })
        .from(application)
        .where(
          notInArray(
            application.id,
            booked.map((b) => b.id),
          ),
        )
        .limit(1);
      await tx.insert(interview).values({
        programmeId: programme.id,
        applicationId: first!.id,
        startsAt: new Date('2030-01-01T09:00:00Z'),
        endsAt: new Date('2030-01-01T10:00:00Z'),
        place: 'Caféen',
        notesSealed: sealText('Stabil i et år', fieldContext('interview', 'notes_sealed', first!.id)),
      });
    });
    const sealed = await t.db.withProgramme(programme.id, async (tx) => ({
      apps: await tx.select().from(application),
      events: await tx.select().from(applicationEvent),
      interviews: await tx.select().from(interview),
      notices: await tx.select().from(absenceNotice),
      wishes: await tx.select().from(wishesProfile),
      themes: await tx.select().from(supervisionTheme),
      departures: await tx.select().from(cohortDeparture),
      meetings: await tx.select().from(meeting),
      steps: await tx.select().from(mentorshipEvent),
      tasks: await tx.select().from(mentorshipTask),
      notes: await tx.select().from(mentorshipNote),
      answers: await tx.select().from(questionnaireAnswer),
      roster: await tx.select().from(importantPerson),
      proposals: await tx.select().from(matchProposal),
      messages: await tx.select().from(pairMessage),
      reports: await tx.select().from(pairMessageReport),
    }));
    const filled = (values: (string | null)[]) => values.filter((v) => v !== null).length;
    const applicationCounts = {
      'application.hopes_sealed': filled(sealed.apps.map((a) => a.hopesSealed)),
      'application.own_words_sealed': filled(sealed.apps.map((a) => a.ownWordsSealed)),
      'application.token_sealed': filled(sealed.apps.map((a) => a.tokenSealed)),
      'application_event.reason_sealed': filled(sealed.events.map((e) => e.reasonSealed)),
      'interview.notes_sealed': filled(sealed.interviews.map((i) => i.notesSealed)),
      'absence_notice.reason_sealed': filled(sealed.notices.map((n) => n.reasonSealed)),
      'wishes_profile.free_words_sealed': filled(sealed.wishes.map((w) => w.freeWordsSealed)),
      'supervision_theme.text_sealed': filled(sealed.themes.map((n) => n.textSealed)),
      'cohort_departure.note_sealed': filled(sealed.departures.map((n) => n.noteSealed)),
      'meeting.note_sealed': filled(sealed.meetings.map((m) => m.noteSealed)),
      'mentorship_event.note_sealed': filled(sealed.steps.map((e) => e.noteSealed)),
      'mentorship_task.text_sealed': filled(sealed.tasks.map((e) => e.textSealed)),
      'mentorship_note.text_sealed': filled(sealed.notes.map((e) => e.textSealed)),
      'questionnaire_answer.value_sealed': filled(sealed.answers.map((a) => a.valueSealed)),
      'important_person.sealed': filled(sealed.roster.map((p) => p.sealed)),
      'wishes_profile.share_words_sealed': filled(sealed.wishes.map((w) => w.shareWordsSealed)),
      'match_proposal.peer_reason_sealed': filled(sealed.proposals.map((p) => p.peerReasonSealed)),
      'pair_message.text_sealed': filled(sealed.messages.map((m) => m.textSealed)),
      'pair_message_report.reason_sealed': filled(sealed.reports.map((r) => r.reasonSealed)),
    };
    expect(Object.values(applicationCounts).every((n) => n > 0)).toBe(true);
    const before = await t.db.db.select({ text: mailMessage.textBody }).from(mailMessage);
    expect(before.every((r) => r.text.startsWith('enc:v1:old:'))).toBe(true);

    // Step 1 of the runbook: the new key first, the old one kept.
    const both = configureFieldEncryption(parseEncryptionKeys(`${newKey},${oldKey}`));
    expect(fieldCipher().activeKeyId).toBe('new');
    const counts = await rotateEncryptedColumns(t.db, encryptedColumns, both, 3);
    expect(counts).toEqual({
      'mail_message.text_body': 7,
      'mail_message.html_body': 7,
      'mail_message.attachments_sealed': 1,
      'sms_message.text_body': 1,
      ...applicationCounts,
      // The demo's wishes name nobody to avoid.
      'wishes_profile.avoid_names_sealed': 0,
      // The demo's one decline has the peer's reason only.
      'match_proposal.mentor_reason_sealed': 0,
      // The group's posts and comments (no welcome without staff); no reports or warnings yet.
      'group_post.body_sealed': 4,
      'group_comment.body_sealed': 4,
      'group_report.reason_sealed': 0,
      'group_member.moderation_reason_sealed': 0,
    });
    const again = await rotateEncryptedColumns(t.db, encryptedColumns, both);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);

    // Step 2: the old key removed; everything still reads.
    configureFieldEncryption(parseEncryptionKeys(newKey));
    const mails = await listOutbox(t.db);
    expect(mails.map((m) => m.textBody).sort()).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => `Hemmelig tekst ${i}`),
    );
    expect((await listSmsOutbox(t.db))[0]?.textBody).toBe('Din invitation');
    const view = await t.db.withProgramme(programme.id, async (tx) => {
      const [row] = await tx.select().from(application).limit(1);
      return openAnswers(row!);
    });
    expect(view.hopes).toBeTruthy();
    const after = await t.db.db.select({ text: mailMessage.textBody }).from(mailMessage);
    expect(after.every((r) => r.text.startsWith('enc:v1:new:'))).toBe(true);
  });

  it('refuses a value moved to another row (the row id is bound into the ciphertext)', async () => {
    const rows = await t.db.db
      .select({ id: mailMessage.id, text: mailMessage.textBody })
      .from(mailMessage)
      .limit(2);
    expect(() => fieldCipher().decrypt(rows[0]!.text, `mail_message.text_body:${rows[1]!.id}`)).toThrow();
  });
});
