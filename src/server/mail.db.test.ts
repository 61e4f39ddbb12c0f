import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from './jobs.ts';
import { mailMessage } from './mail.table.ts';
import { createMailTransport, listOutbox, mailDeliveryHandler, queueMail } from './mail.ts';
import { silentLogger } from './testing/silent-logger.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

describe('mail', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('keeps messages in the outbox for the development mailbox when no SMTP server is configured', async () => {
    const transport = createMailTransport({ from: 'makker <no-reply@test>' });
    expect(transport.name).toBe('dev');
    const id = await t.db.transaction((tx) =>
      queueMail(tx, { to: 'peer@example.org', subject: 'Velkommen', text: 'Hej' }),
    );
    const runner = new JobRunner({
      db: t.db,
      handlers: { 'mail.deliver': mailDeliveryHandler(transport) },
      log: silentLogger,
    });
    expect(await runner.runDue()).toBe(1);
    const [row] = await t.db.db.select().from(mailMessage).where(eq(mailMessage.id, id));
    expect(row).toMatchObject({ status: 'sent', transport: 'dev', toAddress: 'peer@example.org' });
    // The body is encrypted at rest and bound to its row; the outbox reads it back.
    expect(row!.textBody).toMatch(/^enc:v1:/);
    expect((await listOutbox(t.db)).find((m) => m.id === id)?.textBody).toBe('Hej');
  });

  it('does not queue a message when the transaction that wrote it rolls back', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await queueMail(tx, { to: 'ghost@example.org', subject: 'x', text: 'x' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const rows = await t.db.db
      .select()
      .from(mailMessage)
      .where(eq(mailMessage.toAddress, 'ghost@example.org'));
    expect(rows).toEqual([]);
  });

  it('delivers over SMTP when SMTP_URL is set, once, even if the job runs again', async () => {
    const received: { to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString();
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as { port: number }).port;
    try {
      const transport = createMailTransport({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: 'makker <no-reply@test>',
      });
      expect(transport.name).toBe('smtp');
      const id = await t.db.transaction((tx) =>
        queueMail(tx, { to: 'mentor@example.org', subject: 'Kursusdag i morgen', text: 'Vi ses kl. 17.' }),
      );
      const handler = mailDeliveryHandler(transport);
      const runner = new JobRunner({ db: t.db, handlers: { 'mail.deliver': handler }, log: silentLogger });
      await runner.runDue();
      await handler({ messageId: id }, { db: t.db, job: {} as never }); // a repeated delivery is a no-op
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual(['mentor@example.org']);
      expect(received[0]!.data).toContain('Subject: Kursusdag i morgen');
      const [row] = await t.db.db.select().from(mailMessage).where(eq(mailMessage.id, id));
      expect(row).toMatchObject({ status: 'sent', transport: 'smtp' });
      expect(row!.transportMessageId).toBeTruthy();

      // An attachment travels as a MIME part and is encrypted at rest like the body.
      const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
      const withFile = await t.db.transaction((tx) =>
        queueMail(tx, {
          to: 'peer@example.org',
          subject: 'Invitation til samtale',
          text: 'Se vedhæftet.',
          attachments: [
            { filename: 'samtale.ics', contentType: 'text/calendar; charset=utf-8', content: ics },
          ],
        }),
      );
      await runner.runDue();
      expect(received).toHaveLength(2);
      expect(received[1]!.data).toContain('Content-Type: text/calendar; charset=utf-8');
      expect(received[1]!.data).toContain('filename=samtale.ics');
      const [stored] = await t.db.db.select().from(mailMessage).where(eq(mailMessage.id, withFile));
      expect(stored!.attachmentsSealed).toMatch(/^enc:v1:/);
      expect((await listOutbox(t.db)).find((m) => m.id === withFile)?.attachments).toEqual([
        { filename: 'samtale.ics', contentType: 'text/calendar; charset=utf-8', content: ics },
      ]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
