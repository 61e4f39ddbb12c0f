import { eq, inArray } from 'drizzle-orm';
import { mailMessage } from './mail.table.ts';
import type { PersonalDataPart } from './personal-data.ts';
import { smsMessage } from './sms.table.ts';

/**
 * Messages sent to the person (login links, invitations, reminders). They are not exported (they
 * hold one-time links and say nothing the person was not told already) and are deleted when the
 * whole account is erased. Messages to an address are found by the address itself, so erasure
 * needs the person's e-mail and phone numbers while the account still exists.
 */
export const outboxPersonalData: PersonalDataPart = {
  name: 'messages',
  tables: [
    { table: mailMessage, erasure: 'delete' },
    { table: smsMessage, erasure: 'delete' },
  ],
  async export(tx, subject) {
    const mails = await tx
      .select({ subject: mailMessage.subject, createdAt: mailMessage.createdAt, status: mailMessage.status })
      .from(mailMessage)
      .where(eq(mailMessage.toAddress, subject.email));
    const sms = subject.phones.length
      ? await tx
          .select({ createdAt: smsMessage.createdAt, status: smsMessage.status })
          .from(smsMessage)
          .where(inArray(smsMessage.toPhone, subject.phones))
      : [];
    return {
      emails: mails.map((m) => ({ subject: m.subject, sentAt: m.createdAt.toISOString(), status: m.status })),
      sms: sms.map((m) => ({ sentAt: m.createdAt.toISOString(), status: m.status })),
    };
  },
  async erase(tx, subject) {
    if (!subject.wholeAccount) return;
    await tx.delete(mailMessage).where(eq(mailMessage.toAddress, subject.email));
    if (subject.phones.length) await tx.delete(smsMessage).where(inArray(smsMessage.toPhone, subject.phones));
  },
};
