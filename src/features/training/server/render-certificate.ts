/**
 * The course certificate as a tagged PDF (decision 034): Danish, `da-DK`, with a title a screen
 * reader announces, headings and a list in the structure tree, and the standard Helvetica (its
 * WinAnsi encoding has æ, ø and å; no font files to ship).
 */
import PDFDocument from 'pdfkit';
import { PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';
import type { CertificateContent } from '../training.contract.ts';

const KIND = { teaching: 'Undervisningsdag', supervision: 'Gruppesparring' } as const;

const longDate = (date: Date | string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: PROGRAMME_TIME_ZONE }).format(
    typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date,
  );

/** "5,5 timer", "1 time". */
export function danishHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${rounded.toLocaleString('da-DK')} ${rounded === 1 ? 'time' : 'timer'}`;
}

/** The certificate's PDF bytes. */
export function renderCertificate(content: CertificateContent, issuedAt: Date): Promise<Buffer> {
  const title = `Kursusbevis – ${content.personName}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    info: { Title: title, Author: content.programmeName, Subject: content.cohortName, Creator: 'makker' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const total = content.sessions.reduce((sum, s) => sum + s.hours, 0);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const part = (type: string, draw: () => void) => root.add(doc.struct(type, {}, draw));
  part('H1', () => doc.font('Helvetica-Bold').fontSize(28).text('Kursusbevis', { align: 'center' }));
  doc.moveDown(0.5);
  part('P', () => doc.font('Helvetica').fontSize(13).text(content.programmeName, { align: 'center' }));
  doc.moveDown(1.5);
  part('P', () => doc.font('Helvetica-Bold').fontSize(20).text(content.personName, { align: 'center' }));
  doc.moveDown(0.5);
  part('P', () =>
    doc
      .font('Helvetica')
      .fontSize(12)
      .text(
        `har gennemført uddannelsen som peer-mentor på ${content.cohortName} med ${content.sessions.length} undervisningsgange, i alt ${danishHours(total)}.`,
        { align: 'center' },
      ),
  );
  doc.moveDown(1.5);
  part('H2', () => doc.font('Helvetica-Bold').fontSize(14).text('Emner og timer'));
  doc.moveDown(0.3);
  const list = doc.struct('L');
  root.add(list);
  for (const s of content.sessions) {
    const item = doc.struct('LI');
    list.add(item);
    item.add(
      doc.struct('LBody', {}, () =>
        doc
          .font('Helvetica')
          .fontSize(11)
          .text(
            `${KIND[s.kind]} ${s.number}, ${longDate(s.date)}${s.topic && s.topic !== KIND[s.kind] ? `: ${s.topic}` : ''} (${danishHours(s.hours)})`,
            { paragraphGap: 3 },
          ),
      ),
    );
    item.end();
  }
  list.end();
  doc.moveDown(2);
  part('P', () =>
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(`Udstedt ${longDate(issuedAt)} af ${content.programmeName}.`),
  );
  root.end();
  doc.end();
  return done;
}
