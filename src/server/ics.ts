/**
 * A calendar invitation as an iCalendar file (RFC 5545): one VEVENT, times in UTC (`Z`) so no
 * VTIMEZONE is needed, CRLF line endings, text escaped and lines folded at 75 octets. Pure: no
 * clock, no randomness; the caller gives the UID and the stamp, so a re-booking keeps its UID
 * and the calendar moves the event instead of adding a second one.
 */

export interface CalendarEvent {
  /** Stable per event, e.g. `interview-<application id>@<host>`. */
  uid: string;
  /** When this version of the invitation was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description?: string;
  /** Grows with each change of the same event, so calendars take the newest. */
  sequence?: number;
}

/** `20261201T084300Z`: an instant in UTC, as RFC 5545's DATE-TIME form 2. */
export function icsDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `LOCATION:${escapeIcsText(event.location)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    'END:VEVENT',
  ];
}

function calendarFile(extra: string[], events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//makker//makker//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...extra,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/** The whole .ics file for one event. */
export function calendarInvitation(event: CalendarEvent): string {
  return calendarFile([], [event]);
}

/**
 * A calendar to subscribe to (a feed): every event, with the calendar's name as calendar apps
 * show it (`X-WR-CALNAME`, `NAME` of RFC 7986) and how often to fetch it again.
 */
export function calendarSubscription(feed: { name: string; events: CalendarEvent[] }): string {
  const name = escapeIcsText(feed.name);
  return calendarFile(
    [
      `NAME:${name}`,
      `X-WR-CALNAME:${name}`,
      'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
      'X-PUBLISHED-TTL:PT12H',
    ],
    feed.events,
  );
}
