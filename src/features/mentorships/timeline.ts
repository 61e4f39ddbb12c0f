/**
 * A pair's timeline for staff (issue #8 point 8): every step with who, when and why (the
 * extension's outcome among them), every meeting, every task opened and done, every note —
 * one list, newest first. Pure, so the order and content are tested without a database.
 */
import type { TimelineEntry } from './mentorships.contract.ts';

type Person = { id: string; name: string } | null;

export function timelineOf(parts: {
  history: { type: string; actor: Person; at: string; reason: string | null; note: string | null }[];
  meetings: { startsAt: string; status: string; placeType: string; by: Person }[];
  tasks: {
    kind: string;
    text: string | null;
    createdAt: string;
    createdBy: Person;
    doneAt: string | null;
    doneBy: Person;
  }[];
  notes: { at: string; author: Person; text: string }[];
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...parts.history.map((e) => ({
      at: e.at,
      kind: 'step' as const,
      what: e.type,
      by: e.actor,
      detail: [e.reason, e.note].filter(Boolean).join(' — ') || null,
    })),
    ...parts.meetings.map((m) => ({
      at: m.startsAt,
      kind: 'meeting' as const,
      what: m.status,
      by: m.by,
      detail: m.placeType,
    })),
    ...parts.tasks.flatMap((t) => [
      { at: t.createdAt, kind: 'task-opened' as const, what: t.kind, by: t.createdBy, detail: t.text },
      ...(t.doneAt
        ? [{ at: t.doneAt, kind: 'task-done' as const, what: t.kind, by: t.doneBy, detail: t.text }]
        : []),
    ]),
    ...parts.notes.map((n) => ({
      at: n.at,
      kind: 'note' as const,
      what: 'note',
      by: n.author,
      detail: n.text,
    })),
  ];
  // Newest first; at the same moment, the order written above (a step before the task it opened).
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.at.localeCompare(a.entry.at) || a.index - b.index)
    .map(({ entry }) => entry);
}
