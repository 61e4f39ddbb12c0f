import { describe, expect, it } from 'vitest';
import { calendarInvitation, escapeIcsText, foldIcsLine, icsDateTime } from './ics.ts';

const event = {
  uid: 'interview-1@makker.test',
  stamp: new Date('2026-12-01T08:43:00.123Z'),
  start: new Date('2026-12-08T09:00:00Z'),
  end: new Date('2026-12-08T10:00:00Z'),
  summary: 'Samtale – Peer-fællesskabet Vejle',
  location: 'Vejle Bibliotek, lokale 2; indgang fra Willy Sørensens Plads',
};

/** Undoes folding, as a calendar reading the file does. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('calendar invitations (.ics)', () => {
  it('writes instants in UTC with Z and no fractions', () => {
    expect(icsDateTime(event.stamp)).toBe('20261201T084300Z');
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'æ'.repeat(100)}`;
    const folded = foldIcsLine(line);
    const pieces = folded.split('\r\n');
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });

  it('makes one VEVENT with CRLF line endings and every required property', () => {
    const ics = calendarInvitation({ ...event, description: 'Hvis tiden ikke passer, så ring til os.' });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).trimEnd().split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('UID:interview-1@makker.test');
    expect(lines).toContain('DTSTAMP:20261201T084300Z');
    expect(lines).toContain('DTSTART:20261208T090000Z');
    expect(lines).toContain('DTEND:20261208T100000Z');
    expect(lines).toContain('SUMMARY:Samtale – Peer-fællesskabet Vejle');
    expect(lines).toContain('LOCATION:Vejle Bibliotek\\, lokale 2\\; indgang fra Willy Sørensens Plads');
    expect(lines).toContain('DESCRIPTION:Hvis tiden ikke passer\\, så ring til os.');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });
});
