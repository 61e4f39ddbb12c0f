/**
 * The messages an applicant gets (receipt, continue link, decision), in their language, by e-mail
 * and/or SMS. The link carries the token after `#`, so it never reaches a server log or a
 * Referer header.
 */
import type { Tx } from '../../../server/db.ts';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import { type MailAttachment, queueMail } from '../../../server/mail.ts';
import { queueSms } from '../../../server/sms.ts';

export type ApplicantMessage =
  | 'receipt'
  | 'continue'
  | 'approved'
  | 'waiting-list'
  | 'declined'
  | 'interview';
type Locale = 'da' | 'en';

const TEXTS: Record<Locale, Record<ApplicantMessage, { subject: string; body: string }>> = {
  da: {
    receipt: {
      subject: 'Vi har fået din ansøgning',
      body: 'Tak for din ansøgning til {programme}. Vi kontakter dig snart. Her kan du se, hvor din ansøgning er:',
    },
    continue: {
      subject: 'Fortsæt din ansøgning',
      body: 'Her er linket til din ansøgning til {programme}. Du kan fortsætte, hvor du slap:',
    },
    interview: {
      subject: 'Invitation til samtale',
      body: 'Vi vil gerne tale med dig om din ansøgning til {programme}.\nTid: {when}\nSted: {place}\nKan du ikke komme, så sig det til os. Din ansøgning kan du se her:',
    },
    approved: {
      subject: 'Du er optaget',
      body: 'Godt nyt: Du er optaget i {programme}. Du får snart en invitation til at logge ind. Se mere her:',
    },
    'waiting-list': {
      subject: 'Du er på ventelisten',
      body: 'Du er kommet på ventelisten til {programme}. Vi kontakter dig, når der er plads. Se mere her:',
    },
    declined: {
      subject: 'Svar på din ansøgning',
      body: 'Vi har set på din ansøgning til {programme}. Du kan læse vores svar og se, hvor du ellers kan få hjælp, her:',
    },
  },
  en: {
    receipt: {
      subject: 'We have received your application',
      body: 'Thank you for your application to {programme}. We will contact you soon. See where your application stands here:',
    },
    continue: {
      subject: 'Continue your application',
      body: 'Here is the link to your application to {programme}. You can continue where you left off:',
    },
    interview: {
      subject: 'Invitation to a conversation',
      body: 'We would like to talk with you about your application to {programme}.\nTime: {when}\nPlace: {place}\nIf you cannot come, let us know. You can see your application here:',
    },
    approved: {
      subject: 'You have been accepted',
      body: 'Good news: you have been accepted into {programme}. You will soon get an invitation to log in. See more here:',
    },
    'waiting-list': {
      subject: 'You are on the waiting list',
      body: 'You are on the waiting list for {programme}. We will contact you when there is room. See more here:',
    },
    declined: {
      subject: 'Our answer to your application',
      body: 'We have looked at your application to {programme}. Read our answer, and where else you can get help, here:',
    },
  },
};

/** The applicant's page for their application. */
export function applicationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/ansoegning#${token}`;
}

/** Queues the message to the applicant's e-mail and/or phone (in the caller's transaction). */
export async function messageApplicant(
  tx: Tx,
  options: {
    kind: ApplicantMessage;
    locale: Locale;
    programmeName: string;
    link: string;
    to: { email: string | null; phone: string | null };
    channels?: ('email' | 'sms')[];
    /** Values for the text's other placeholders (the interview's `{when}` and `{place}`). */
    values?: Record<string, string>;
    /** Sent with the e-mail only (an SMS cannot carry a file). */
    attachments?: MailAttachment[];
  },
): Promise<number> {
  const text = TEXTS[options.locale][options.kind];
  const values: Record<string, string> = { ...options.values, programme: options.programmeName };
  // One pass, so a value that happens to contain `{…}` is never filled in again.
  const filled = text.body.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  const body = `${filled}\n${options.link}`;
  const channels = options.channels ?? ['email', 'sms'];
  let sent = 0;
  if (options.to.email && channels.includes('email')) {
    await queueMail(tx, {
      to: options.to.email,
      subject: text.subject,
      text: `Hej\n\n${body}\n`,
      ...(options.attachments ? { attachments: options.attachments } : {}),
    });
    sent++;
  }
  if (options.to.phone && channels.includes('sms')) {
    await queueSms(tx, { to: options.to.phone, text: body });
    sent++;
  }
  return sent;
}

/** The applicant's link for an application row (its token is kept encrypted for this). */
export function applicationLinkOf(
  publicUrl: string,
  row: { id: string; tokenSealed: string | null },
): string | null {
  if (!row.tokenSealed) return null;
  return applicationLink(
    publicUrl,
    openText(row.tokenSealed, fieldContext('application', 'token_sealed', row.id)),
  );
}
